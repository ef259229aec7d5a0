// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

enum class SeatKind { Standard, Wheelchair, Companion, Premium, Blocked };

// Who has a seat of one screening, as one terminal sees it.
enum class SeatState {
    Free,
    HeldByOther, // another sale holds it; it may come free
    HeldByMe,    // this sale's hold: what the cashier selected
    Sold,
};

// A place in a room. (x, y) is its cell on the room's grid: absent columns are aisles and
// absent cells are gaps, so the map draws the room as it is.
struct Seat
{
    int id = 0;
    QString row;
    int number = 0;
    int x = 0;
    int y = 0;
    SeatKind kind = SeatKind::Standard;

    bool isSellable() const { return kind != SeatKind::Blocked; }
    // "F12": what is printed on a ticket.
    QString label() const { return row + QString::number(number); }

    static QString kindCode(SeatKind kind);
    static SeatKind kindFromCode(const QString &code);
    // The translated name of a kind ("wheelchair space").
    static QString kindName(SeatKind kind);
};
