// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Taking cash: the total, what the customer hands over (the exact total already typed, so
// Enter alone settles an exact payment) and the change, live.
class CashPaymentDialog final : public QDialog
{
    Q_OBJECT
public:
    CashPaymentDialog(qint64 totalCents, QWidget *parent = nullptr);

    qint64 tenderedCents() const;
    QLineEdit *tenderedField() const { return m_tendered; }

private:
    void updateChange();

    qint64 m_total;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QDialogButtonBox *m_buttons;
};
