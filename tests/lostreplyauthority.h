// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/saleerror.h"
#include "core/sales/salesauthority.h"

// The store as seen over a network that loses one reply: the first completion commits, but
// the terminal hears only an error.
class LostReplyAuthority final : public SalesAuthority
{
public:
    explicit LostReplyAuthority(SalesAuthority &real) : m_real(real) {}
    int lostReplies = 1;
    // What the terminal hears instead of the answer.
    SaleError lostReplyError =
        SaleError::storage(QStringLiteral("server closed the connection unexpectedly"));

    SaleResult<HoldGrant> hold(int s, const QList<int> &seats, const QString &t) override
    {
        return m_real.hold(s, seats, t);
    }
    SaleResult<bool> release(const QString &t, const QList<int> &seats) override
    {
        return m_real.release(t, seats);
    }
    SaleResult<Order> placeOrder(const OrderRequest &r) override { return m_real.placeOrder(r); }
    SaleResult<bool> beginCardPayment(int o, const QString &k) override
    {
        return m_real.beginCardPayment(o, k);
    }
    SaleResult<bool> recordDecline(const QString &k, const QString &c) override
    {
        return m_real.recordDecline(k, c);
    }
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &c) override
    {
        auto result = m_real.completePayment(c);
        if (lostReplies > 0) {
            --lostReplies;
            return lostReplyError;
        }
        return result;
    }
    SaleResult<bool> recordRefund(const QString &k, const QString &r) override
    {
        ++refundsRecorded;
        return m_real.recordRefund(k, r);
    }
    SaleResult<bool> cancelOrder(int o, bool r) override { return m_real.cancelOrder(o, r); }
    QDateTime now() const override { return m_real.now(); }
    int refundsRecorded = 0;

private:
    SalesAuthority &m_real;
};
