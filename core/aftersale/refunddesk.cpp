// SPDX-License-Identifier: GPL-3.0-or-later
#include "refunddesk.h"

#include "core/payments/cashdrawer.h"
#include "core/payments/paymentprovider.h"
#include "core/sales/salesauthority.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRefunds, "marquee.refunds")

RefundDesk::RefundDesk(SalesAuthority &authority, const Database &local, PaymentProvider *payments,
                       QObject *parent)
    : QObject(parent), m_authority(authority), m_local(local), m_payments(payments)
{}

void RefundDesk::refund(const RefundRequest &request)
{
    if (m_busy)
        return;
    m_busy = true;
    const auto made = m_authority.refundTickets(request);
    if (!made) {
        m_busy = false;
        Q_EMIT refused(made.error());
        return;
    }
    m_busy = false;
    giveBack(*made);
}

void RefundDesk::giveBack(const Refund &made)
{
    if (m_busy)
        return;
    m_busy = true;
    if (made.method == PaymentMethod::Cash && made.amountCents > 0) {
        const CashDrawer drawer = CashDrawer::fromSettings(m_local);
        if (drawer.isConfigured())
            drawer.open(this, [this](const std::optional<QString> &error) {
                if (error)
                    Q_EMIT drawerFailed(*error);
            });
        m_busy = false;
        Q_EMIT refunded(made, true);
        return;
    }
    // A retry of one the provider confirmed, or nothing to give back.
    if (made.method == PaymentMethod::Cash || made.status == Refund::Status::Done) {
        m_busy = false;
        Q_EMIT refunded(made, true);
        return;
    }
    giveCardBack(made);
}

void RefundDesk::giveCardBack(const Refund &refund)
{
    if (!m_payments) {
        m_busy = false;
        Q_EMIT refunded(refund, false);
        return;
    }
    const RefundCharge charge{refund.paymentReference, refund.amountCents, refund.providerKey()};
    m_payments->refund(charge, this, [this, refund](bool ok, const QString &reference) {
        bool back = false;
        if (ok) {
            // Recorded as done; if this write is lost, the sweep asks the provider again with
            // the same key, which answers this refund, and records it then.
            const auto settled = m_authority.settleRefund(refund.idempotencyKey, reference);
            if (!settled)
                qCWarning(lcRefunds)
                    << "refund" << refund.idempotencyKey
                    << "given back but not recorded yet:" << settled.error().message();
            back = true;
        } else {
            qCWarning(lcRefunds) << "card refund" << refund.idempotencyKey
                                 << "not confirmed; the sweep asks again";
        }
        Refund result = refund;
        if (back) {
            result.status = Refund::Status::Done;
            result.providerReference = reference;
        }
        m_busy = false;
        Q_EMIT refunded(result, back);
    });
}
