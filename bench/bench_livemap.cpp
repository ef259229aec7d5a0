// SPDX-License-Identifier: GPL-3.0-or-later
// Live seat maps: terminal A commits a hold or a release on the server; how long until
// terminal B's seat map, on its own local copy, has repainted the seat? Baseline in the same
// run: a bare NOTIFY from one connection to another listening one.
//   bench/live-latency.sh            (starts a throwaway server, runs this, stops it)
#include "core/catalog/catalogrepository.h"
#include "core/demo/demodata.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"
#include "core/sync/serverlink.h"
#include "latency.h"
#include "ui/widgets/seatmapwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
// Spins the event loop until done() or the timeout; returns the elapsed ms, or -1.
template<typename Done> double waitUntil(Done done, int timeoutMs = 2000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return t.nsecsElapsed() / 1e6;
}

void report(const char *name, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return;
    std::printf("LATENCY %-46s median %9.3f ms   p99 %9.3f ms   (%lld samples)\n", name,
                ms.at(ms.size() / 2),
                ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99))),
                qlonglong(ms.size()));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString uri = qEnvironmentVariable("MARQUEE_BENCH_PG_URI");
    if (uri.isEmpty()) {
        std::fprintf(stderr, "set MARQUEE_BENCH_PG_URI (bench/live-latency.sh does)\n");
        return 2;
    }
    const int samples = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 300;
    auto admin = Database::server(uri);
    if (admin->open() || DemoData::populate(*admin, QDate::currentDate()))
        return 1;

    // Baseline: a bare NOTIFY round trip between two connections of this process.
    {
        auto listener = Database::server(uri);
        auto sender = Database::server(uri);
        if (listener->open() || sender->open())
            return 1;
        QSqlDriver *driver = listener->connection().driver();
        driver->subscribeToNotification(QStringLiteral("bench_ping"));
        int received = 0;
        QObject::connect(driver, &QSqlDriver::notification, &app,
                         [&](const QString &) { ++received; });
        QList<double> ms;
        QSqlQuery q(sender->connection());
        for (int i = 0; i < samples; ++i) {
            const int before = received;
            QElapsedTimer t;
            t.start();
            q.exec(QStringLiteral("NOTIFY bench_ping"));
            if (waitUntil([&] { return received > before; }) < 0)
                return 1;
            ms << t.nsecsElapsed() / 1e6;
        }
        report("baseline: bare NOTIFY round trip", ms);
    }

    // Terminal A: sells. Terminal B: local copy, server link, and a seat map on screen.
    QTemporaryDir dirA, dirB;
    Database localA(dirA.filePath(QStringLiteral("a.sqlite"))),
        localB(dirB.filePath(QStringLiteral("b.sqlite")));
    auto serverA = Database::server(uri);
    auto serverB = Database::server(uri);
    if (localA.open() || localB.open() || serverA->open() || serverB->open())
        return 1;
    auto idA = TerminalIdentity::loadOrCreate(localA, QStringLiteral("A"));
    auto idB = TerminalIdentity::loadOrCreate(localB, QStringLiteral("B"));
    if (idA->registerOn(*serverA, localA) || idB->registerOn(*serverB, localB))
        return 1;
    SqlSalesAuthority authorityA(*serverA, localA, *idA);
    ServerLink link(uri, localB, *idB);
    link.start();
    if (waitUntil([&] { return link.state() == ServerLink::State::Online; }, 15000) < 0)
        return 1;
    CatalogRepository catalogB(localB);
    QSqlQuery pick(admin->connection());
    pick.exec(
        QStringLiteral("SELECT id, room_id FROM screenings WHERE sold_count = 0 AND starts_at > "
                       "marquee_now_ms() ORDER BY id LIMIT 1"));
    pick.next();
    const int screening = pick.value(0).toInt();
    SeatMapWidget map;
    map.resize(1280, 800);
    map.setRoomLayout(catalogB.roomLayout(pick.value(1).toInt()));
    map.show();
    QObject::connect(&link, &ServerLink::seatsChanged, &map, [&](int id) {
        if (id != screening)
            return;
        map.setStates(catalogB.seatStates(screening, QString()));
        map.repaint(); // what the cashier sees, painted now
    });
    QList<double> holdMs, releaseMs;
    QList<int> seats;
    for (const Seat &s : map.roomLayout().seats()) {
        if (s.isSellable())
            seats << s.id;
    }
    for (int i = 0; i < samples; ++i) {
        const int seat = seats[i % seats.size()];
        const QString token = QStringLiteral("bench-%1").arg(i);
        if (const auto held = authorityA.hold(screening, {seat}, token); !held) {
            std::fprintf(stderr, "hold failed: %s\n", qPrintable(held.error().message()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (waitUntil([&] { return map.stateOf(seat) == SeatState::HeldByOther; }) < 0)
            return 1;
        holdMs << t.nsecsElapsed() / 1e6;
        authorityA.release(token, {});
        t.start();
        if (waitUntil([&] { return map.stateOf(seat) == SeatState::Free; }) < 0)
            return 1;
        releaseMs << t.nsecsElapsed() / 1e6;
    }
    report("A commits a hold -> B's map repainted", holdMs);
    report("A commits a release -> B's map repainted", releaseMs);
    return 0;
}
