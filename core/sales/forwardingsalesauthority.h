// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/salesauthority.h"

// An authority that passes every step to another one: the base of the links of the chain
// (journal, mirror, tests' faulty lines), so that each overrides only the steps it changes.
class ForwardingSalesAuthority : public SalesAuthority
{
public:
    explicit ForwardingSalesAuthority(SalesAuthority &inner) : m_inner(inner) {}

    SaleResult<HoldGrant> hold(int screeningId, const QList<int> &seatIds,
                               const QString &holdToken) override
    {
        return m_inner.hold(screeningId, seatIds, holdToken);
    }
    SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) override
    {
        return m_inner.release(holdToken, seatIds);
    }
    SaleResult<Order> placeOrder(const OrderRequest &request) override
    {
        return m_inner.placeOrder(request);
    }
    SaleResult<bool> beginCardPayment(int orderId, const QString &paymentKey) override
    {
        return m_inner.beginCardPayment(orderId, paymentKey);
    }
    SaleResult<bool> recordDecline(const QString &paymentKey, const QString &declineCode) override
    {
        return m_inner.recordDecline(paymentKey, declineCode);
    }
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) override
    {
        return m_inner.completePayment(completion);
    }
    SaleResult<bool> recordRefund(const QString &paymentKey,
                                  const QString &providerReference) override
    {
        return m_inner.recordRefund(paymentKey, providerReference);
    }
    SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) override
    {
        return m_inner.cancelOrder(orderId, releaseSeats);
    }
    SaleResult<Refund> refundTickets(const RefundRequest &request) override
    {
        return m_inner.refundTickets(request);
    }
    SaleResult<Reissue> reissueTicket(const ReissueRequest &request) override
    {
        return m_inner.reissueTicket(request);
    }
    SaleResult<Exchange> exchangeTickets(const ExchangeRequest &request) override
    {
        return m_inner.exchangeTickets(request);
    }
    SaleResult<bool> settleRefund(const QString &refundKey,
                                  const QString &providerReference) override
    {
        return m_inner.settleRefund(refundKey, providerReference);
    }
    QDateTime now() const override { return m_inner.now(); }
    SeatScope seatScope() const override { return m_inner.seatScope(); }

protected:
    SalesAuthority &inner() const { return m_inner; }

private:
    SalesAuthority &m_inner;
};
