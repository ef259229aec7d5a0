// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/aftersale/salelookup.h"

#include <QList>

// What an exchange would come to, for the screen while the cashier picks the new seats: the
// old tickets' value against the new seats' price. The store computes it again when it makes
// the exchange, and its figures are the ones recorded.
struct ExchangeQuote
{
    qint64 creditCents = 0; // the old tickets' price
    qint64 newCents = 0;    // the new seats' price

    qint64 dueCents() const { return newCents > creditCents ? newCents - creditCents : 0; }
    qint64 backCents() const { return creditCents > newCents ? creditCents - newCents : 0; }

    static ExchangeQuote of(const SoldOrder &order, const QList<int> &ticketIds, qint64 newCents);
    // The ticket type each new seat takes, in the order the seats are picked: the old
    // tickets' own, so a meia-entrada stays one.
    static QList<int> typesOf(const SoldOrder &order, const QList<int> &ticketIds);
};
