// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangequote.h"

ExchangeQuote ExchangeQuote::of(const SoldOrder &order, const QList<int> &ticketIds,
                                qint64 newCents)
{
    ExchangeQuote quote;
    quote.newCents = newCents;
    for (const int id : ticketIds)
        if (const SoldOrder::Ticket *ticket = order.ticket(id))
            quote.creditCents += ticket->priceCents;
    return quote;
}

QList<int> ExchangeQuote::typesOf(const SoldOrder &order, const QList<int> &ticketIds)
{
    QList<int> types;
    for (const int id : ticketIds)
        if (const SoldOrder::Ticket *ticket = order.ticket(id))
            types << ticket->typeId;
    return types;
}
