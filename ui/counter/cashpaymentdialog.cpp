// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashpaymentdialog.h"

#include "core/catalog/money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CashPaymentDialog::CashPaymentDialog(qint64 totalCents, QWidget *parent)
    : QDialog(parent), m_total(totalCents), m_tendered(new QLineEdit(this)),
      m_change(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Cash payment"));
    auto *total = new QLabel(Money::format(totalCents), this);
    QFont big = total->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    total->setFont(big);
    m_change->setFont(big);
    m_tendered->setFont(big);
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setText(QLocale().toString(double(totalCents) / 100.0, 'f', 2));
    m_tendered->selectAll();
    m_change->setObjectName(QStringLiteral("change"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Take payment"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Total:"), total);
    auto *tenderedLabel = new QLabel(tr("&Tendered:"), this);
    tenderedLabel->setBuddy(m_tendered);
    form->addRow(tenderedLabel, m_tendered);
    form->addRow(tr("Change:"), m_change);
    form->addRow(m_buttons);

    connect(m_tendered, &QLineEdit::textChanged, this, &CashPaymentDialog::updateChange);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateChange();
}

qint64 CashPaymentDialog::tenderedCents() const
{
    return Money::parse(m_tendered->text());
}

void CashPaymentDialog::updateChange()
{
    const qint64 tendered = tenderedCents();
    const bool enough = tendered >= m_total;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(enough);
    if (tendered < 0)
        m_change->setText(tr("type the amount received"));
    else if (!enough)
        m_change->setText(tr("%1 short").arg(Money::format(m_total - tendered)));
    else
        m_change->setText(Money::format(tendered - m_total));
}
