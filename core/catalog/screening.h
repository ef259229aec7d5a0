// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A film in a room at a time, with what a search result shows about it.
struct Screening
{
    int id = 0;
    int filmId = 0;
    QString filmTitle;
    int durationMinutes = 0;
    QString rating;
    int roomId = 0;
    QString roomName;
    qint64 startsAtMs = 0; // ms since the epoch: converted to local time only when shown

    QDateTime startsAt() const { return QDateTime::fromMSecsSinceEpoch(startsAtMs); }
    void setStartsAt(const QDateTime &when) { startsAtMs = when.toMSecsSinceEpoch(); }
    qint64 priceCents = 0;
    int seatCount = 0; // sellable seats
    int soldCount = 0;
    int heldCount = 0;
    int meiaCapPercent = 40;

    int seatsLeft() const { return std::max(0, seatCount - soldCount - heldCount); }
    // How many meia-entrada tickets the screening may sell in all.
    int meiaCap() const { return seatCount * meiaCapPercent / 100; }
};
