// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salesauthority.h"

#include <QJsonObject>

class Database;

// Writes the step that takes money (completing a payment) to the local outbox before sending
// it to the server, and marks it done when the server has answered for good. If the terminal
// dies between the customer paying and the server recording it, or the server stops answering
// then, the outbox still has the step, and it is sent again (same payment key, so recorded
// once) when the link is back: a paid sale is never lost. Every other step passes through.
class JournaledSalesAuthority final : public SalesAuthority
{
public:
    JournaledSalesAuthority(SalesAuthority &server, const Database &local);

    SaleResult<HoldGrant> hold(int screeningId, const QList<int> &seatIds,
                               const QString &holdToken) override
    {
        return m_server.hold(screeningId, seatIds, holdToken);
    }
    SaleResult<bool> release(const QString &holdToken, const QList<int> &seatIds) override
    {
        return m_server.release(holdToken, seatIds);
    }
    SaleResult<Order> placeOrder(const OrderRequest &request) override
    {
        return m_server.placeOrder(request);
    }
    SaleResult<bool> beginCardPayment(int orderId, const QString &paymentKey) override
    {
        return m_server.beginCardPayment(orderId, paymentKey);
    }
    SaleResult<bool> recordDecline(const QString &paymentKey, const QString &declineCode) override
    {
        return m_server.recordDecline(paymentKey, declineCode);
    }
    SaleResult<SaleReceipt> completePayment(const PaymentCompletion &completion) override;
    SaleResult<bool> recordRefund(const QString &paymentKey,
                                  const QString &providerReference) override
    {
        return m_server.recordRefund(paymentKey, providerReference);
    }
    SaleResult<bool> cancelOrder(int orderId, bool releaseSeats = true) override
    {
        return m_server.cancelOrder(orderId, releaseSeats);
    }
    QDateTime now() const override { return m_server.now(); }

    static QJsonObject completionPayload(const PaymentCompletion &completion);
    static PaymentCompletion completionFrom(const QJsonObject &payload);

private:
    SalesAuthority &m_server;
    const Database &m_local;
};
