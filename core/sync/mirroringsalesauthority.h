// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/forwardingsalesauthority.h"

#include <QHash>
#include <QMutex>

#include <memory>

class Database;
class ServerAvailability;

// The server as the authority, seen from a terminal with a local copy: each write goes to the
// server, and the screening it touched is copied back at once, so the screen that made the
// change shows it without waiting for the notification (which refreshes everyone else).
// While the server is known to be gone, the steps that could wait on it fail at once instead
// of making the cashier wait for a connection timeout.
class MirroringSalesAuthority final : public ForwardingSalesAuthority
{
public:
    MirroringSalesAuthority(std::unique_ptr<SalesAuthority> server, const Database &serverStore,
                            const Database &local, const ServerAvailability &availability);

    SaleResult<HoldGrant> hold(int screeningId, const QList<int> &seatIds,
                               const QString &holdToken) override;
    SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) override;
    SaleResult<Order> placeOrder(const OrderRequest &request) override;
    SaleResult<bool> beginCardPayment(int orderId, const QString &paymentKey) override;
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) override;
    SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) override;
    SaleResult<Refund> refundTickets(const RefundRequest &request) override;
    SaleResult<Reissue> reissueTicket(const ReissueRequest &request) override;
    SaleResult<Exchange> exchangeTickets(const ExchangeRequest &request) override;

private:
    void mirror(int screeningId);
    // Calls may overlap when a slow one was given up on (ThreadedSalesAuthority).
    template<typename K> void rememberScreening(QHash<K, int> &map, const K &key, int screening)
    {
        QMutexLocker lock(&m_mapsMutex);
        map.insert(key, screening);
    }
    template<typename K> int screeningOf(const QHash<K, int> &map, const K &key) const
    {
        QMutexLocker lock(&m_mapsMutex);
        return map.value(key);
    }

    std::unique_ptr<SalesAuthority> m_server; // inner(), owned
    const Database &m_serverStore;
    const Database &m_local;
    const ServerAvailability &m_availability;
    mutable QMutex m_mapsMutex;
    QHash<QString, int> m_screeningOfToken;
    QHash<int, int> m_screeningOfOrder;
};
