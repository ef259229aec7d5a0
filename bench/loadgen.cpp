// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-loadgen: N simulated terminals run the real core sale path against a server for T
// seconds — find a screening, read its seats, hold the best free ones, order, pay, get tickets —
// and report sales/s, tickets/s, latency percentiles, conflicts and the oversell count.
//
//   marquee-loadgen --uri postgresql://… --clients 8 --seconds 10 [--setup] [--events FILE]
//
// A step that fails because the server is gone (SaleError::ServerUnreachable or Storage) is
// tried again with the same keys (hold token, order key, payment key) every 200 ms, until it
// gets an answer or 30 s after the end of the run, as a cashier would press the key again: an
// interrupted sale is finished or cancelled, never left pending. --events writes one line per
// acknowledged sale (client, ms since the epoch, order key, payment key, tickets) for
// bench/fault-recovery.sh.
#include "bencherrors.h"
#include "core/catalog/catalogrepository.h"
#include "core/catalog/seatselector.h"
#include "core/demo/demodata.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstdio>

namespace {
// How long after the end of the run a step without an answer is still tried again.
constexpr qint64 kRetryGraceMs = 30'000;
constexpr int kRetryPauseMs = 200;

struct SaleEvent
{
    int client = 0;
    qint64 atMs = 0; // ms since the epoch, when the receipt came back
    QString orderKey;
    QString paymentKey;
    int tickets = 0;
};

struct Totals
{
    QMutex mutex;
    QList<double> saleMs;
    qint64 tickets = 0;
    qint64 conflicts = 0;
    qint64 otherFailures = 0;
    qint64 retries = 0;    // steps tried again after a lost server
    qint64 unanswered = 0; // steps still without an answer when the grace period ended
    qint64 readFailures = 0;
    QStringList failureSamples;
    QMap<QString, qint64> errors; // "code: message" → times seen
    QList<SaleEvent> events;
    QStringList clientLines;
};

using BenchErrors::errorKey;
using BenchErrors::isRetryable;

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
    qint64 tickets = 0, conflicts = 0, other = 0, retries = 0, unanswered = 0, readFailures = 0;
    QStringList samples;
    QMap<QString, qint64> errors;
    QList<SaleEvent> events;
    QString lastError;
    QElapsedTimer clock;
    clock.start();
    const qint64 giveUpMs = deadlineMs + kRetryGraceMs;
    const auto note = [&](const char *step, const SaleError &e) {
        lastError = QLatin1String(step) + QLatin1Char(' ') + errorKey(e);
        ++errors[lastError];
    };
    // One step, tried again with the same arguments (so the same keys) while the server is
    // out of reach. What comes back is the step's final answer, or its last error when the
    // grace period ran out.
    const auto retrying = [&](const char *name, auto step) {
        auto result = step();
        while (!result && isRetryable(result.error())) {
            note(name, result.error());
            if (clock.elapsed() >= giveUpMs) {
                ++unanswered;
                break;
            }
            ++retries;
            QThread::msleep(kRetryPauseMs);
            result = step();
        }
        return result;
    };
    const auto failed = [&](const char *step, const SaleError &e) {
        if (e.code() == SaleError::SeatTaken) {
            ++conflicts;
            return;
        }
        ++other;
        if (!isRetryable(e))
            note(step, e);
        if (samples.size() < 3)
            samples << e.message();
    };
    const auto readFailed = [&] {
        // The server is away (or this connection is broken): do not spin on it.
        ++readFailures;
        QThread::msleep(kRetryPauseMs);
    };
    while (clock.elapsed() < deadlineMs) {
        QElapsedTimer sale;
        sale.start();
        // A customer asks for a screening and a party of 1 to 4.
        const int screeningId = screenings[random.bounded(int(screenings.size()))];
        const int party = 1 + random.bounded(4);
        const auto screening = catalog.screening(screeningId);
        if (!screening) {
            readFailed();
            continue;
        }
        const RoomLayout layout = catalog.roomLayout(screening->roomId);
        if (layout.isEmpty()) {
            readFailed();
            continue;
        }
        const QString token = QUuid::createUuid().toString(QUuid::Id128);
        const QList<int> seats =
            SeatSelector::bestAvailable(layout, catalog.seatStates(screeningId, token), party);
        if (seats.isEmpty())
            continue; // sold out for this party: the customer picks another screening
        const auto held =
            retrying("hold", [&] { return authority.hold(screeningId, seats, token); });
        if (!held) {
            failed("hold", held.error());
            if (isRetryable(held.error())) // it may have been written: give the seats back
                retrying("release", [&] { return authority.release(token, {}); });
            continue;
        }
        OrderRequest request{
            QUuid::createUuid().toString(QUuid::Id128), screeningId, token, {}, {}, {}};
        for (const int id : seats)
            request.lines.append({id, 1, 0});
        const auto order = retrying("order", [&] { return authority.placeOrder(request); });
        if (!order) {
            failed("order", order.error());
            retrying("release", [&] { return authority.release(token, {}); });
            continue;
        }
        const PaymentCompletion completion{order->id,
                                           QUuid::createUuid().toString(QUuid::Id128),
                                           PaymentMethod::Cash,
                                           order->totalCents,
                                           {}};
        const auto receipt = retrying("pay", [&] { return authority.completePayment(completion); });
        if (!receipt) {
            failed("pay", receipt.error());
            const int orderId = order->id;
            retrying("cancel", [&] { return authority.cancelOrder(orderId); });
            continue;
        }
        tickets += receipt->tickets.size();
        ms << sale.nsecsElapsed() / 1e6;
        events.append({index, QDateTime::currentMSecsSinceEpoch(), request.idempotencyKey,
                       completion.paymentKey, int(receipt->tickets.size())});
    }
    QMutexLocker lock(&totals.mutex);
    totals.saleMs << ms;
    totals.tickets += tickets;
    totals.conflicts += conflicts;
    totals.otherFailures += other;
    totals.retries += retries;
    totals.unanswered += unanswered;
    totals.readFailures += readFailures;
    totals.failureSamples << samples;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        totals.errors[it.key()] += it.value();
    totals.events << events;
    totals.clientLines << QStringLiteral("client %1: %2 sales, %3 retries, %4 unanswered, "
                                         "%5 failed reads, last error: %6")
                              .arg(index)
                              .arg(ms.size())
                              .arg(retries)
                              .arg(unanswered)
                              .arg(readFailures)
                              .arg(lastError.isEmpty() ? QStringLiteral("none") : lastError);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

// The oversell count on a connection of its own: the one used at the start may have died
// with the server (a restart, a cut link). -1 when the server cannot be asked.
int oversoldSeats(const QString &uri)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto check = Database::server(uri);
        if (!check->open()) {
            QSqlQuery q(check->connection());
            if (q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM (SELECT screening_id, seat_id FROM tickets WHERE "
                    "status <> 'cancelled' GROUP BY 1, 2 HAVING COUNT(*) > 1) x")) &&
                q.next())
                return q.value(0).toInt();
            std::fprintf(stderr, "marquee-loadgen: oversell check: %s\n",
                         qPrintable(q.lastError().text()));
        }
        if (waited.elapsed() > 10'000)
            return -1;
        QThread::msleep(500);
    }
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
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        QStringLiteral("Write each acknowledged sale to FILE (client, ms since the epoch, order "
                       "key, payment key, tickets; tab-separated) and a line per client."),
        QStringLiteral("FILE"));
    parser.addOptions({uriOption, clientsOption, secondsOption, setupOption, eventsOption});
    parser.process(app);
    const QString uri = parser.value(uriOption);
    const int clients = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    if (uri.isEmpty() || clients < 1 || seconds < 1) {
        std::fprintf(stderr, "usage: marquee-loadgen --uri URI [--clients N] [--seconds T] "
                             "[--setup] [--events FILE]\n");
        return 2;
    }
    QList<int> screenings;
    {
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
    const int oversold = oversoldSeats(uri);
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
    if (totals.retries > 0 || totals.unanswered > 0 || totals.readFailures > 0)
        std::printf("server lost: %lld steps retried with the same keys, %lld still unanswered "
                    "at the end; %lld failed reads\n",
                    totals.retries, totals.unanswered, totals.readFailures);
    for (auto it = totals.errors.cbegin(); it != totals.errors.cend(); ++it)
        std::printf("  error %lldx %s\n", it.value(), qPrintable(it.key()));
    if (parser.isSet(eventsOption)) {
        std::sort(totals.clientLines.begin(), totals.clientLines.end());
        for (const QString &line : std::as_const(totals.clientLines))
            std::printf("  %s\n", qPrintable(line));
        QFile file(parser.value(eventsOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            std::fprintf(stderr, "marquee-loadgen: cannot write %s\n",
                         qPrintable(parser.value(eventsOption)));
            return 1;
        }
        for (const SaleEvent &e : std::as_const(totals.events))
            file.write(QStringLiteral("loadgen-%1\t%2\t%3\t%4\t%5\tonline\n")
                           .arg(e.client)
                           .arg(e.atMs)
                           .arg(e.orderKey, e.paymentKey)
                           .arg(e.tickets)
                           .toUtf8());
    }
    std::printf("SALES_PER_SECOND %.1f\n", sales / elapsed);
    return oversold == 0 ? 0 : 1;
}
