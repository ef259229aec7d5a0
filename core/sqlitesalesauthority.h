// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salesauthority.h"
#include "terminalidentity.h"

#include <functional>

class Database;
class QSqlDatabase;

// The embedded store as the authority: each call is one BEGIN IMMEDIATE transaction, so
// writers on any connection to the file are serialised by SQLite, and the schema's unique
// indexes and triggers refuse what would break a rule even if this code had a bug.
class SqliteSalesAuthority final : public SalesAuthority
{
public:
    SqliteSalesAuthority(const Database &database, TerminalIdentity terminal);

    SaleResult<HoldGrant> hold(int screeningId, const QList<int> &seatIds,
                               const QString &holdToken) override;
    SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) override;
    SaleResult<Order> placeOrder(const OrderRequest &request) override;
    SaleResult<bool> beginCardPayment(int orderId, const QString &paymentKey) override;
    SaleResult<bool> recordDecline(const QString &paymentKey, const QString &declineCode) override;
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) override;
    SaleResult<bool> recordRefund(const QString &paymentKey) override;
    SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) override;
    QDateTime now() const override;

    // Tests move time forward instead of sleeping.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

private:
    qint64 nowMs() const { return m_nowMs(); }
    std::optional<Order> loadOrder(QSqlDatabase &db, const QString &where,
                                   const QVariant &key) const;
    std::optional<SaleReceipt> loadReceipt(QSqlDatabase &db, int orderId) const;
    // Seats of the order that someone else now holds or bought.
    SaleError checkSeatsStillOurs(QSqlDatabase &db, const Order &order) const;
    SaleError checkLimits(QSqlDatabase &db, const Order &order) const;

    const Database &m_database;
    TerminalIdentity m_terminal;
    std::function<qint64()> m_nowMs;
};
