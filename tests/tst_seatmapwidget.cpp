// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/payments/simulatedcardterminal.h"
#include "core/sales/salesession.h"
#include "salehelpers.h"
#include "testdatabase.h"
#include "ui/counter/boxofficewindow.h"
#include "ui/widgets/seataccessible.h"
#include "ui/widgets/seatmapwidget.h"

#include <QAccessible>
#include <QLabel>
#include <QMouseEvent>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

class TestSeatMapWidget : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SimulatedCardTerminal> m_card;
    std::unique_ptr<BoxOfficeWindow> m_window;
    SeatMapWidget *map() const { return m_window->seatMap(); }
    SaleSession &sale() const { return m_window->sale(); }
    QPoint centreOf(int seatId) const
    {
        return map()
            ->mapGeometry()
            .seatRect(map()->roomLayout().indexOf(seatId))
            .center()
            .toPoint();
    }
    // The seat with this row label and number in the open room.
    int seat(const QString &row, int number) const
    {
        for (const Seat &s : map()->roomLayout().seats()) {
            if (s.row == row && s.number == number)
                return s.id;
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_card = std::make_unique<SimulatedCardTerminal>(0);
        m_window = std::make_unique<BoxOfficeWindow>(*m_db->database, *m_db->authority, *m_card,
                                                     m_db->identity);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openScreening(
            TestHelpers::freshScreening(*m_db->database, QStringLiteral("Sala 2")).id);
        QVERIFY(!map()->roomLayout().isEmpty());
    }
    void cleanup()
    {
        m_window.reset();
        m_card.reset();
        m_db.reset();
    }

    void clickSelectsAndClickAgainReleases()
    {
        const int f5 = seat(QStringLiteral("F"), 5);
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(f5));
        QCOMPARE(sale().selection(), QList<int>{f5});
        QCOMPARE(map()->stateOf(f5), SeatState::HeldByMe);
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(f5));
        QVERIFY(sale().selection().isEmpty());
        QCOMPARE(map()->stateOf(f5), SeatState::Free);
    }

    void dragAlongARowSelectsTheRun()
    {
        // Row E of Sala 2 has no blocked seat between 6 and 10.
        const int from = seat(QStringLiteral("E"), 6), to = seat(QStringLiteral("E"), 10);
        QTest::mousePress(map(), Qt::LeftButton, {}, centreOf(from));
        for (int n = 7; n <= 10; ++n) {
            QMouseEvent move(QEvent::MouseMove, centreOf(seat(QStringLiteral("E"), n)),
                             map()->mapToGlobal(centreOf(seat(QStringLiteral("E"), n))),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(map(), &move);
        }
        QTest::mouseRelease(map(), Qt::LeftButton, {}, centreOf(to));
        QList<int> expected;
        for (int n = 6; n <= 10; ++n)
            expected << seat(QStringLiteral("E"), n);
        QCOMPARE(sale().selection(), expected);
    }

    void keyboardMovesFocusAndSpaceToggles()
    {
        map()->setFocus();
        map()->setFocusedSeat(seat(QStringLiteral("E"), 8));
        QTest::keyClick(map(), Qt::Key_Right);
        QCOMPARE(map()->focusedSeatId(), seat(QStringLiteral("E"), 9));
        QTest::keyClick(map(), Qt::Key_Down);
        QCOMPARE(map()->focusedSeatId(), seat(QStringLiteral("F"), 9));
        QTest::keyClick(map(), Qt::Key_Space);
        QCOMPARE(sale().selection(), QList<int>{seat(QStringLiteral("F"), 9)});
        QTest::keyClick(map(), Qt::Key_Left);
        QTest::keyClick(map(), Qt::Key_Space);
        QCOMPARE(sale().selection().size(), 2);
        QTest::keyClick(map(), Qt::Key_Space);
        QCOMPARE(sale().selection(), QList<int>{seat(QStringLiteral("F"), 9)});
    }

    void soldAndBlockedSeatsCannotBePicked()
    {
        // Sell C3 through another sale first.
        const int c3 = seat(QStringLiteral("C"), 3);
        SaleSession other(*m_db->database, *m_db->authority, *m_card);
        QVERIFY(other.openScreening(sale().screening()->id));
        QVERIFY(other.toggleSeat(c3));
        other.payCash(100000);
        sale().refreshSeatStates();
        QCOMPARE(map()->stateOf(c3), SeatState::Sold);
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(c3));
        QVERIFY(sale().selection().isEmpty());
        map()->setFocus();
        map()->setFocusedSeat(c3);
        QTest::keyClick(map(), Qt::Key_Space);
        QVERIFY(sale().selection().isEmpty());
        // The blocked seat in row D is not pickable either.
        int blocked = 0;
        for (const Seat &s : map()->roomLayout().seats()) {
            if (s.kind == SeatKind::Blocked)
                blocked = s.id;
        }
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(blocked));
        QVERIFY(sale().selection().isEmpty());
    }

    void bestAvailableButtonPicksAdjacentSeats()
    {
        m_window->bestCount()->setValue(4);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        const QList<int> picked = sale().selection();
        QCOMPARE(picked.size(), 4);
        const Seat *first = map()->roomLayout().seat(picked.first());
        for (int i = 1; i < picked.size(); ++i) {
            const Seat *s = map()->roomLayout().seat(picked[i]);
            QCOMPARE(s->y, first->y);
            QCOMPARE(s->x, first->x + i);
        }
    }

    void strandingASeatIsFlagged()
    {
        // Take F6 and F7: F5 stays alone against the aisle.
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(seat(QStringLiteral("F"), 6)));
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(seat(QStringLiteral("F"), 7)));
        QCOMPARE(sale().strandedSeats(), QList<int>{seat(QStringLiteral("F"), 5)});
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("F5")));
        // Moving the selection next to the aisle clears the warning.
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(seat(QStringLiteral("F"), 5)));
        QVERIFY(sale().strandedSeats().isEmpty());
        QVERIFY(!m_window->messageBar()->isVisible());
    }

    void seatsAreAccessibleChildren()
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(map());
        QVERIFY(iface);
        QCOMPARE(iface->childCount(), int(map()->roomLayout().seats().size()));
        const int f5 = seat(QStringLiteral("F"), 5);
        QAccessibleInterface *child = iface->child(map()->roomLayout().indexOf(f5));
        QVERIFY(child);
        QVERIFY(child->text(QAccessible::Name).startsWith(QStringLiteral("Row F, seat 5")));
        QVERIFY(child->text(QAccessible::Name).contains(QStringLiteral("free")));
        QVERIFY(!child->state().checked);
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(f5));
        QVERIFY(child->state().checked);
        QVERIFY(child->text(QAccessible::Name).contains(QStringLiteral("selected")));
    }

    // A finger, not a mouse: a tap takes a seat and a second tap gives it back; spreading two
    // fingers zooms in about them, and the seat under a finger after the zoom is still the one
    // a tap takes.
    void touchTapsTakeSeatsAndPinchZooms()
    {
        QPointingDevice *screen = QTest::createTouchDevice();
        const int seatId = seat(QStringLiteral("E"), 5);
        QTest::touchEvent(map(), screen).press(0, centreOf(seatId));
        QTest::touchEvent(map(), screen).release(0, centreOf(seatId));
        QTRY_COMPARE(sale().selection(), QList<int>{seatId});

        const QPoint middle = centreOf(seatId);
        const double before = map()->zoom();
        QTest::touchEvent(map(), screen)
            .press(0, middle - QPoint(20, 0))
            .press(1, middle + QPoint(20, 0));
        for (int step = 1; step <= 5; ++step)
            QTest::touchEvent(map(), screen)
                .move(0, middle - QPoint(20 + step * 20, 0))
                .move(1, middle + QPoint(20 + step * 20, 0));
        QTest::touchEvent(map(), screen)
            .release(0, middle - QPoint(120, 0))
            .release(1, middle + QPoint(120, 0));
        QVERIFY2(map()->zoom() > before * 2.5, qPrintable(QString::number(map()->zoom())));
        // The pinch itself took no seat.
        QCOMPARE(sale().selection(), QList<int>{seatId});

        QTest::touchEvent(map(), screen).press(0, centreOf(seatId));
        QTest::touchEvent(map(), screen).release(0, centreOf(seatId));
        QTRY_VERIFY(sale().selection().isEmpty());

        // Lifting one of two fingers and moving the other a little moves the map a little:
        // it does not jump by the distance between the fingers.
        const QPoint a = middle - QPoint(60, 0), b = middle + QPoint(60, 0);
        QTest::touchEvent(map(), screen).press(0, a).press(1, b);
        QTest::touchEvent(map(), screen).move(0, a).move(1, b + QPoint(10, 0));
        QTest::touchEvent(map(), screen).stationary(0).release(1, b + QPoint(10, 0));
        const QPointF panBefore = map()->mapGeometry().pan();
        QTest::touchEvent(map(), screen).move(0, a + QPoint(3, 0));
        const QPointF moved = map()->mapGeometry().pan() - panBefore;
        QVERIFY2(qAbs(moved.x()) <= 4 && qAbs(moved.y()) <= 4,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
        QTest::touchEvent(map(), screen).release(0, a + QPoint(3, 0));
        QVERIFY(sale().selection().isEmpty());
    }
    void zoomKeepsClicksOnTheRightSeat()
    {
        map()->setZoom(3.0);
        const int e7 = seat(QStringLiteral("E"), 7);
        map()->setFocusedSeat(e7); // scrolls it into view
        QVERIFY(map()->rect().contains(centreOf(e7)));
        QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(e7));
        QCOMPARE(sale().selection(), QList<int>{e7});
    }
};

QTEST_MAIN(TestSeatMapWidget)
#include "tst_seatmapwidget.moc"
