// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/exchange.h"
#include "core/sales/order.h"
#include "core/sales/refund.h"
#include "core/sales/reissue.h"
#include "core/sales/saleresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Which seats a terminal may sell right now, as its map should show them.
struct SeatScope
{
    QString leaseToken;      // its own leases count as free: its sale takes them over
    bool onlyLeased = false; // selling offline: nothing else is free
};

struct HoldGrant
{
    QList<int> seatIds;  // every seat the token now holds in the screening
    QDateTime expiresAt; // the same for all of them: adding seats never extends a hold
};

// The writes that need agreement between terminals: holding, releasing, ordering and paying.
// With no server the embedded store is the authority; with one, PostgreSQL is. Every call is
// one transaction that either happens whole or not at all, and the store itself enforces the
// rules (one sale per seat, one live hold per seat, CPF limit, meia cap, one order per key).
class SalesAuthority
{
public:
    virtual ~SalesAuthority() = default;

    // Holds the seats for the sale identified by holdToken, all or none. Seats the token
    // already holds are kept at their original expiry.
    virtual SaleResult<HoldGrant> hold(int screeningId, const QList<int> &seatIds,
                                       const QString &holdToken) = 0;
    // Releases the token's holds on these seats; all its holds when seatIds is empty.
    virtual SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) = 0;
    // Records an unpaid order for held seats. The same idempotency key returns the same order.
    virtual SaleResult<Order> placeOrder(const OrderRequest &request) = 0;
    // Before charging a card: checks the order can still be completed and records the
    // attempt, so a crash between charge and completion leaves a trace.
    virtual SaleResult<bool> beginCardPayment(int orderId, const QString &paymentKey) = 0;
    virtual SaleResult<bool> recordDecline(const QString &paymentKey,
                                           const QString &declineCode) = 0;
    // Records the payment and issues the signed tickets; the same key returns the same receipt.
    virtual SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) = 0;
    // A card payment approved for an order that could not be completed: money to give back.
    virtual SaleResult<bool> recordRefund(const QString &paymentKey,
                                          const QString &providerReference) = 0;
    // Cancels an unpaid order; releases its seats at once unless the sale goes on with a new
    // order for them (the cashier changed something after a declined card).
    virtual SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) = 0;
    // Gives tickets of a paid order back: cancels them and records the refund in one
    // transaction, so their seats are for sale again at once and every gate refuses them; the
    // same key answers the same refund. The store decides what may be refunded and what needs
    // a manager. The money itself goes back through the caller (RefundDesk): a cash refund is
    // Done at once, a card refund Due until settleRefund.
    virtual SaleResult<Refund> refundTickets(const RefundRequest &request) = 0;
    // The provider gave back the money of a Due card refund.
    virtual SaleResult<bool> settleRefund(const QString &refundKey,
                                          const QString &providerReference) = 0;
    // A lost ticket: cancels it and issues a new code for the same seat in one transaction,
    // so every gate refuses the old code from then on; the same key answers the same ticket.
    virtual SaleResult<Reissue> reissueTicket(const ReissueRequest &request) = 0;
    // Tickets changed for the seats of an unpaid order (held and ordered first): gives them
    // back and pays that order with their value in one transaction, so either both happen or
    // nothing does; the same key answers the same exchange. The refund rules apply to the
    // old tickets; what they cost beyond the new seats goes back through RefundDesk.
    virtual SaleResult<Exchange> exchangeTickets(const ExchangeRequest &request) = 0;

    // The authority's clock: hold expiry is judged by it, not by the terminal's.
    virtual QDateTime now() const = 0;
    // Read whenever seat states are, so a screen cannot show as free a seat it cannot sell.
    // The embedded store leases nothing: every free seat is free.
    virtual SeatScope seatScope() const { return {}; }
};
