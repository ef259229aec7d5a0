// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"
#include "core/sales/refund.h"

#include <QList>
#include <QString>

// What the cashier asks for when a customer changes tickets for other seats, of the same
// screening or another: the new seats are held and ordered first (an unpaid order of their
// own), then this one step gives the old tickets back and pays the new order with their value.
struct ExchangeRequest
{
    QString idempotencyKey; // made once when the cashier confirms; a retry reuses it
    int oldOrderId = 0;
    QList<int> ticketIds;     // tickets of the old order given back
    QString reason;           // asked and kept
    int userId = 0;           // who exchanges them
    int authorizedBy = 0;     // the manager whose PIN allowed what needs one; 0: nobody
    int newOrderId = 0;       // the unpaid order of the new seats
    qint64 tenderedCents = 0; // cash for what the new seats cost beyond the old tickets
};

// An exchange as the store recorded it, in one transaction: the old tickets cancelled with a
// refund of what they cost beyond the new seats (refund.amountCents, 0 when they cost as much
// or less; it goes back the way the old sale was paid), the new order paid with their value
// and cash for the rest, its tickets issued.
struct Exchange
{
    QString idempotencyKey;
    Refund refund;
    SaleReceipt receipt;
    qint64 creditCents = 0; // of the old tickets' price, what paid for the new seats
    qint64 cashCents = 0;   // what the customer paid on top, in cash
    qint64 changeCents = 0;

    static QString refundKey(const QString &exchangeKey)
    {
        return QStringLiteral("exchange:") + exchangeKey;
    }
};
