// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Amounts are whole centavos in a qint64 everywhere; this only formats and parses them.
class Money
{
public:
    static QString format(qint64 cents, const QLocale &locale = QLocale());
    // Parses "12,50", "12.50", "R$ 12,50" or "12" in the given locale; nullopt-like -1 on error.
    static qint64 parse(const QString &text, const QLocale &locale = QLocale());
    // The price of a seat: the screening's price plus the zone's surcharge, at the ticket
    // type's percentage, rounded half up to the centavo.
    static qint64 ticketPrice(qint64 basePriceCents, qint64 surchargeCents, int percent);
};
