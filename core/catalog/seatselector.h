// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/roomlayout.h"

#include <QHash>
#include <QList>

// Pure seat-choosing rules, shared by the counter and the kiosk.
class SeatSelector
{
public:
    // N seats side by side in one row (no aisle between them), nearest the room's sweet spot
    // (the centre, about 60% back from the screen), preferring choices that strand no single
    // seat. Seats in `mine` count as free (they are being replaced). Wheelchair spaces are
    // left for those who need them. Empty when nothing fits.
    static QList<int> bestAvailable(const RoomLayout &layout, const QHash<int, SeatState> &states,
                                    int count);
    // Free seats that the selection would leave alone between taken seats, aisles or walls,
    // and that were not alone before it.
    static QList<int> strandedSeats(const RoomLayout &layout, const QHash<int, SeatState> &states,
                                    const QList<int> &selection);
    // The companion seats next to a wheelchair space in its row.
    static QList<int> companionsOf(const RoomLayout &layout, int wheelchairSeatId);
};
