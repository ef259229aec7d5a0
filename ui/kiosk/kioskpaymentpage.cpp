// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskpaymentpage.h"

#include "core/catalog/money.h"
#include "core/sales/salesession.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KioskPaymentPage::KioskPaymentPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Pay by card"));
    const auto screening = sale().screening();
    QStringList lines;
    if (screening)
        lines << screening->filmTitle + QStringLiteral(" · ") + whenText(*screening) +
                     QStringLiteral(" · ") + screening->roomName;
    QStringList seats;
    for (const int id : sale().selection()) {
        const Seat *seat = sale().layout().seat(id);
        QString typeName;
        for (const TicketType &t : sale().ticketTypes()) {
            if (t.id == sale().ticketTypeOf(id))
                typeName = t.displayName();
        }
        seats << tr("%1 (%2)").arg(seat ? seat->label() : QString(), typeName);
    }
    lines << tr("Seats: %1").arg(seats.join(QStringLiteral(", ")));
    auto *summary = new QLabel(lines.join(QLatin1Char('\n')), this);
    summary->setWordWrap(true);
    v->addWidget(summary);
    auto *how =
        new QLabel(tr("Touch Pay, then insert, tap or swipe your card on the reader."), this);
    how->setWordWrap(true);
    v->addWidget(how);
    v->addStretch(1);
    m_payButton = bigButton(QString(), "pay");
    m_payButton->setMinimumHeight(touchTarget() * 2);
    connect(m_payButton, &QPushButton::clicked, this, &KioskPaymentPage::payWanted);
    v->addWidget(m_payButton);
    QPushButton *cancel = bigButton(tr("Cancel the purchase"), "cancelPurchase");
    connect(cancel, &QPushButton::clicked, this, &KioskPage::startOverWanted);
    v->addWidget(cancel, 0, Qt::AlignLeft);
    v->addWidget(navigation());
}

void KioskPaymentPage::updatePayButton()
{
    if (!m_payButton)
        return;
    m_payButton->setEnabled(!saleLocked(sale()));
    m_payButton->setText(sale().isPaying()             ? tr("Follow the card reader…")
                         : sale().cardOutcomeUnknown() ? tr("Checking your payment…")
                         : sale().hasUnconfirmedPayment()
                             ? tr("Confirming your tickets…")
                             : tr("Pay %1 by card").arg(Money::format(sale().totalCents())));
}
