// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/seatselector.h"

#include <QTest>

class TestSeatSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bestAvailablePicksAdjacentCentreSeats()
    {
        // 10 rows of 12, aisle after seat 6.
        const RoomLayout layout = RoomLayout::grid(1, 10, 12, {6});
        const QList<int> best = SeatSelector::bestAvailable(layout, {}, 3);
        QCOMPARE(best.size(), 3);
        const Seat *first = layout.seat(best[0]);
        for (int i = 1; i < best.size(); ++i) {
            const Seat *s = layout.seat(best[i]);
            QCOMPARE(s->y, first->y);     // same row
            QCOMPARE(s->x, first->x + i); // side by side, no aisle between
        }
        // Near the sweet spot: row F or so, and touching the centre aisle.
        QVERIFY(qAbs(first->y - 5) <= 1);
        QVERIFY(first->x >= 3 && first->x <= 8);
    }

    void bestAvailableSkipsTakenSeatsAndAisles()
    {
        const RoomLayout layout = RoomLayout::grid(1, 1, 8, {4});
        QHash<int, SeatState> states;
        // Row A: 1 2 3 4 | 5 6 7 8 with 2 and 6 sold: only 3-4? no, 3,4 is a pair; 7,8 too.
        states.insert(layout.seats()[1].id, SeatState::Sold);
        states.insert(layout.seats()[5].id, SeatState::Sold);
        const QList<int> two = SeatSelector::bestAvailable(layout, states, 2);
        QCOMPARE(two.size(), 2);
        for (const int id : two)
            QVERIFY(!states.contains(id));
        // Three together is impossible: 1 | 3 4 | 5 | 7 8.
        QVERIFY(SeatSelector::bestAvailable(layout, states, 3).isEmpty());
    }

    void selectionStrandingASingleSeatIsFlagged()
    {
        const RoomLayout layout = RoomLayout::grid(1, 1, 6);
        const auto id = [&](int n) {
            return layout.seats()[n - 1].id;
        };
        QHash<int, SeatState> states{{id(1), SeatState::Sold}};
        // Taking 3 and 4 leaves 2 alone between the sold 1 and the selection.
        QCOMPARE(SeatSelector::strandedSeats(layout, states, {id(3), id(4)}), QList<int>{id(2)});
        // Taking 2 and 3 strands nobody.
        QVERIFY(SeatSelector::strandedSeats(layout, states, {id(2), id(3)}).isEmpty());
        // Taking 4 and 5 leaves 6 alone at the wall.
        QCOMPARE(SeatSelector::strandedSeats(layout, states, {id(4), id(5)}), QList<int>{id(6)});
        // A seat that was already alone is not the selection's fault.
        QHash<int, SeatState> already{{id(1), SeatState::Sold}, {id(3), SeatState::Sold}};
        QVERIFY(SeatSelector::strandedSeats(layout, already, {id(4), id(5)}).contains(id(6)));
        QVERIFY(!SeatSelector::strandedSeats(layout, already, {id(4), id(5)}).contains(id(2)));
    }
};

QTEST_APPLESS_MAIN(TestSeatSelector)
#include "tst_seatselector.moc"
