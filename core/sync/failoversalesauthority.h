// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/salesauthority.h"

#include <QMutex>
#include <QSet>
#include <atomic>

class OfflineSalesAuthority;
class ServerAvailability;

// The counter's authority with a server: the server's while it answers, this terminal's
// leased seats (OfflineSalesAuthority) while it does not. Each sale stays with the authority
// that started it: a hold, an order or a payment made offline is finished offline, and one
// made on the server is finished there (or fails at once while it is away).
class FailoverSalesAuthority final : public SalesAuthority
{
public:
    // A new sale goes to the server while `availability` says it answers.
    FailoverSalesAuthority(SalesAuthority &server, OfflineSalesAuthority &offline,
                           const ServerAvailability &availability);
    // Set from the link's thread when the server answers again: no offline hold is taken
    // from here on (neither a new sale nor more seats for one in progress; paying for one in
    // progress goes on), so the seats in use offline are all known when leases are returned.
    // Returns once no offline hold is being taken.
    void stopOfflineHolds();
    // The server was lost again: offline sales may go on.
    void resumeOfflineHolds() { m_offlineHoldsStopped = false; }

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
    QDateTime now() const override;
    // This terminal's leases; only they while the server does not answer.
    SeatScope seatScope() const override;

private:
    SalesAuthority &forToken(const QString &holdToken);
    SalesAuthority &forOrder(int orderId);
    SalesAuthority &forPayment(const QString &paymentKey);

    SalesAuthority &m_server;
    OfflineSalesAuthority &m_offline;
    const ServerAvailability &m_availability;
    std::atomic<bool> m_offlineHoldsStopped{false};
    // Held while an offline hold is taken, so that stopOfflineHolds can wait for it.
    QMutex m_offlineHoldGate;
    QMutex m_mutex;
    QSet<QString> m_offlineTokens;
    QSet<QString> m_offlinePayments;
};
