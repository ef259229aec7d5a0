// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/salesauthority.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

// Runs every call of another authority (the server's) on a worker thread, so that a slow or
// hung server never freezes the screen. The caller still gets its answer as a return value:
// while it waits, its event loop keeps painting and running timers (user input waits, so the
// cashier cannot start a second step on top of the first), and busyChanged lets the window
// say what it is waiting for. A call not answered within the patience limit returns
// SaleError::serverTimedOut(); its late answer is dropped, which is safe because every write
// carries an idempotency key and is retried with the same one. While such a call is still
// stuck on the server, new calls fail at once instead of piling up behind it.
class ThreadedSalesAuthority final : public QObject, public SalesAuthority
{
    Q_OBJECT

public:
    explicit ThreadedSalesAuthority(std::shared_ptr<SalesAuthority> inner, int patienceMs = 6000,
                                    QObject *parent = nullptr);
    ~ThreadedSalesAuthority() override;

    void setPatienceMs(int ms) { m_patienceMs = ms; }
    int patienceMs() const { return m_patienceMs; }
    // Calls given up on and not answered yet.
    int stuckCalls() const { return m_stuck->load(); }

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
    // The inner authority's clock once it has been learned (on the worker), this machine's
    // until then: reading the clock never waits for the server.
    QDateTime now() const override;
    SeatScope seatScope() const override { return m_inner->seatScope(); }

Q_SIGNALS:
    // True while a call is waiting for the server, false when it has its answer.
    void busyChanged(bool busy);
    void callTimedOut();

private:
    template<typename T> SaleResult<T> call(std::function<SaleResult<T>(SalesAuthority &)> work);

    std::shared_ptr<SalesAuthority> m_inner;
    std::unique_ptr<QThreadPool> m_pool = std::make_unique<QThreadPool>();
    int m_patienceMs;
    int m_depth = 0; // nested waits (a timer may call while a call waits)
    std::shared_ptr<std::atomic<int>> m_stuck = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<bool>> m_clockLearned = std::make_shared<std::atomic<bool>>(false);
};
