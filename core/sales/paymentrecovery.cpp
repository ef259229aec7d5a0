// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentrecovery.h"

#include "core/sales/salesession.h"

PaymentRecovery::PaymentRecovery(SaleSession &sale, QObject *parent) : QObject(parent), m_sale(sale)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        // The person may have paid again meanwhile, or the outcome arrived: nothing to ask.
        if (m_sale.hasUnconfirmedPayment() && !m_sale.isPaying())
            Q_EMIT retryConfirmation();
    });
    // An answer from the bank ends its outage: the next person's card in doubt gets the whole
    // patience again instead of being set aside at once.
    connect(&m_sale, &SaleSession::saleCompleted, this, [this] {
        m_unknownSince.invalidate();
        m_retry.stop();
    });
}

PaymentRecovery::Verdict PaymentRecovery::onSaleError()
{
    if (m_sale.cardOutcomeUnknown()) {
        if (!m_unknownSince.isValid())
            m_unknownSince.start();
        if (m_unknownSince.elapsed() >= m_patienceMs && m_sale.setAside()) {
            // The bank stays out of reach: the totem cannot wait on it forever. The sale keeps
            // its seats and its pending payment, and the payment sweep settles it.
            m_unknownSince.invalidate();
            m_retry.stop();
            return Verdict::SetAside;
        }
    } else {
        m_unknownSince.invalidate();
    }
    if (!m_sale.hasUnconfirmedPayment())
        return Verdict::NotInDoubt;
    // The card was charged but the store's answer was lost, or the reader's answer was lost:
    // the same payment is confirmed or asked about again (never charged again) until there is
    // an answer, with nobody to press a key.
    if (!m_retry.isActive())
        m_retry.start(m_retryIntervalMs);
    return Verdict::Retrying;
}
