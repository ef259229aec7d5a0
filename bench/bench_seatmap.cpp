// SPDX-License-Identifier: GPL-3.0-or-later
// Seat map: full repaint and hit testing at a cinema (500 seats) and a stadium (30,000).
//   QT_QPA_PLATFORM=offscreen build/bench/bench_seatmap -median 15
#include "latency.h"
#include "ui/widgets/seatmapwidget.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

namespace {
// A stadium: 150 rows of 200 with aisles every 25 seats; a fifth of it sold, some held.
RoomLayout layoutOf(int rows, int perRow)
{
    QList<int> aisles;
    for (int n = 25; n < perRow; n += 25)
        aisles << n;
    return RoomLayout::grid(1, rows, perRow, aisles);
}

QHash<int, SeatState> someStates(const RoomLayout &layout)
{
    QRandomGenerator random(7);
    QHash<int, SeatState> states;
    for (const Seat &s : layout.seats()) {
        const int r = random.bounded(100);
        if (r < 20)
            states.insert(s.id, SeatState::Sold);
        else if (r < 23)
            states.insert(s.id, SeatState::HeldByOther);
        else if (r < 24)
            states.insert(s.id, SeatState::HeldByMe);
    }
    return states;
}
} // namespace

class BenchSeatMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullRepaint_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("perRow");
        QTest::addColumn<double>("zoom");
        QTest::newRow("500 seats") << 20 << 25 << 1.0;
        QTest::newRow("30000 seats") << 150 << 200 << 1.0;
        QTest::newRow("30000 seats zoomed x4") << 150 << 200 << 4.0;
    }
    void fullRepaint()
    {
        QFETCH(int, rows);
        QFETCH(int, perRow);
        QFETCH(double, zoom);
        SeatMapWidget map;
        map.resize(1280, 800);
        map.setRoomLayout(layoutOf(rows, perRow));
        map.setStates(someStates(map.roomLayout()));
        map.setZoom(zoom);
        QImage target(map.size(), QImage::Format_ARGB32_Premultiplied);
        map.render(&target); // warm the sprite cache, as the first paint on screen does
        const QString name = QStringLiteral("seat map repaint, %1").arg(QTest::currentDataTag());
        const auto fast = reportLatency(name, 200, [&] { map.render(&target); });
        // Baseline, same run: every seat as an antialiased path with its number, no sprites.
        const SeatMapGeometry &g = map.mapGeometry();
        const auto naive =
            reportLatency(name + QStringLiteral(" (naive QPainter baseline)"),
                          rows * perRow > 1000 ? 10 : 100, [&] {
                              QPainter p(&target);
                              p.setRenderHint(QPainter::Antialiasing);
                              p.fillRect(target.rect(), Qt::white);
                              for (int i = 0; i < map.roomLayout().seats().size(); ++i) {
                                  const QRectF r = g.seatRect(i);
                                  p.setPen(QPen(Qt::darkGreen, 1));
                                  p.setBrush(QColor(0xd7, 0xf0, 0xd8));
                                  p.drawRoundedRect(r, r.width() * 0.2, r.width() * 0.2);
                                  p.drawText(r, Qt::AlignCenter,
                                             QString::number(map.roomLayout().seats()[i].number));
                              }
                          });
        if (fast.first > 0)
            std::printf("RATIO   %-46s naive/sprites median %.1fx\n", qPrintable(name),
                        naive.first / fast.first);
        QBENCHMARK
        {
            map.render(&target);
        }
    }

    void hitTest_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("perRow");
        QTest::newRow("500 seats") << 20 << 25;
        QTest::newRow("30000 seats") << 150 << 200;
    }
    void hitTest()
    {
        QFETCH(int, rows);
        QFETCH(int, perRow);
        const RoomLayout layout = layoutOf(rows, perRow);
        const SeatMapGeometry geometry(&layout, QSizeF(1280, 800));
        QRandomGenerator random(3);
        QList<QPointF> points;
        for (int i = 0; i < 1000; ++i)
            points << QPointF(random.bounded(1280.0), random.bounded(800.0));
        int found = 0;
        reportLatency(QStringLiteral("hit test x1000, %1").arg(QTest::currentDataTag()), 200, [&] {
            for (const QPointF &p : std::as_const(points))
                found += geometry.seatAt(p) >= 0;
        });
        // 1,000 lookups per iteration: divide the time by 1,000 for one.
        QBENCHMARK
        {
            for (const QPointF &p : std::as_const(points))
                found += geometry.seatAt(p) >= 0;
        }
        QVERIFY(found > 0);
    }
};

QTEST_MAIN(BenchSeatMap)
#include "bench_seatmap.moc"
