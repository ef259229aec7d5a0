// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

// Starting a card payment. With the simulated card terminal the cashier types (or a reader
// types) the card number; the answer comes back to the sale, not to this dialog.
class CardPaymentDialog final : public QDialog
{
    Q_OBJECT
public:
    CardPaymentDialog(qint64 totalCents, const QString &providerName, QWidget *parent = nullptr);

    QString cardNumber() const;
    QLineEdit *cardField() const { return m_card; }

private:
    QLineEdit *m_card;
};
