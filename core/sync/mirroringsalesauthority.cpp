// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirroringsalesauthority.h"

#include "core/store/database.h"
#include "core/sync/localreplica.h"
#include "core/sync/serveravailability.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMirror, "marquee.authority.mirror")

MirroringSalesAuthority::MirroringSalesAuthority(std::unique_ptr<SalesAuthority> server,
                                                 const Database &serverStore, const Database &local,
                                                 const ServerAvailability &availability)
    : ForwardingSalesAuthority(*server), m_server(std::move(server)), m_serverStore(serverStore),
      m_local(local), m_availability(availability)
{}

void MirroringSalesAuthority::mirror(int screeningId)
{
    if (screeningId <= 0)
        return;
    // A failed copy is not a failed sale: the notification or the next pull catches up.
    if (const auto error = LocalReplica::pullSeats(m_serverStore, m_local, screeningId))
        qCWarning(lcMirror) << "local copy of screening" << screeningId << "lags:" << *error;
}

SaleResult<HoldGrant> MirroringSalesAuthority::hold(int screeningId, const QList<int> &seatIds,
                                                    const QString &holdToken)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    rememberScreening(m_screeningOfToken, holdToken, screeningId);
    auto result = m_server->hold(screeningId, seatIds, holdToken);
    mirror(screeningId); // on failure too: the seats that were taken show as taken
    return result;
}

SaleResult<bool> MirroringSalesAuthority::release(const QString &holdToken,
                                                  const QList<int> &seatIds)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->release(holdToken, seatIds);
    mirror(screeningOf(m_screeningOfToken, holdToken));
    return result;
}

SaleResult<Order> MirroringSalesAuthority::placeOrder(const OrderRequest &request)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->placeOrder(request);
    if (result)
        rememberScreening(m_screeningOfOrder, result->id, result->screeningId);
    return result;
}

SaleResult<bool> MirroringSalesAuthority::beginCardPayment(int orderId, const QString &paymentKey)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    return m_server->beginCardPayment(orderId, paymentKey);
}

SaleResult<SaleReceipt>
MirroringSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->completePayment(completion);
    mirror(screeningOf(m_screeningOfOrder, completion.orderId));
    return result;
}

SaleResult<bool> MirroringSalesAuthority::cancelOrder(int orderId, bool releaseSeats)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->cancelOrder(orderId, releaseSeats);
    mirror(screeningOf(m_screeningOfOrder, orderId));
    return result;
}

SaleResult<Exchange> MirroringSalesAuthority::exchangeTickets(const ExchangeRequest &request)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->exchangeTickets(request);
    // The seats given back show as free here at once, the new ones as sold.
    if (result) {
        mirror(result->refund.screeningId);
        if (result->receipt.order.screeningId != result->refund.screeningId)
            mirror(result->receipt.order.screeningId);
    }
    return result;
}

SaleResult<Reissue> MirroringSalesAuthority::reissueTicket(const ReissueRequest &request)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->reissueTicket(request);
    // This terminal's gate copy refuses the old code at once.
    if (result)
        mirror(result->screeningId);
    return result;
}

SaleResult<Refund> MirroringSalesAuthority::refundTickets(const RefundRequest &request)
{
    if (m_availability.isKnownGone())
        return SaleError::serverUnreachable();
    auto result = m_server->refundTickets(request);
    // The seats given back show as free here at once.
    if (result)
        mirror(result->screeningId);
    return result;
}
