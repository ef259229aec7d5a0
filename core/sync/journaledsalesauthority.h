// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/forwardingsalesauthority.h"

#include <QJsonObject>
#include <optional>

class Database;
class SaleError;

// Writes the steps about money (completing a payment, recording a refund owed) to the local
// outbox before sending them to the server, and marks them done when the server has answered
// for good. If the terminal
// dies between the customer paying and the server recording it, or the server stops answering
// then, the outbox still has the step, and it is sent again (same payment key, so recorded
// once) when the link is back: a paid sale is never lost. Every other step passes through.
class JournaledSalesAuthority final : public ForwardingSalesAuthority
{
public:
    JournaledSalesAuthority(SalesAuthority &server, const Database &local);

    // Journaled as well: seats a customer gave back go back to sale even if the line drops.
    SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) override;
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) override;
    SaleResult<bool> recordRefund(const QString &paymentKey,
                                  const QString &providerReference) override;
    // A cancel the server did not answer is journaled and sent when it is back, so the seats
    // of a sale given up during an outage return in seconds, not at the end of the hold.
    SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) override;

    static QJsonObject completionPayload(const PaymentCompletion &completion);
    static PaymentCompletion completionFrom(const QJsonObject &payload);

private:
    // The outbox entry for a step (the existing one on a retry); nothing when it cannot be
    // written.
    std::optional<qint64> journal(const QString &kind, const QString &key,
                                  const QJsonObject &payload);
    void settle(qint64 entryId, const SaleError *error);

    const Database &m_local;
};
