// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatselector.h"

#include <QSet>

#include <functional>

#include <cmath>
#include <limits>

namespace {
bool takenBySomeoneElse(const QHash<int, SeatState> &states, int seatId)
{
    const SeatState s = states.value(seatId, SeatState::Free);
    return s == SeatState::Sold || s == SeatState::HeldByOther;
}

// Seats of each grid row split into runs of neighbours (x next to x + 1).
QList<QList<const Seat *>> runsOf(const RoomLayout &layout)
{
    QList<QList<const Seat *>> runs;
    QList<const Seat *> run;
    const Seat *previous = nullptr;
    for (const Seat &s : layout.seats()) { // ordered by y, then x
        if (previous && (s.y != previous->y || s.x != previous->x + 1)) {
            runs.append(run);
            run.clear();
        }
        run.append(&s);
        previous = &s;
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

// Within one run, whether index i is free and boxed in on both sides.
bool isolatedAt(const QList<const Seat *> &run, int i,
                const std::function<bool(const Seat *)> &occupied)
{
    if (occupied(run[i]))
        return false;
    const bool leftClosed = i == 0 || occupied(run[i - 1]);
    const bool rightClosed = i == run.size() - 1 || occupied(run[i + 1]);
    return leftClosed && rightClosed && run.size() > 1;
}
} // namespace

QList<int> SeatSelector::bestAvailable(const RoomLayout &layout,
                                       const QHash<int, SeatState> &states, int count)
{
    if (count <= 0 || layout.isEmpty())
        return {};
    const double centreX = (layout.columns() - 1) / 2.0;
    const double idealY = (layout.rows() - 1) * 0.6;
    double bestScore = std::numeric_limits<double>::max();
    QList<int> best;
    const auto freeForUs = [&](const Seat *s) {
        return s->isSellable() && s->kind != SeatKind::Wheelchair &&
               s->kind != SeatKind::Companion && !takenBySomeoneElse(states, s->id);
    };
    for (const auto &run : runsOf(layout)) {
        for (int start = 0; start + count <= run.size(); ++start) {
            bool ok = true;
            for (int i = start; i < start + count && ok; ++i)
                ok = freeForUs(run[i]);
            if (!ok)
                continue;
            const double cx = (run[start]->x + run[start + count - 1]->x) / 2.0;
            double score = std::abs(cx - centreX) + 1.5 * std::abs(run[start]->y - idealY);
            // A window that leaves one free seat alone next to it is worse.
            const auto occupiedAfter = [&](const Seat *s) {
                const int i = int(run.indexOf(s));
                return !s->isSellable() || takenBySomeoneElse(states, s->id) ||
                       (i >= start && i < start + count);
            };
            if ((start >= 1 && isolatedAt(run, start - 1, occupiedAfter)) ||
                (start + count < run.size() && isolatedAt(run, start + count, occupiedAfter)))
                score += 4.0;
            if (score < bestScore) {
                bestScore = score;
                best.clear();
                for (int i = start; i < start + count; ++i)
                    best << run[i]->id;
            }
        }
    }
    return best;
}

QList<int> SeatSelector::strandedSeats(const RoomLayout &layout,
                                       const QHash<int, SeatState> &states,
                                       const QList<int> &selection)
{
    const QSet<int> selected(selection.cbegin(), selection.cend());
    const auto occupiedBefore = [&](const Seat *s) {
        return !s->isSellable() || takenBySomeoneElse(states, s->id);
    };
    const auto occupiedAfter = [&](const Seat *s) {
        return occupiedBefore(s) || selected.contains(s->id);
    };
    QList<int> stranded;
    for (const auto &run : runsOf(layout)) {
        for (int i = 0; i < run.size(); ++i) {
            if (isolatedAt(run, i, occupiedAfter) && !isolatedAt(run, i, occupiedBefore))
                stranded << run[i]->id;
        }
    }
    return stranded;
}

QList<int> SeatSelector::companionsOf(const RoomLayout &layout, int wheelchairSeatId)
{
    QList<int> companions;
    const Seat *w = layout.seat(wheelchairSeatId);
    if (!w)
        return companions;
    for (const int dx : {-1, 1}) {
        const int i = layout.indexAt(w->x + dx, w->y);
        if (i >= 0 && layout.seats().at(i).kind == SeatKind::Companion)
            companions << layout.seats().at(i).id;
    }
    return companions;
}
