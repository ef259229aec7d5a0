// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/forwardingsalesauthority.h"
#include "core/sales/saleerror.h"

// The store as seen over a network that loses one reply: the first completion commits, but
// the terminal hears only an error.
class LostReplyAuthority final : public ForwardingSalesAuthority
{
public:
    explicit LostReplyAuthority(SalesAuthority &real) : ForwardingSalesAuthority(real) {}
    int lostReplies = 1;
    // What the terminal hears instead of the answer.
    SaleError lostReplyError =
        SaleError::storage(QStringLiteral("server closed the connection unexpectedly"));

    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &c) override
    {
        auto result = inner().completePayment(c);
        if (lostReplies > 0) {
            --lostReplies;
            return lostReplyError;
        }
        return result;
    }
    SaleResult<bool> recordRefund(const QString &k, const QString &r) override
    {
        ++refundsRecorded;
        return inner().recordRefund(k, r);
    }
    int refundsRecorded = 0;
};
