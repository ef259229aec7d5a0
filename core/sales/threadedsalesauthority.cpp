// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadedsalesauthority.h"

#include "core/sales/saleerror.h"

#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace {
// What a worker and the waiting caller share. The caller may stop waiting and go away; the
// worker then finds no loop to wake and just drops its answer.
template<typename T> struct PendingCall
{
    QMutex mutex;
    QPointer<QEventLoop> loop;
    std::optional<SaleResult<T>> result;
};
} // namespace

ThreadedSalesAuthority::ThreadedSalesAuthority(std::shared_ptr<SalesAuthority> inner,
                                               int patienceMs, QObject *parent)
    : QObject(parent), m_inner(std::move(inner)), m_patienceMs(patienceMs)
{
    // A few threads: one stuck on a hung server must not stop the next call from trying.
    m_pool->setMaxThreadCount(4);
    m_pool->setExpiryTimeout(-1); // keep threads, and with them their server connections
    m_pool->start([inner = m_inner, learned = m_clockLearned] {
        inner->now();
        *learned = true;
    });
}

ThreadedSalesAuthority::~ThreadedSalesAuthority()
{
    // Calls still running hold a reference to the inner authority, not to this object. One
    // stuck on a hung server would keep the pool's destructor (and the program's exit)
    // waiting for ever: that pool is left to the end of the process instead.
    if (!m_pool->waitForDone(m_patienceMs))
        (void)m_pool.release();
}

QDateTime ThreadedSalesAuthority::now() const
{
    return m_clockLearned->load() ? m_inner->now() : QDateTime::currentDateTime();
}

template<typename T>
SaleResult<T> ThreadedSalesAuthority::call(std::function<SaleResult<T>(SalesAuthority &)> work)
{
    if (m_stuck->load() > 0)
        return SaleError::serverTimedOut(); // the server has not answered the last one yet

    auto pending = std::make_shared<PendingCall<T>>();
    QEventLoop loop;
    pending->loop = &loop;
    m_pool->start([pending, work = std::move(work), inner = m_inner, stuck = m_stuck] {
        SaleResult<T> result = work(*inner);
        QMutexLocker lock(&pending->mutex);
        if (!pending->loop) { // given up on: answered at last
            --*stuck;
            return;
        }
        pending->result = std::move(result);
        QMetaObject::invokeMethod(pending->loop, &QEventLoop::quit, Qt::QueuedConnection);
    });

    QTimer patience;
    patience.setSingleShot(true);
    connect(&patience, &QTimer::timeout, &loop, &QEventLoop::quit);
    patience.start(m_patienceMs);
    if (m_depth++ == 0)
        Q_EMIT busyChanged(true);
    // Painting and timers go on; clicks and keys wait until the answer is in.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (--m_depth == 0)
        Q_EMIT busyChanged(false);

    QMutexLocker lock(&pending->mutex);
    pending->loop = nullptr;
    if (pending->result)
        return std::move(*pending->result);
    ++*m_stuck;
    lock.unlock();
    Q_EMIT callTimedOut();
    return SaleError::serverTimedOut();
}

SaleResult<HoldGrant> ThreadedSalesAuthority::hold(int screeningId, const QList<int> &seatIds,
                                                   const QString &holdToken)
{
    return call<HoldGrant>(
        [=](SalesAuthority &a) { return a.hold(screeningId, seatIds, holdToken); });
}

SaleResult<bool> ThreadedSalesAuthority::release(const QString &holdToken,
                                                 const QList<int> &seatIds)
{
    return call<bool>([=](SalesAuthority &a) { return a.release(holdToken, seatIds); });
}

SaleResult<Order> ThreadedSalesAuthority::placeOrder(const OrderRequest &request)
{
    return call<Order>([=](SalesAuthority &a) { return a.placeOrder(request); });
}

SaleResult<bool> ThreadedSalesAuthority::beginCardPayment(int orderId, const QString &paymentKey)
{
    return call<bool>([=](SalesAuthority &a) { return a.beginCardPayment(orderId, paymentKey); });
}

SaleResult<bool> ThreadedSalesAuthority::recordDecline(const QString &paymentKey,
                                                       const QString &declineCode)
{
    return call<bool>([=](SalesAuthority &a) { return a.recordDecline(paymentKey, declineCode); });
}

SaleResult<SaleReceipt> ThreadedSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    return call<SaleReceipt>([=](SalesAuthority &a) { return a.completePayment(completion); });
}

SaleResult<bool> ThreadedSalesAuthority::recordRefund(const QString &paymentKey,
                                                      const QString &providerReference)
{
    return call<bool>(
        [=](SalesAuthority &a) { return a.recordRefund(paymentKey, providerReference); });
}

SaleResult<Refund> ThreadedSalesAuthority::refundTickets(const RefundRequest &request)
{
    return call<Refund>([=](SalesAuthority &a) { return a.refundTickets(request); });
}

SaleResult<Reissue> ThreadedSalesAuthority::reissueTicket(const ReissueRequest &request)
{
    return call<Reissue>([=](SalesAuthority &a) { return a.reissueTicket(request); });
}

SaleResult<Exchange> ThreadedSalesAuthority::exchangeTickets(const ExchangeRequest &request)
{
    return call<Exchange>([=](SalesAuthority &a) { return a.exchangeTickets(request); });
}

SaleResult<bool> ThreadedSalesAuthority::settleRefund(const QString &refundKey,
                                                      const QString &providerReference)
{
    return call<bool>(
        [=](SalesAuthority &a) { return a.settleRefund(refundKey, providerReference); });
}

SaleResult<bool> ThreadedSalesAuthority::cancelOrder(int orderId, bool releaseSeats)
{
    return call<bool>([=](SalesAuthority &a) { return a.cancelOrder(orderId, releaseSeats); });
}
