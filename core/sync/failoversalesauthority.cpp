// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoversalesauthority.h"

#include "core/sales/saleerror.h"
#include "core/sync/offlinesalesauthority.h"
#include "core/sync/serveravailability.h"

#include <QCoreApplication>
#include <QMutexLocker>

FailoverSalesAuthority::FailoverSalesAuthority(SalesAuthority &server,
                                               OfflineSalesAuthority &offline,
                                               const ServerAvailability &availability)
    : m_server(server), m_offline(offline), m_availability(availability)
{}

SalesAuthority &FailoverSalesAuthority::forToken(const QString &holdToken)
{
    QMutexLocker lock(&m_mutex);
    return m_offlineTokens.contains(holdToken) ? static_cast<SalesAuthority &>(m_offline)
                                               : m_server;
}

SalesAuthority &FailoverSalesAuthority::forOrder(int orderId)
{
    return OfflineSalesAuthority::isOfflineOrder(orderId) ? static_cast<SalesAuthority &>(m_offline)
                                                          : m_server;
}

SalesAuthority &FailoverSalesAuthority::forPayment(const QString &paymentKey)
{
    QMutexLocker lock(&m_mutex);
    return m_offlinePayments.contains(paymentKey) ? static_cast<SalesAuthority &>(m_offline)
                                                  : m_server;
}

SaleResult<HoldGrant> FailoverSalesAuthority::hold(int screeningId, const QList<int> &seatIds,
                                                   const QString &holdToken)
{
    bool offline = false;
    {
        QMutexLocker lock(&m_mutex);
        // A sale started on one side stays there; a new one goes where the server is.
        if (!m_offlineTokens.contains(holdToken) && !m_availability.isAnswering())
            m_offlineTokens.insert(holdToken);
        offline = m_offlineTokens.contains(holdToken);
    }
    if (!offline)
        return m_server.hold(screeningId, seatIds, holdToken);
    QMutexLocker gate(&m_offlineHoldGate);
    if (m_offlineHoldsStopped)
        return SaleError(SaleError::ServerUnreachable,
                         QCoreApplication::translate(
                             "SaleError", "The server is back: this terminal is sending the "
                                          "sales it made offline before it sells online again. "
                                          "What you typed is kept; try again in a few "
                                          "seconds."));
    return m_offline.hold(screeningId, seatIds, holdToken);
}

void FailoverSalesAuthority::stopOfflineHolds()
{
    m_offlineHoldsStopped = true;
    QMutexLocker gate(&m_offlineHoldGate); // an offline hold being taken now finishes first
}

SaleResult<bool> FailoverSalesAuthority::release(const QString &holdToken,
                                                 const QList<int> &seatIds)
{
    const auto result = forToken(holdToken).release(holdToken, seatIds);
    if (seatIds.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_offlineTokens.remove(holdToken); // the next sale on this token may go online
    }
    return result;
}

SaleResult<Order> FailoverSalesAuthority::placeOrder(const OrderRequest &request)
{
    return forToken(request.holdToken).placeOrder(request);
}

SaleResult<bool> FailoverSalesAuthority::beginCardPayment(int orderId, const QString &paymentKey)
{
    if (OfflineSalesAuthority::isOfflineOrder(orderId)) {
        QMutexLocker lock(&m_mutex);
        m_offlinePayments.insert(paymentKey);
    }
    return forOrder(orderId).beginCardPayment(orderId, paymentKey);
}

SaleResult<bool> FailoverSalesAuthority::recordDecline(const QString &paymentKey,
                                                       const QString &declineCode)
{
    return forPayment(paymentKey).recordDecline(paymentKey, declineCode);
}

SaleResult<SaleReceipt> FailoverSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    return forOrder(completion.orderId).completePayment(completion);
}

SaleResult<bool> FailoverSalesAuthority::recordRefund(const QString &paymentKey,
                                                      const QString &providerReference)
{
    return forPayment(paymentKey).recordRefund(paymentKey, providerReference);
}

SaleResult<bool> FailoverSalesAuthority::cancelOrder(int orderId, bool releaseSeats)
{
    return forOrder(orderId).cancelOrder(orderId, releaseSeats);
}

SaleResult<Refund> FailoverSalesAuthority::refundTickets(const RefundRequest &request)
{
    // A seat given back offline could be sold twice, here from a lease and elsewhere by the
    // server: refunds are the server's, and the offline side says so.
    if (OfflineSalesAuthority::isOfflineOrder(request.orderId) || !m_availability.isAnswering())
        return m_offline.refundTickets(request);
    return m_server.refundTickets(request);
}

SaleResult<Reissue> FailoverSalesAuthority::reissueTicket(const ReissueRequest &request)
{
    // Offline, a gate still holding the old code in its copy would let it in beside the new.
    if (OfflineSalesAuthority::isOfflineOrder(request.orderId) || !m_availability.isAnswering())
        return m_offline.reissueTicket(request);
    return m_server.reissueTicket(request);
}

SaleResult<Exchange> FailoverSalesAuthority::exchangeTickets(const ExchangeRequest &request)
{
    // Giving the old seats back offline could sell them twice (see refundTickets).
    if (OfflineSalesAuthority::isOfflineOrder(request.oldOrderId) ||
        OfflineSalesAuthority::isOfflineOrder(request.newOrderId) || !m_availability.isAnswering())
        return m_offline.exchangeTickets(request);
    return m_server.exchangeTickets(request);
}

SaleResult<bool> FailoverSalesAuthority::settleRefund(const QString &refundKey,
                                                      const QString &providerReference)
{
    return m_server.settleRefund(refundKey, providerReference);
}

SeatScope FailoverSalesAuthority::seatScope() const
{
    return {m_offline.seatScope().leaseToken, !m_availability.isAnswering()};
}

QDateTime FailoverSalesAuthority::now() const
{
    return m_server.now(); // the server's clock as last learned, or this machine's
}
