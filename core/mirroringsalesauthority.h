// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salesauthority.h"

#include <QHash>

#include <memory>

class Database;

// The server as the authority, seen from a terminal with a local copy: each write goes to the
// server, and the screening it touched is copied back at once, so the screen that made the
// change shows it without waiting for the notification (which refreshes everyone else).
class MirroringSalesAuthority final : public SalesAuthority
{
public:
    MirroringSalesAuthority(std::unique_ptr<SalesAuthority> server, const Database &serverStore,
                            const Database &local);

    SaleResult<HoldGrant> hold(int screeningId, const QList<int> &seatIds,
                               const QString &holdToken) override;
    SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) override;
    SaleResult<Order> placeOrder(const OrderRequest &request) override;
    SaleResult<bool> beginCardPayment(int orderId, const QString &paymentKey) override;
    SaleResult<bool> recordDecline(const QString &paymentKey, const QString &declineCode) override;
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) override;
    SaleResult<bool> recordRefund(const QString &paymentKey,
                                  const QString &providerReference) override;
    SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) override;
    QDateTime now() const override { return m_server->now(); }

private:
    void mirror(int screeningId);

    std::unique_ptr<SalesAuthority> m_server;
    const Database &m_serverStore;
    const Database &m_local;
    QHash<QString, int> m_screeningOfToken;
    QHash<int, int> m_screeningOfOrder;
};
