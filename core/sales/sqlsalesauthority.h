// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"
#include "core/sales/salesauthority.h"
#include "core/sales/sqlrefunds.h"
#include "core/store/terminalidentity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <functional>

class Database;
class QSqlDatabase;
class QSqlError;
class WriteTransaction;

// The sales authority on a SQL store: the embedded SQLite file, or the shared PostgreSQL
// server. Each call is one write transaction (BEGIN IMMEDIATE on SQLite, so writers on any
// connection are serialised; row locks and unique indexes on PostgreSQL), and the schema's
// indexes and triggers refuse what would break a rule even if this code had a bug. On
// PostgreSQL the server's clock decides expiry.
//
// Ticket serials always come from the terminal's own local store, so a terminal numbers its
// tickets the same way online and offline.
class SqlSalesAuthority final : public SalesAuthority
{
public:
    // The embedded store is both the authority and the local store.
    SqlSalesAuthority(const Database &database, TerminalIdentity terminal);
    SqlSalesAuthority(const Database &authority, const Database &local, TerminalIdentity terminal);

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
    SaleResult<Refund> refundTickets(const RefundRequest &request) override;
    SaleResult<bool> settleRefund(const QString &refundKey,
                                  const QString &providerReference) override;
    SaleResult<Reissue> reissueTicket(const ReissueRequest &request) override;
    SaleResult<Exchange> exchangeTickets(const ExchangeRequest &request) override;
    QDateTime now() const override;

    // Tests move time forward instead of sleeping (the embedded store's clock only).
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

private:
    qint64 nowMs() const { return m_nowMs() + m_serverOffsetMs.load(); }
    // The authority's time for a transaction that has just begun: the server's clock on
    // PostgreSQL (remembered as an offset for now()), the local clock on SQLite.
    qint64 transactionNow(QSqlDatabase &db) const;
    // First of `count` ticket serials of this terminal, reserved in the local store.
    std::optional<quint32> reserveSerials(QSqlDatabase &db, int count);
    // Nothing when there is no such order, or when the read failed (then *error says why).
    std::optional<Order> loadOrder(QSqlDatabase &db, const QString &where, const QVariant &key,
                                   QSqlError *error = nullptr) const;
    // The steps, each one transaction; the public calls retry them when the line was lost.
    SaleResult<HoldGrant> holdOnce(int screeningId, const QList<int> &seatIds,
                                   const QString &holdToken);
    SaleResult<bool> releaseOnce(const QString &holdToken, const QList<int> &seatIds);
    SaleResult<Order> placeOrderOnce(const OrderRequest &request);
    SaleResult<bool> beginCardPaymentOnce(int orderId, const QString &paymentKey);
    SaleResult<SaleReceipt> completePaymentOnce(const PaymentCompletion &completion);
    SaleResult<bool> cancelOrderOnce(int orderId, bool releaseSeats);
    SaleResult<Refund> refundTicketsOnce(const RefundRequest &request);
    SaleResult<Reissue> reissueTicketOnce(const ReissueRequest &request);
    SaleResult<Exchange> exchangeTicketsOnce(const ExchangeRequest &request);
    // The exchange recorded under this key, as it was made; nothing when there is none or the
    // read failed (then *error says why).
    std::optional<Exchange> loadExchange(QSqlDatabase &db, const QString &key,
                                         QSqlError *error) const;
    // What a cashier may give back alone, read in the transaction: a manager who just
    // changed it is obeyed at once.
    SaleResult<SqlRefunds::Rules> refundRules(QSqlDatabase &db) const;
    template<typename T> SaleResult<T> retried(const std::function<SaleResult<T>()> &step);
    // A failed statement as the sale's error; a lost session is dropped on the way.
    SaleError storeError(const QSqlError &error) const;
    SaleError commitError(const WriteTransaction &tx) const;
    // A setting (see StoreSettings); cached for a few seconds on a server.
    int setting(const QString &key, int fallback) const;
    QList<TicketType> ticketTypes() const;
    struct ScreeningFacts
    {
        qint64 priceCents = 0;
        int roomId = 0;
        int meiaCap = 0;
    };
    // What a sale needs of a screening, in one light query.
    std::optional<ScreeningFacts> screeningFacts(int screeningId) const;
    // The room a screening is in (0 when there is no such screening).
    int roomOf(int screeningId) const;
    // One statement in a write transaction of its own.
    SaleResult<bool> writeOne(const QString &sql, const QVariantList &binds);
    // The order, row-locked on PostgreSQL until the transaction ends.
    SaleResult<Order> lockedOrder(QSqlDatabase &db, int orderId) const;
    std::optional<SaleReceipt> loadReceipt(QSqlDatabase &db, int orderId) const;
    // Seats of the order that someone else now holds or bought.
    SaleError checkSeatsStillOurs(QSqlDatabase &db, const Order &order) const;
    SaleError checkLimits(QSqlDatabase &db, const Order &order) const;
    // Signs and writes the tickets of a paid order. A refusal by the store's rules is said
    // as the cashier should hear it; limitBroken when it was the CPF limit or the meia cap
    // (the caller rolls back and checks the limits for the precise message).
    SaleError issueTickets(QSqlDatabase &db, const Order &order, int payer, qint64 now,
                           const RoomLayout &layout, QList<IssuedTicket> &tickets,
                           bool *limitBroken);
    // The order is paid: its holds go, the seats are its tickets' now.
    SaleError markPaid(QSqlDatabase &db, const Order &order, qint64 now);

    const Database &m_database;
    const Database &m_local;
    // Layouts are cached here; an authority serves one thread at a time.
    mutable CatalogRepository m_catalog;
    TerminalIdentity m_terminal;
    std::function<qint64()> m_nowMs;
    mutable std::atomic<qint64> m_serverOffsetMs{0};
    static constexpr int kSerialBlock = 64;
    static constexpr int kCacheMs = 5000;
    mutable QMutex m_cacheMutex;
    mutable QElapsedTimer m_cacheAge;
    mutable QElapsedTimer m_offsetAge;
    mutable QHash<QString, QString> m_settings;
    mutable QList<TicketType> m_types;
    mutable QHash<int, int> m_roomOfScreening;
    QMutex m_serialMutex;
    quint32 m_serialNext = 0;
    quint32 m_serialEnd = 0;
};
