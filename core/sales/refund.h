// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the cashier asks for when a customer gives tickets back.
struct RefundRequest
{
    QString idempotencyKey; // made once when the cashier confirms; a retry reuses it
    int orderId = 0;
    QList<int> ticketIds; // tickets of that order
    QString reason;       // asked and kept
    int userId = 0;       // who gives the money back
    int authorizedBy = 0; // the manager whose PIN allowed what needs one; 0: nobody
    // An exchange: up to this much of the tickets' price pays for the new seats instead of
    // going back; the refund is of the rest.
    qint64 creditCents = 0;
};

// A refund as the store recorded it. The tickets were cancelled with it; the money goes back
// the way it came: cash at once from the drawer, card through the provider (Due until the
// provider confirms, asked again with the same key until it does).
struct Refund
{
    enum class Status { Due, Done };

    int id = 0;
    QString idempotencyKey;
    int orderId = 0;
    int screeningId = 0;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountCents = 0; // the money going back
    qint64 creditCents = 0; // an exchange: what of the tickets' price paid for the new seats
    Status status = Status::Due;
    QString paymentReference;  // the card charge the money goes back to
    QString providerReference; // the provider's id of the refund, once done
    QList<int> ticketIds;
    QString reason;
    int userId = 0;
    int authorizedBy = 0;
    QDateTime createdAt;

    // What the provider is asked with: derived from the refund, so a retry, a crash or a
    // second click can never give the money back twice.
    QString providerKey() const { return QStringLiteral("refund:") + idempotencyKey; }
    static QString statusCode(Status status)
    {
        return status == Status::Done ? QStringLiteral("done") : QStringLiteral("due");
    }
};
