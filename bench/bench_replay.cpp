// SPDX-License-Identifier: GPL-3.0-or-later
// Replaying a counter's outbox after an outage: N offline sales (1 to 3 tickets each, signed
// codes, payloads exactly as OfflineSalesAuthority writes them) sent to a real PostgreSQL by
// OutboxReplayer, timed from the first send to the last entry marked done locally. Baseline in
// the same run: the same number of ticket-like rows inserted into a plain table (no triggers,
// no constraints) in batches of 1,000, which is what the server can write at best.
//   bench/replay-throughput.sh [SALES]   (starts a throwaway server with default durability)
#include "core/catalog/catalogrepository.h"
#include "core/demo/demodata.h"
#include "core/sales/ticketissue.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"
#include "core/store/writetransaction.h"
#include "core/sync/offlinesalesauthority.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxreplayer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>

namespace {
int scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("Server."),
                                       QStringLiteral("URI"));
    const QCommandLineOption salesOption(QStringLiteral("sales"), QStringLiteral("Sales."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({uriOption, salesOption});
    parser.process(app);
    const int wanted = parser.value(salesOption).toInt();

    auto server = Database::server(parser.value(uriOption));
    if (const auto e = server->open()) {
        std::fprintf(stderr, "%s\n", qPrintable(*e));
        return 1;
    }
    if (const auto e = DemoData::populate(*server, QDate::currentDate())) {
        std::fprintf(stderr, "%s\n", qPrintable(*e));
        return 1;
    }
    QTemporaryDir dir;
    Database local(dir.filePath(QStringLiteral("local.sqlite")));
    if (local.open())
        return 1;
    auto identity = TerminalIdentity::loadOrCreate(local, QStringLiteral("Caixa bench"));
    if (!identity || identity->registerOn(*server, local))
        return 1;

    // Free seats of upcoming screenings, as the counter's leases would have been.
    const CatalogRepository catalog(*server);
    const QList<TicketType> types = catalog.ticketTypes();
    QSqlQuery seats(server->connection());
    seats.exec(QStringLiteral(
        "SELECT s.id, se.id, s.room_id, s.price_cents FROM screenings s JOIN seats se ON "
        "se.room_id = s.room_id WHERE s.starts_at > marquee_now_ms() AND se.kind <> 'blocked' "
        "AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.screening_id = s.id AND t.seat_id = "
        "se.id AND t.status <> 'cancelled') ORDER BY s.id, se.id"));
    struct Free
    {
        int screening, seat, room;
        qint64 price;
    };
    QList<Free> free;
    while (seats.next())
        free.append({seats.value(0).toInt(), seats.value(1).toInt(), seats.value(2).toInt(),
                     seats.value(3).toLongLong()});
    seats.finish();

    // The outbox, written as the offline counter writes it (in one local transaction here:
    // making it is not what is measured).
    QRandomGenerator random(42);
    QSqlDatabase db = local.connection();
    int sales = 0, tickets = 0;
    quint32 serial = 1'000'000;
    {
        WriteTransaction tx(db, local);
        qsizetype i = 0;
        QHash<int, RoomLayout> layouts;
        while (sales < wanted && i < free.size()) {
            const int party = 1 + int(random.bounded(3));
            SaleReceipt receipt;
            receipt.order.id = -(sales + 1);
            receipt.order.idempotencyKey = QUuid::createUuid().toString(QUuid::Id128);
            receipt.order.screeningId = free[i].screening;
            receipt.order.createdAt = QDateTime::currentDateTime();
            receipt.order.status = Order::Status::Paid;
            for (int k = 0;
                 k < party && i < free.size() && free[i].screening == receipt.order.screeningId;
                 ++k, ++i) {
                receipt.order.lines.append({free[i].seat, types.first().id, free[i].price});
                receipt.order.totalCents += free[i].price;
            }
            if (!layouts.contains(free[i - 1].room))
                layouts.insert(free[i - 1].room, catalog.roomLayout(free[i - 1].room));
            receipt.paidAt = QDateTime::currentDateTime();
            receipt.tenderedCents = receipt.order.totalCents;
            receipt.tickets = TicketIssue::sign(receipt.order, *identity, serial, receipt.paidAt,
                                                layouts[free[i - 1].room]);
            serial += quint32(receipt.tickets.size());
            Outbox::enqueue(db, QStringLiteral("sale"),
                            QStringLiteral("sale:") + receipt.order.idempotencyKey,
                            OfflineSalesAuthority::salePayload(
                                receipt, QUuid::createUuid().toString(QUuid::Id128), types),
                            receipt.paidAt.toMSecsSinceEpoch());
            ++sales;
            tickets += int(receipt.tickets.size());
        }
        tx.commit();
    }
    const int before = scalar(*server, QStringLiteral("SELECT COUNT(*) FROM tickets"));

    // Baseline: the same number of rows, plain inserts in batches of 1,000.
    {
        QSqlQuery q(server->connection());
        q.exec(QStringLiteral("CREATE TABLE bench_rows (order_key text, screening_id bigint, "
                              "seat_id bigint, price_cents bigint, serial bigint, code text)"));
    }
    QElapsedTimer baseline;
    baseline.start();
    for (int done = 0; done < tickets; done += 1000) {
        QJsonArray rows;
        for (int k = done; k < std::min(tickets, done + 1000); ++k)
            rows.append(QJsonObject{{QStringLiteral("k"), QString::number(k)},
                                    {QStringLiteral("s"), k % 97},
                                    {QStringLiteral("t"), k},
                                    {QStringLiteral("p"), 3000},
                                    {QStringLiteral("n"), k},
                                    {QStringLiteral("c"), QStringLiteral("MQ:%1").arg(k, 110)}});
        QSqlQuery q(server->connection());
        q.prepare(QStringLiteral("INSERT INTO bench_rows SELECT k, s, t, p, n, c FROM "
                                 "jsonb_to_recordset(?::jsonb) AS r(k text, s bigint, t bigint, "
                                 "p bigint, n bigint, c text)"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    const double baselineS = baseline.nsecsElapsed() / 1e9;

    QElapsedTimer timer;
    timer.start();
    const auto report = OutboxReplayer(*server, local, *identity).replayPending();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int after = scalar(*server, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const int oversold =
        scalar(*server,
               QStringLiteral("SELECT COUNT(*) FROM (SELECT screening_id, seat_id FROM tickets "
                              "WHERE status <> 'cancelled' GROUP BY 1, 2 HAVING COUNT(*) > 1) x"));
    std::printf("baseline: %d plain rows in %.2f s (%.0f rows/s)\n", tickets, baselineS,
                tickets / baselineS);
    std::printf("replay: %d sales, %d tickets in %.2f s (%.0f sales/s, %.0f tickets/s); "
                "%.2fx the baseline's time\n",
                report.applied, after - before, seconds, report.applied / seconds,
                (after - before) / seconds, seconds / baselineS);
    std::printf("refused %d, still pending %d, oversold seats %d\n", report.refused,
                report.remaining, oversold);
    return report.applied == sales && after - before == tickets && oversold == 0 ? 0 : 1;
}
