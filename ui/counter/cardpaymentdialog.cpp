// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpaymentdialog.h"

#include "core/catalog/money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CardPaymentDialog::CardPaymentDialog(qint64 totalCents, const QString &providerName,
                                     QWidget *parent)
    : QDialog(parent), m_card(new QLineEdit(this))
{
    setWindowTitle(tr("Card payment"));
    auto *total = new QLabel(Money::format(totalCents), this);
    QFont big = total->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    total->setFont(big);
    m_card->setObjectName(QStringLiteral("cardNumber"));
    m_card->setText(QStringLiteral("4242 4242 4242 4242"));
    m_card->selectAll();
    auto *hint = new QLabel(tr("%1. Test cards: 4242 4242 4242 4242 approves; "
                               "4000 0000 0000 0002 is declined; 4000 0000 0000 9995 has "
                               "insufficient funds.")
                                .arg(providerName),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Charge card"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Total:"), total);
    auto *cardLabel = new QLabel(tr("Card &number:"), this);
    cardLabel->setBuddy(m_card);
    form->addRow(cardLabel, m_card);
    form->addRow(hint);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CardPaymentDialog::cardNumber() const
{
    return m_card->text();
}
