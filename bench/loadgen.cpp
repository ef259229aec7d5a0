// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-loadgen: N simulated terminals run the real core sale path against a server for T
// seconds — find a screening, read its seats, hold the best free ones, order, pay, get tickets —
// and report sales/s, tickets/s, latency percentiles, conflicts and the oversell count.
//
//   marquee-loadgen --uri postgresql://… --clients 8 --seconds 10 [--setup]
#include "catalogrepository.h"
#include "database.h"
#include "demodata.h"
#include "seatselector.h"
#include "sqlsalesauthority.h"
#include "terminalidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstdio>

namespace {
struct Totals
{
    QMutex mutex;
    QList<double> saleMs;
    qint64 tickets = 0;
    qint64 conflicts = 0;
    qint64 otherFailures = 0;
    QStringList failureSamples;
};

void terminalLoop(const QString &uri, int index, qint64 deadlineMs, const QList<int> &screenings,
                  Totals &totals)
{
    QTemporaryDir dir;
    Database local(dir.filePath(QStringLiteral("local.sqlite")));
    auto server = Database::server(uri);
    if (local.open() || server->open()) {
        QMutexLocker lock(&totals.mutex);
        totals.failureSamples << QStringLiteral("terminal %1 could not start").arg(index);
        return;
    }
    auto identity = TerminalIdentity::loadOrCreate(local, QStringLiteral("loadgen %1").arg(index));
    if (!identity || identity->registerOn(*server, local)) {
        QMutexLocker lock(&totals.mutex);
        totals.failureSamples << QStringLiteral("terminal %1 could not register").arg(index);
        return;
    }
    SqlSalesAuthority authority(*server, local, *identity);
    CatalogRepository catalog(*server);
    QRandomGenerator random(quint32(index) * 7919u + 1);
    QList<double> ms;
    qint64 tickets = 0, conflicts = 0, other = 0;
    QStringList samples;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < deadlineMs) {
        QElapsedTimer sale;
        sale.start();
        // A customer asks for a screening and a party of 1 to 4.
        const int screeningId = screenings[random.bounded(int(screenings.size()))];
        const int party = 1 + random.bounded(4);
        const auto screening = catalog.screening(screeningId);
        if (!screening)
            continue;
        const RoomLayout layout = catalog.roomLayout(screening->roomId);
        const QString token = QUuid::createUuid().toString(QUuid::Id128);
        const QList<int> seats =
            SeatSelector::bestAvailable(layout, catalog.seatStates(screeningId, token), party);
        if (seats.isEmpty())
            continue; // sold out for this party: the customer picks another screening
        const auto held = authority.hold(screeningId, seats, token);
        if (!held) {
            held.error().code() == SaleError::SeatTaken ? ++conflicts : ++other;
            if (held.error().code() != SaleError::SeatTaken && samples.size() < 3)
                samples << held.error().message();
            continue;
        }
        OrderRequest request{
            QUuid::createUuid().toString(QUuid::Id128), screeningId, token, {}, {}, {}};
        for (const int id : seats)
            request.lines.append({id, 1, 0});
        const auto order = authority.placeOrder(request);
        if (!order) {
            if (order.error().code() == SaleError::SeatTaken) {
                ++conflicts;
            } else {
                ++other;
                if (samples.size() < 3)
                    samples << order.error().message();
            }
            authority.release(token, {});
            continue;
        }
        const auto receipt = authority.completePayment({order->id,
                                                        QUuid::createUuid().toString(QUuid::Id128),
                                                        PaymentMethod::Cash,
                                                        order->totalCents,
                                                        {}});
        if (!receipt) {
            if (receipt.error().code() == SaleError::SeatTaken) {
                ++conflicts;
            } else {
                ++other;
                if (samples.size() < 3)
                    samples << receipt.error().message();
            }
            authority.cancelOrder(order->id);
            continue;
        }
        tickets += receipt->tickets.size();
        ms << sale.nsecsElapsed() / 1e6;
    }
    QMutexLocker lock(&totals.mutex);
    totals.saleMs << ms;
    totals.tickets += tickets;
    totals.conflicts += conflicts;
    totals.otherFailures += other;
    totals.failureSamples << samples;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee load generator"));
    parser.addHelpOption();
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("Server (libpq URI)."),
                                       QStringLiteral("URI"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Terminals."),
                                           QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                           QStringLiteral("T"), QStringLiteral("10"));
    const QCommandLineOption setupOption(
        QStringLiteral("setup"),
        QStringLiteral("Load the demo cinema first (replaces all sales)."));
    parser.addOptions({uriOption, clientsOption, secondsOption, setupOption});
    parser.process(app);
    const QString uri = parser.value(uriOption);
    const int clients = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    if (uri.isEmpty() || clients < 1 || seconds < 1) {
        std::fprintf(stderr,
                     "usage: marquee-loadgen --uri URI [--clients N] [--seconds T] [--setup]\n");
        return 2;
    }
    auto admin = Database::server(uri);
    if (const auto e = admin->open()) {
        std::fprintf(stderr, "marquee-loadgen: %s\n", qPrintable(*e));
        return 1;
    }
    if (parser.isSet(setupOption)) {
        if (const auto e = DemoData::populate(*admin, QDate::currentDate())) {
            std::fprintf(stderr, "marquee-loadgen: %s\n", qPrintable(*e));
            return 1;
        }
    }
    QList<int> screenings;
    {
        QSqlQuery q(admin->connection());
        q.exec(QStringLiteral(
            "SELECT id FROM screenings WHERE starts_at > marquee_now_ms() ORDER BY id"));
        while (q.next())
            screenings << q.value(0).toInt();
    }
    if (screenings.isEmpty()) {
        std::fprintf(stderr, "marquee-loadgen: no upcoming screenings (use --setup)\n");
        return 1;
    }
    Totals totals;
    QList<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients; ++i) {
        threads << QThread::create(terminalLoop, uri, i, qint64(seconds) * 1000, screenings,
                                   std::ref(totals));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double elapsed = wall.nsecsElapsed() / 1e9;
    int oversold = -1;
    {
        QSqlQuery q(admin->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT screening_id, seat_id FROM tickets "
                              "WHERE status <> 'cancelled' GROUP BY 1, 2 HAVING COUNT(*) > 1) x"));
        if (q.next())
            oversold = q.value(0).toInt();
    }
    const qint64 sales = totals.saleMs.size();
    std::printf("clients %d, %.1f s: %lld sales (%.1f sales/s), %lld tickets (%.1f tickets/s)\n",
                clients, elapsed, sales, sales / elapsed, totals.tickets, totals.tickets / elapsed);
    std::printf("sale latency: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n",
                percentile(totals.saleMs, 0.5), percentile(totals.saleMs, 0.95),
                percentile(totals.saleMs, 0.99));
    std::printf(
        "conflicts (seat taken meanwhile): %lld; other failures: %lld; oversold seats: %d\n",
        totals.conflicts, totals.otherFailures, oversold);
    for (const QString &s : std::as_const(totals.failureSamples))
        std::printf("  failure: %s\n", qPrintable(s));
    std::printf("SALES_PER_SECOND %.1f\n", sales / elapsed);
    return oversold == 0 ? 0 : 1;
}
