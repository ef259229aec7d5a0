// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class SaleSession;

// The right-hand side of the counter: the seats of this sale with a ticket type each, the
// meia-entrada count left, the customer's CPF and e-mail, the total and the ways to pay.
class OrderPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit OrderPanel(SaleSession &sale, QWidget *parent = nullptr);

    QTableWidget *seatTable() const { return m_table; }
    QLineEdit *cpfField() const { return m_cpf; }
    QLineEdit *emailField() const { return m_email; }
    QPushButton *cashButton() const { return m_cash; }
    QPushButton *cardButton() const { return m_card; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *holdLabel() const { return m_hold; }
    QLabel *meiaLabel() const { return m_meia; }

Q_SIGNALS:
    void payCashRequested();
    void payCardRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildSeats();
    void updateTotals();
    void updateCpfHint();
    void updateHold(int secondsLeft);
    void retranslate();

    SaleSession &m_sale;
    QLabel *m_title;
    QLabel *m_hold;
    QTableWidget *m_table;
    QLabel *m_meia;
    QLabel *m_cpfLabel;
    QLineEdit *m_cpf;
    QLabel *m_cpfHint;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_total;
    QPushButton *m_cash;
    QPushButton *m_card;
    QPushButton *m_cancel;
};
