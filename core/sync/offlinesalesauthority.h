// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"
#include "core/sales/salesauthority.h"
#include "core/store/terminalidentity.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>

class Database;

// A counter's authority while the server is out of reach: it sells only the seats the server
// leased to this terminal, which nobody else can sell meanwhile, so its sales cannot conflict.
// Holds and orders live in memory (nobody else competes for these seats); a completed sale is
// written to the local outbox in one transaction with its ticket serials and signed codes, and
// is uploaded when the server is back. The CPF limit and the meia share are checked against
// what this terminal knows (its copy plus its own offline sales); the server checks them again
// on upload and flags a sale that breaks them for a manager.
class OfflineSalesAuthority final : public SalesAuthority
{
public:
    OfflineSalesAuthority(const Database &local, TerminalIdentity terminal);

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
    SaleResult<Reissue> reissueTicket(const ReissueRequest &request) override;
    SaleResult<Exchange> exchangeTickets(const ExchangeRequest &request) override;
    SaleResult<bool> settleRefund(const QString &refundKey,
                                  const QString &providerReference) override;
    QDateTime now() const override { return QDateTime::currentDateTime(); }

    // The seats it sells: this terminal's leases, and nothing else.
    SeatScope seatScope() const override { return {m_terminal.leaseToken(), true}; }

    // Orders made here have negative ids, so a router can tell them from the server's.
    static bool isOfflineOrder(int orderId) { return orderId < 0; }

    // What the outbox keeps of an offline sale, for the server (OutboxReplayer's "sale").
    // payerId: who took the payment (0: whoever placed the order).
    static QJsonObject salePayload(const SaleReceipt &receipt, const QString &paymentKey,
                                   const QList<TicketType> &types, int payerId = 0);

    // Moves a card attempt of an offline sale (the local store's offline_card_attempts) from
    // one of the statuses in `from` (comma-separated) to `to`, keeping the provider's reference
    // once known. True when it moved, false when it was not in one of those statuses (someone
    // settled it first), nothing when the store failed. The row is where the session and the
    // payment sweep agree on who settles an attempt.
    static std::optional<bool> markAttempt(QSqlDatabase db, const QString &paymentKey,
                                           const QString &from, const QString &to,
                                           const QString &reference);

private:
    struct Hold
    {
        int screeningId = 0;
        QList<int> seats;
        qint64 expiresAtMs = 0;
    };
    QSet<int> leasedSeats(int screeningId, const QString &holdToken) const;
    std::optional<SaleReceipt> receiptForPayment(const QString &paymentKey) const;

    const Database &m_local;
    TerminalIdentity m_terminal;
    CatalogRepository m_catalog;
    mutable QMutex m_mutex;
    QHash<QString, Hold> m_holds;
    QHash<int, Order> m_orders;
    QHash<QString, int> m_orderOfKey;
    int m_nextOrderId = -1;
};
