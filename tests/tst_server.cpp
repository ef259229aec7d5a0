// SPDX-License-Identifier: GPL-3.0-or-later
// The shared PostgreSQL server as the authority, against a real server (./test.sh starts a
// throwaway one): many terminals with their own connections and local copies race for the
// same seats, and the database itself keeps every rule.
#include "core/admin/terminalsmodel.h"
#include "core/aftersale/salecopies.h"
#include "core/gate/gatekeeper.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/people/userdirectory.h"
#include "core/sales/salesession.h"
#include "core/sales/threadedsalesauthority.h"
#include "core/store/storesettings.h"
#include "core/sync/localreplica.h"
#include "core/sync/mirroringsalesauthority.h"
#include "core/sync/seatleaser.h"
#include "core/sync/serveravailability.h"
#include "core/sync/serverlink.h"
#include "salehelpers.h"
#include "serverfixture.h"

#include <QSignalSpy>

#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

using namespace TestHelpers;

namespace {
// A screening in a room of exactly rows × perRow standard seats, made on the server.
int makeScreening(const Database &server, int rows, int perRow, int meiaCapPercent = 40)
{
    QSqlQuery q(server.connection());
    const QString name =
        QStringLiteral("Teste ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    q.prepare(QStringLiteral("INSERT INTO rooms (name) VALUES (?) RETURNING id"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return 0;
    const int room = q.value(0).toInt();
    for (int r = 0; r < rows; ++r) {
        for (int n = 1; n <= perRow; ++n) {
            q.prepare(QStringLiteral(
                "INSERT INTO seats (room_id, row_label, number, grid_x, grid_y, kind) "
                "VALUES (?, ?, ?, ?, ?, 'standard')"));
            q.addBindValue(room);
            q.addBindValue(RoomLayout::rowName(r));
            q.addBindValue(n);
            q.addBindValue(n - 1);
            q.addBindValue(r);
            if (!q.exec())
                return 0;
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO screenings (film_id, room_id, starts_at, local_date, price_cents, "
        "seat_count, meia_cap_percent) VALUES ((SELECT MIN(id) FROM films), ?, ?, ?, "
        "3000, ?, ?) RETURNING id"));
    q.addBindValue(room);
    q.addBindValue(QDateTime::currentDateTime().addDays(2).toMSecsSinceEpoch());
    q.addBindValue(QDate::currentDate().addDays(2).toString(Qt::ISODate));
    q.addBindValue(rows * perRow);
    q.addBindValue(meiaCapPercent);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<int> seatsOf(const Database &server, int screeningId)
{
    QList<int> ids;
    QSqlQuery q(server.connection());
    q.prepare(
        QStringLiteral("SELECT se.id FROM seats se JOIN screenings s ON s.room_id = se.room_id "
                       "WHERE s.id = ? ORDER BY se.id"));
    q.addBindValue(screeningId);
    q.exec();
    while (q.next())
        ids << q.value(0).toInt();
    return ids;
}

// Runs `body(terminal, index)` on `count` terminals at once, each on its own thread with its
// own server connection and local store.
template<typename Body> QStringList runTerminals(const QString &uri, int count, Body body)
{
    QMutex mutex;
    QStringList problems;
    QList<QFuture<void>> futures;
    QThreadPool pool;
    pool.setMaxThreadCount(count);
    for (int i = 0; i < count; ++i) {
        futures << QtConcurrent::run(&pool, [&, i] {
            ServerFixture::Terminal terminal;
            if (!terminal.open(uri, QStringLiteral("Caixa %1").arg(i))) {
                QMutexLocker lock(&mutex);
                problems << terminal.error;
                return;
            }
            body(terminal, i);
        });
    }
    for (auto &f : futures)
        f.waitForFinished();
    return problems;
}
} // namespace

class TestServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Database> m_admin;

    bool prepare(const QString &uri)
    {
        m_admin = Database::server(uri);
        if (auto e = m_admin->open()) {
            qWarning() << *e;
            return false;
        }
        if (auto e = DemoData::populate(*m_admin, QDate::currentDate())) {
            qWarning() << *e;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void cleanup() { m_admin.reset(); }

    void migrationsAreSafeWhenTerminalsStartTogether()
    {
        REQUIRE_SERVER(uri);
        std::atomic<int> ok{0};
        QStringList errors;
        QMutex mutex;
        QList<QFuture<void>> starts;
        for (int i = 0; i < 6; ++i) {
            starts << QtConcurrent::run([&] {
                auto db = Database::server(uri);
                if (const auto e = db->open()) {
                    QMutexLocker lock(&mutex);
                    errors << *e;
                } else {
                    ++ok;
                }
            });
        }
        for (auto &f : starts)
            f.waitForFinished();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(ok.load(), 6);
        auto db = Database::server(uri);
        QVERIFY(!db->open());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 db->latestSchemaVersion());
        // A server migrated by a newer Marquee is refused, with a message.
        QSqlQuery(db->connection())
            .exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, now())"));
        auto older = Database::server(uri);
        const auto error = older->open();
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QStringLiteral("newer")), qPrintable(*error));
    }

    void thirtyTwoTerminalsRaceForOneScreening()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        StoreSettings(*m_admin).setValue(QStringLiteral("max_tickets_per_cpf"),
                                         QStringLiteral("1000"));
        const int screening = makeScreening(*m_admin, 15, 20);
        QVERIFY(screening);
        const QList<int> seats = seatsOf(*m_admin, screening);
        QCOMPARE(seats.size(), 300);
        QMutex mutex;
        int ticketsSold = 0;
        QHash<QString, int> refusals;
        QStringList unexplained;
        QSet<int> soldSeats;
        // Each terminal tries 40 sales of 1 to 3 random seats: far more demand than seats.
        const QStringList problems = runTerminals(uri, 32, [&](ServerFixture::Terminal &t, int i) {
            QRandomGenerator random(1000 + i);
            for (int attempt = 0; attempt < 40; ++attempt) {
                QList<int> wanted;
                const int n = 1 + random.bounded(3);
                while (wanted.size() < n) {
                    const int id = seats[random.bounded(int(seats.size()))];
                    if (!wanted.contains(id))
                        wanted << id;
                }
                const auto r = sell(*t.authority, screening, wanted, 1);
                QMutexLocker lock(&mutex);
                if (r) {
                    if (r->tickets.size() != wanted.size())
                        unexplained << QStringLiteral("sale of %1 seats made %2 tickets")
                                           .arg(wanted.size())
                                           .arg(r->tickets.size());
                    for (const IssuedTicket &ticket : r->tickets) {
                        if (soldSeats.contains(ticket.seatId))
                            unexplained << QStringLiteral("seat %1 sold twice").arg(ticket.seatId);
                        soldSeats.insert(ticket.seatId);
                    }
                    ticketsSold += int(r->tickets.size());
                } else if (r.error().message().isEmpty()) {
                    unexplained << SaleError::codeName(r.error().code());
                } else {
                    refusals[SaleError::codeName(r.error().code())]++;
                }
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(QLatin1Char('\n'))));
        qInfo() << "sold" << ticketsSold << "tickets; refusals" << refusals;
        QVERIFY(ticketsSold > 0);
        QVERIFY(refusals.value(QStringLiteral("seat_taken")) > 0); // the race really happened
        QCOMPARE(
            scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1")
                                 .arg(screening)),
            ticketsSold);
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral(
                            "SELECT COUNT(DISTINCT seat_id) FROM tickets WHERE screening_id = %1")
                            .arg(screening)),
                 ticketsSold);
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1")
                                      .arg(screening)),
                 ticketsSold);
        // Every paid order has exactly its tickets, and no tickets belong to unpaid orders.
        QCOMPARE(scalar(*m_admin, QStringLiteral(
                                      "SELECT COUNT(*) FROM orders o WHERE o.screening_id = %1 AND "
                                      "o.status = 'paid' AND (SELECT COUNT(*) FROM tickets t WHERE "
                                      "t.order_id = o.id) <> (SELECT COUNT(*) FROM order_items i "
                                      "WHERE i.order_id = o.id)")
                                      .arg(screening)),
                 0);
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id "
                            "WHERE o.status <> 'paid' AND t.screening_id = %1")
                            .arg(screening)),
                 0);
    }

    void twentyPurchasesForOneCpfNeverExceedTen()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        const int screening = makeScreening(*m_admin, 5, 10);
        const QList<int> seats = seatsOf(*m_admin, screening);
        std::atomic<int> sold{0}, limited{0}, other{0};
        const QStringList problems = runTerminals(uri, 20, [&](ServerFixture::Terminal &t, int i) {
            const auto r =
                sell(*t.authority, screening, {seats[i]}, 1, QStringLiteral("52998224725"));
            if (r)
                ++sold;
            else if (r.error().code() == SaleError::CpfLimit)
                ++limited;
            else
                ++other;
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(sold.load(), 10);
        QCOMPARE(limited.load(), 10);
        QCOMPARE(other.load(), 0);
        QCOMPARE(
            scalar(*m_admin,
                   QStringLiteral("SELECT COUNT(*) FROM tickets WHERE customer_cpf = '52998224725' "
                                  "AND screening_id = %1")
                       .arg(screening)),
            10);
    }

    void meiaCapHoldsUnderTheSameRace()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        const int screening = makeScreening(*m_admin, 5, 10, 30); // 50 seats, 15 meia
        const QList<int> seats = seatsOf(*m_admin, screening);
        const int meia =
            scalar(*m_admin, QStringLiteral("SELECT id FROM ticket_types WHERE code = 'meia'"));
        std::atomic<int> sold{0}, capped{0}, other{0};
        const QStringList problems = runTerminals(uri, 25, [&](ServerFixture::Terminal &t, int i) {
            const auto r = sell(*t.authority, screening, {seats[i]}, meia);
            if (r)
                ++sold;
            else if (r.error().code() == SaleError::MeiaCap)
                ++capped;
            else
                ++other;
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(sold.load(), 15);
        QCOMPARE(capped.load(), 10);
        QCOMPARE(other.load(), 0);
        QCOMPARE(
            scalar(*m_admin,
                   QStringLiteral("SELECT meia_sold FROM screenings WHERE id = %1").arg(screening)),
            15);
        // Cancelling counts back by what each ticket was when sold, even if an administrator
        // has since changed what the type counts as.
        QSqlQuery admin(m_admin->connection());
        QVERIFY(
            admin.exec(QStringLiteral("UPDATE ticket_types SET is_meia = 0 WHERE code = 'meia'")));
        QVERIFY(admin.exec(
            QStringLiteral("UPDATE tickets SET status = 'cancelled' WHERE screening_id = %1")
                .arg(screening)));
        QCOMPARE(
            scalar(*m_admin,
                   QStringLiteral("SELECT meia_sold FROM screenings WHERE id = %1").arg(screening)),
            0);
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1")
                                      .arg(screening)),
                 0);
    }

    void retriedOrderKeyMakesOneOrderAndOnePayment()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        const int screening = makeScreening(*m_admin, 2, 10);
        const QList<int> seats = seatsOf(*m_admin, screening);
        ServerFixture::Terminal t;
        QVERIFY2(t.open(uri, QStringLiteral("Caixa")), qPrintable(t.error));
        QVERIFY(t.authority->hold(screening, seats.mid(0, 2), QStringLiteral("tok")));
        const OrderRequest request{
            QStringLiteral("retry-key"),          screening, QStringLiteral("tok"),
            {{seats[0], 1, 0}, {seats[1], 1, 0}}, {},        {}};
        // The same order sent by 8 connections at once (a double click, a retry after a
        // timeout that had in fact gone through…).
        QMutex mutex;
        QSet<int> orderIds;
        QStringList errors;
        runTerminals(uri, 8, [&](ServerFixture::Terminal &other, int) {
            const auto r = other.authority->placeOrder(request);
            QMutexLocker lock(&mutex);
            if (r)
                orderIds.insert(r->id);
            else
                errors << r.error().message();
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(orderIds.size(), 1);
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM orders WHERE idempotency_key = 'retry-key'")),
                 1);
        // And the same payment completed by 8 connections at once: one payment, two tickets.
        const int orderId = *orderIds.cbegin();
        QSet<QString> codes;
        runTerminals(uri, 8, [&](ServerFixture::Terminal &other, int) {
            const auto r = other.authority->completePayment(
                {orderId, QStringLiteral("pay-key"), PaymentMethod::Cash, 100000, {}});
            QMutexLocker lock(&mutex);
            if (r) {
                for (const IssuedTicket &ticket : r->tickets)
                    codes.insert(ticket.code);
            } else {
                errors << r.error().message();
            }
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(codes.size(), 2);
        QCOMPARE(
            scalar(
                *m_admin,
                QStringLiteral("SELECT COUNT(*) FROM payments WHERE order_id = %1").arg(orderId)),
            1);
        QCOMPARE(
            scalar(*m_admin,
                   QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id = %1").arg(orderId)),
            2);
    }

    // The same rules named the same way as on the embedded store (tst_salestore).
    void storeNamesTheRuleABrokenStatementBroke()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal t;
        QVERIFY2(t.open(uri, QStringLiteral("Caixa")), qPrintable(t.error));
        const int screening =
            scalar(*m_admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0"));
        const QList<int> seats = standardSeats(*m_admin, screening, 2);
        const auto sale = sell(*t.authority, screening, {seats[0]}, 1);
        QVERIFY2(sale, qPrintable(sale.error().message()));
        QCOMPARE(rulesBrokenByForgedTickets(*m_admin, sale->tickets[0].id, seats[1]),
                 QStringList({QStringLiteral("tickets_one_active_per_seat"),
                              QStringLiteral("tickets_terminal_id_serial_key"),
                              QStringLiteral("(accepted)"), QStringLiteral("ticket_cancelled"),
                              QString()}));
    }

    void holdExpiredOnTheServersClockCanBeTaken()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        const int screening = makeScreening(*m_admin, 1, 10);
        const QList<int> seats = seatsOf(*m_admin, screening);
        ServerFixture::Terminal a, b;
        QVERIFY2(a.open(uri, QStringLiteral("A")), qPrintable(a.error));
        QVERIFY2(b.open(uri, QStringLiteral("B")), qPrintable(b.error));
        // A's clock runs an hour fast: it does not matter, the server's clock decides.
        a.authority->setClock([] { return QDateTime::currentMSecsSinceEpoch() + 3600000; });
        const auto grant = a.authority->hold(screening, {seats[0]}, QStringLiteral("A"));
        QVERIFY(grant);
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT expires_at - marquee_now_ms() FROM holds WHERE hold_token = 'A'")) &&
                q.next());
        QVERIFY2(qAbs(q.value(0).toLongLong() - 15 * 60000) < 5000,
                 qPrintable(q.value(0).toString()));
        QCOMPARE(b.authority->hold(screening, {seats[0]}, QStringLiteral("B")).error().code(),
                 SaleError::SeatTaken);
        // Fifteen minutes pass on the server.
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE holds SET expires_at = marquee_now_ms() - 1 WHERE hold_token = 'A'")));
        QVERIFY(b.authority->hold(screening, {seats[0]}, QStringLiteral("B")));
        // A client asking for a longer hold than the hard maximum does not get it.
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO holds (screening_id, seat_id, hold_token, created_at, expires_at) "
                "VALUES (%1, %2, 'greedy', 0, marquee_now_ms() + 86400000)")
                .arg(screening)
                .arg(seats[1])));
        QVERIFY(
            q.exec(QStringLiteral(
                "SELECT expires_at - marquee_now_ms() FROM holds WHERE hold_token = 'greedy'")) &&
            q.next());
        QVERIFY(q.value(0).toLongLong() <= 30 * 60000);
    }

    void twoTerminalsSeeEachOthersHoldsAndSalesLive()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        // Two counters, each a full terminal: local copy, server link, sale session.
        struct Counter
        {
            ServerFixture::Terminal terminal;
            std::unique_ptr<ServerLink> link;
            ServerAvailability availability;
            std::unique_ptr<MirroringSalesAuthority> authority;
            SimulatedCardTerminal card{0};
            std::unique_ptr<SaleSession> sale;
        };
        Counter a, b;
        for (Counter *c : {&a, &b}) {
            QVERIFY2(c->terminal.open(uri, QStringLiteral("Caixa")), qPrintable(c->terminal.error));
            c->link = std::make_unique<ServerLink>(uri, *c->terminal.local, *c->terminal.identity);
            QSignalSpy online(c->link.get(), &ServerLink::stateChanged);
            c->link->start();
            QTRY_COMPARE_WITH_TIMEOUT(c->link->state(), ServerLink::State::Online, 10000);
            c->authority = std::make_unique<MirroringSalesAuthority>(
                std::make_unique<SqlSalesAuthority>(*c->terminal.server, *c->terminal.local,
                                                    *c->terminal.identity),
                *c->terminal.server, *c->terminal.local, c->availability);
            c->sale = std::make_unique<SaleSession>(*c->terminal.local, *c->authority, c->card);
            QObject::connect(c->link.get(), &ServerLink::seatsChanged, c->sale.get(),
                             [s = c->sale.get()](int) { s->refreshSeatStates(); });
        }
        // Both read the demo catalogue from their own copies.
        const int screening =
            scalar(*m_admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE "
                                            "sold_count = 0 AND starts_at > marquee_now_ms()"));
        QVERIFY(a.sale->openScreening(screening));
        QVERIFY(b.sale->openScreening(screening));
        QVERIFY(a.sale->selectBestAvailable(2));
        const QList<int> seats = a.sale->selection();
        QCOMPARE(a.sale->seatStates().value(seats[0]), SeatState::HeldByMe); // at once, locally
        QTRY_COMPARE_WITH_TIMEOUT(b.sale->seatStates().value(seats[0]), SeatState::HeldByOther,
                                  2000);
        QCOMPARE(b.sale->seatStates().value(seats[1]), SeatState::HeldByOther);
        // B cannot take them; A sells them; B sees them sold.
        QVERIFY(!b.sale->toggleSeat(seats[0]));
        a.sale->payCash(100000);
        QTRY_COMPARE_WITH_TIMEOUT(b.sale->seatStates().value(seats[0]), SeatState::Sold, 2000);
        QCOMPARE(b.sale->seatStates().value(seats[1]), SeatState::Sold);
        // Releasing is live too.
        QVERIFY(b.sale->selectBestAvailable(3));
        const QList<int> bSeats = b.sale->selection();
        QTRY_COMPARE_WITH_TIMEOUT(a.sale->seatStates().value(bSeats[0]), SeatState::HeldByOther,
                                  2000);
        b.sale->cancelSale();
        QTRY_VERIFY_WITH_TIMEOUT(!a.sale->seatStates().contains(bSeats[0]), 2000);
        // And the search results' seats left come from the local copy, updated.
        QTRY_COMPARE_WITH_TIMEOUT(
            CatalogRepository(*b.terminal.local).screening(screening)->soldCount, 2, 2000);
    }

    void terminalSaysOfflineAndComesBack()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal t;
        QVERIFY2(t.open(uri, QStringLiteral("Caixa")), qPrintable(t.error));
        ServerLink link(uri, *t.local, *t.identity);
        ServerAvailability availability;
        MirroringSalesAuthority authority(
            std::make_unique<SqlSalesAuthority>(*t.server, *t.local, *t.identity), *t.server,
            *t.local, availability);
        QObject::connect(&link, &ServerLink::stateChanged, &link,
                         [&availability](ServerLink::State state) { availability.follow(state); });
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Online, 10000);
        const int screening =
            scalar(*m_admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0"));
        const int seat =
            scalar(*m_admin,
                   QStringLiteral("SELECT MIN(se.id) FROM seats se JOIN screenings s ON "
                                  "s.room_id = se.room_id WHERE s.id = %1 AND se.kind = 'standard'")
                       .arg(screening));
        // Cut this terminal off: the administrator ends its sessions and bars new ones.
        // From the administrator's own database: a database cannot bar itself.
        auto root = Database::server(ServerFixture::adminUri());
        QVERIFY(!root->open());
        QSqlQuery q(root->connection());
        const QString database = uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
        QVERIFY2(q.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database)),
                 qPrintable(q.lastError().text()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                  "datname = '%1' AND pid <> pg_backend_pid()")
                       .arg(database)));
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Offline, 5000);
        QVERIFY(!link.detail().isEmpty());
        // The local copy still answers searches.
        QVERIFY(!CatalogRepository(*t.local)
                     .search(QString(), QDate::currentDate(), QDate::currentDate().addDays(6))
                     .isEmpty());
        // Selling says why it cannot, at once, instead of waiting on the network.
        const auto refused = authority.hold(screening, {seat}, QStringLiteral("offline"));
        QCOMPARE(refused.error().code(), SaleError::ServerUnreachable);
        QVERIFY(refused.error().message().contains(QStringLiteral("not answering")));
        QVERIFY(q.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)));
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ServerLink::State::Online, 20000);
        // The terminal's own connection was cut too: the next sale reconnects by itself.
        const auto held = authority.hold(screening, {seat}, QStringLiteral("back"));
        QVERIFY2(held, qPrintable(held.error().message()));
    }

    // A database login in marquee_manager changes settings, users, terminals' keys and the
    // catalogue, and writes the audit; it still cannot make sales disappear or rewrite the
    // audit.
    void managerRoleChangesWhatTerminalsCannot()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        const QString role =
            QStringLiteral("mgr_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QSqlQuery admin(m_admin->connection());
        QVERIFY2(
            admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE marquee_manager").arg(role)),
            qPrintable(admin.lastError().text()));
        QString managerUri = uri;
        managerUri.replace(QStringLiteral("postgresql://postgres@"),
                           QStringLiteral("postgresql://%1@").arg(role));
        auto manager = Database::server(managerUri);
        QVERIFY(!manager->open());
        QSqlQuery q(manager->connection());
        const QStringList allowed = {
            QStringLiteral("UPDATE settings SET value = '12' WHERE key = 'hold_minutes'"),
            QStringLiteral("UPDATE screenings SET price_cents = price_cents + 100"),
            QStringLiteral("UPDATE terminals SET revoked_at = marquee_now_ms() WHERE id = "
                           "(SELECT MIN(id) FROM terminals)"),
            QStringLiteral("INSERT INTO users (login, name, role, password_hash) VALUES "
                           "('nova', 'Nova', 'cashier', 'x')"),
            QStringLiteral("INSERT INTO audit_log (action, subject, before, after) VALUES "
                           "('setting', 'hold_minutes', '15', '12')"),
        };
        for (const QString &sql : allowed)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                 "database_login = '%1'")
                                      .arg(role)),
                 1);
        for (const QString &sql :
             {QStringLiteral("UPDATE audit_log SET after = '99'"),
              QStringLiteral("DELETE FROM audit_log"), QStringLiteral("DELETE FROM tickets"),
              QStringLiteral("DELETE FROM users")}) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(Database::isPermissionError(q.lastError()),
                     qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
    }

    void terminalRoleCannotDeleteSalesOrChangeTheSchema()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        const QString role =
            QStringLiteral("term_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QSqlQuery admin(m_admin->connection());
        QVERIFY2(
            admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE marquee_terminal").arg(role)),
            qPrintable(admin.lastError().text()));
        QString terminalUri = uri;
        terminalUri.replace(QStringLiteral("postgresql://postgres@"),
                            QStringLiteral("postgresql://%1@").arg(role));
        // The terminal role sells normally…
        ServerFixture::Terminal t;
        QVERIFY2(t.open(terminalUri, QStringLiteral("Caixa restrito")), qPrintable(t.error));
        const int screening =
            scalar(*m_admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0"));
        const int seat =
            scalar(*m_admin,
                   QStringLiteral("SELECT MIN(se.id) FROM seats se JOIN screenings s ON "
                                  "s.room_id = se.room_id WHERE s.id = %1 AND se.kind = 'standard'")
                       .arg(screening));
        const auto sale = sell(*t.authority, screening, {seat}, 1, QStringLiteral("11144477735"));
        QVERIFY2(sale, qPrintable(sale.error().message()));
        // …and gives tickets back, with the rights that takes and no more.
        const int otherSeat =
            scalar(*m_admin, QStringLiteral("SELECT MIN(se.id) FROM seats se JOIN screenings s ON "
                                            "s.room_id = se.room_id WHERE s.id = %1 AND se.kind = "
                                            "'standard' AND se.id > %2")
                                 .arg(screening)
                                 .arg(seat));
        const auto given = sell(*t.authority, screening, {otherSeat}, 1);
        QVERIFY2(given, qPrintable(given.error().message()));
        const auto refund = t.authority->refundTickets({QUuid::createUuid().toString(),
                                                        given->order.id,
                                                        {given->tickets.at(0).id},
                                                        QStringLiteral("Wrong day"),
                                                        0,
                                                        0});
        QVERIFY2(refund, qPrintable(refund.error().message()));
        // …reissues a lost ticket and records the copies it hands out…
        const auto reissue =
            t.authority->reissueTicket({QUuid::createUuid().toString(), sale->order.id,
                                        sale->tickets.at(0).id, QStringLiteral("Lost"), 0});
        QVERIFY2(reissue, qPrintable(reissue.error().message()));
        const auto copy =
            SaleCopies::record(*t.server, sale->order.id, SaleCopies::Kind::Resend,
                               QStringLiteral("ana@example.com"), t.identity->terminalId(), 0);
        QVERIFY2(copy, qPrintable(copy.error().message()));
        // …and exchanges a ticket for another seat.
        const int exchangeSeat =
            scalar(*m_admin, QStringLiteral("SELECT MAX(se.id) FROM seats se JOIN screenings s ON "
                                            "s.room_id = se.room_id WHERE s.id = %1 AND se.kind = "
                                            "'standard'")
                                 .arg(screening));
        const QString token = QUuid::createUuid().toString();
        QVERIFY(t.authority->hold(screening, {exchangeSeat}, token));
        const auto newOrder = t.authority->placeOrder(
            {QUuid::createUuid().toString(), screening, token, {{exchangeSeat, 1, 0}}, {}, {}});
        QVERIFY2(newOrder, qPrintable(newOrder.error().message()));
        ExchangeRequest change;
        change.idempotencyKey = QUuid::createUuid().toString();
        change.oldOrderId = given->order.id;
        change.ticketIds = {given->tickets.at(0).id};
        change.reason = QStringLiteral("Wrong seat");
        change.newOrderId = newOrder->id;
        change.tenderedCents = 100000;
        const auto exchanged = t.authority->exchangeTickets(change);
        QCOMPARE(exchanged.error().code(), SaleError::NotRefundable); // given back above
        change.idempotencyKey = QUuid::createUuid().toString();
        change.oldOrderId = reissue->orderId;
        change.ticketIds = {reissue->ticket.id};
        const auto made = t.authority->exchangeTickets(change);
        QVERIFY2(made, qPrintable(made.error().message()));
        // …but cannot make sales disappear, rewrite prices or change the schema.
        QSqlQuery q(t.server->connection());
        const QStringList forbidden = {
            QStringLiteral("DELETE FROM tickets"),
            QStringLiteral("DELETE FROM orders"),
            QStringLiteral("DELETE FROM payments"),
            QStringLiteral("TRUNCATE tickets"),
            QStringLiteral("UPDATE tickets SET price_cents = 0"),
            QStringLiteral("UPDATE screenings SET price_cents = 1"),
            QStringLiteral("UPDATE terminals SET revoked_at = NULL"),
            QStringLiteral("UPDATE terminals SET lease_seats = 100"), // a manager's decision
            QStringLiteral("DROP TABLE tickets"),
            QStringLiteral("ALTER TABLE tickets DROP CONSTRAINT tickets_terminal_id_serial_key"),
            QStringLiteral("DROP INDEX tickets_one_active_per_seat"),
            QStringLiteral("CREATE TABLE sneaky (id int)"),
            QStringLiteral("DROP TRIGGER tickets_after_change ON tickets"),
            // The counters the limits rely on change only through the tickets trigger.
            QStringLiteral("UPDATE cpf_ticket_counts SET active = 0"),
            QStringLiteral("DELETE FROM cpf_ticket_counts"),
            QStringLiteral("UPDATE screenings SET meia_sold = 0, sold_count = 0"),
            // The gate's audit trail is only ever added to.
            QStringLiteral("UPDATE scans SET verdict = 'admitted'"),
            QStringLiteral("DELETE FROM scans"),
            // People are a manager's and an admin's: a terminal reads them to log them in.
            QStringLiteral("INSERT INTO users (login, name, role, password_hash) VALUES "
                           "('intruder', 'Intruder', 'admin', 'x')"),
            QStringLiteral("UPDATE users SET role = 'admin'"),
            QStringLiteral("UPDATE users SET password_hash = 'x'"),
            QStringLiteral("UPDATE users SET active = 1"),
            QStringLiteral("DELETE FROM users"),
            // Prices, settings and the catalogue take a manager's database login.
            QStringLiteral("UPDATE ticket_types SET percent = 1"),
            QStringLiteral("INSERT INTO films (title, duration_min) VALUES ('x', 90)"),
            QStringLiteral("UPDATE settings SET value = '99' WHERE key = 'hold_minutes'"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('smtp_url', 'x')"),
            // Who sold what is written once, and the audit only by managers.
            QStringLiteral("UPDATE orders SET user_id = NULL"),
            QStringLiteral("UPDATE tickets SET user_id = NULL"),
            QStringLiteral("INSERT INTO audit_log (action, subject) VALUES ('x', 'y')"),
            QStringLiteral("DELETE FROM audit_log"),
            // A refund, once made, stays as it was made.
            QStringLiteral("DELETE FROM refunds"),
            QStringLiteral("DELETE FROM refund_items"),
            QStringLiteral("UPDATE refunds SET amount_cents = 0"),
            QStringLiteral("UPDATE refund_items SET ticket_id = 1"),
            // Nor undo a reissue or the record of a copy.
            QStringLiteral("DELETE FROM ticket_reissues"),
            QStringLiteral("UPDATE ticket_reissues SET new_ticket_id = old_ticket_id"),
            QStringLiteral("DELETE FROM order_copies"),
            QStringLiteral("UPDATE order_copies SET recipient = 'x'"),
            QStringLiteral("DELETE FROM exchanges"),
            QStringLiteral("UPDATE exchanges SET cash_cents = 0"),
        };
        for (const QString &sql : forbidden) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(Database::isPermissionError(q.lastError()),
                     qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM tickets WHERE customer_cpf = '11144477735'")),
                 2); // the sold ticket and the one that replaced it (since exchanged)
        // An admitted ticket cannot be made valid again to enter twice.
        const int admitted = made->receipt.tickets.at(0).id;
        QVERIFY(admin.exec(
            QStringLiteral("UPDATE tickets SET status = 'used' WHERE id = %1").arg(admitted)));
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE tickets SET status = 'valid' WHERE id = %1").arg(admitted)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("ticket_used")),
                 qPrintable(q.lastError().text()));
        // Every session carries the timeouts that keep one stuck terminal from holding others.
        QVERIFY(q.exec(QStringLiteral("SHOW idle_in_transaction_session_timeout")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("10s"));
    }

    // A server that takes a connection but does not answer (here: a statement stuck behind a
    // manager's table lock) must not freeze the counter: the screen keeps running, the step
    // gives up after the patience limit with a clear error, nothing is sold twice, and the
    // same step succeeds once the server answers again.
    void hungServerDoesNotFreezeTheCounter()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal t;
        QVERIFY2(t.open(uri, QStringLiteral("Caixa")), qPrintable(t.error));
        ThreadedSalesAuthority threaded(
            std::make_shared<SqlSalesAuthority>(*t.server, *t.local, *t.identity), 800);
        QSignalSpy busy(&threaded, &ThreadedSalesAuthority::busyChanged);
        const int screening =
            scalar(*m_admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0"));
        const int seat =
            scalar(*m_admin,
                   QStringLiteral("SELECT MIN(se.id) FROM seats se JOIN screenings s ON "
                                  "s.room_id = se.room_id WHERE s.id = %1 AND se.kind = 'standard'")
                       .arg(screening));
        QVERIFY(threaded.hold(screening, {seat + 1}, QStringLiteral("warm-up")));

        QSqlQuery admin(m_admin->connection());
        QVERIFY(admin.exec(QStringLiteral("BEGIN")));
        QVERIFY(admin.exec(QStringLiteral("LOCK TABLE holds IN ACCESS EXCLUSIVE MODE")));
        int ticks = 0;
        QTimer screen; // stands for the window's repaints and countdown
        connect(&screen, &QTimer::timeout, this, [&ticks] { ++ticks; });
        screen.start(20);
        QElapsedTimer waited;
        waited.start();
        const auto stuck = threaded.hold(screening, {seat}, QStringLiteral("counter-1"));
        const qint64 waitedMs = waited.elapsed();
        QVERIFY(!stuck);
        QCOMPARE(stuck.error().code(), SaleError::ServerUnreachable);
        QVERIFY2(waitedMs >= 750 && waitedMs < 3000, qPrintable(QString::number(waitedMs)));
        QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks))); // the event loop kept running
        QCOMPARE(busy.size(), 4); // warm-up true/false, then this call
        QCOMPARE(busy.at(2).at(0).toBool(), true);
        QCOMPARE(busy.at(3).at(0).toBool(), false);
        QCOMPARE(threaded.stuckCalls(), 1);

        // While that call is still stuck, the next one does not queue behind it.
        waited.restart();
        QVERIFY(!threaded.release(QStringLiteral("counter-1"), {}));
        QVERIFY(waited.elapsed() < 200);

        // The server answers again: the stuck call finishes on its own (its hold went
        // through), and repeating the step with the same token gives the same seat, once.
        QVERIFY(admin.exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE(threaded.stuckCalls(), 0);
        const auto again = threaded.hold(screening, {seat}, QStringLiteral("counter-1"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        QCOMPARE(again->seatIds, QList<int>{seat});
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM holds WHERE seat_id = %1 "
                                                 "AND screening_id = %2")
                                      .arg(seat)
                                      .arg(screening)),
                 1);
    }

    // A counter leases a few seats per screening for an outage: nobody else can take them,
    // it can sell them itself, they go back when it says so, and, with nobody asking, the
    // server ends them lease_return_minutes before the screening.
    void leasedSeatsAreKeptForTheirTerminalOnly()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal a, b;
        QVERIFY2(a.open(uri, QStringLiteral("Caixa A")), qPrintable(a.error));
        QVERIFY2(b.open(uri, QStringLiteral("Caixa B")), qPrintable(b.error));
        QSqlQuery admin(m_admin->connection());
        QVERIFY(admin.exec(QStringLiteral("UPDATE terminals SET lease_seats = 4 WHERE id = %1")
                               .arg(a.identity->terminalId())));
        // One screening just far enough from its start for a lease to last two seconds.
        const int soon =
            scalar(*m_admin, QStringLiteral("SELECT MAX(id) FROM screenings WHERE sold_count = 0"));
        QVERIFY(admin.exec(QStringLiteral("UPDATE screenings SET starts_at = marquee_now_ms() + "
                                          "3600000 + 2000 WHERE id = %1")
                               .arg(soon)));

        SeatLeaser leaser(*a.server, *a.identity);
        const auto leased = leaser.refresh(7);
        QVERIFY2(leased, qPrintable(leased ? QString() : leased.error().message()));
        const int screenings =
            scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM screenings WHERE starts_at > "
                                            "marquee_now_ms() + 3600000 AND starts_at < "
                                            "marquee_now_ms() + 7 * 86400000"));
        QVERIFY(screenings > 10);
        QCOMPARE(*leased, 4 * screenings); // demo screenings all have room for four
        const auto leasedAgain = leaser.refresh(7);
        QCOMPARE(*leasedAgain, *leased); // topped up, not doubled

        const int screening = scalar(
            *m_admin, QStringLiteral("SELECT MIN(screening_id) FROM holds WHERE hold_token = "
                                     "'%1' AND screening_id <> %2")
                          .arg(a.identity->leaseToken())
                          .arg(soon));
        QList<int> leasedSeats;
        QVERIFY(admin.exec(QStringLiteral("SELECT seat_id FROM holds WHERE hold_token = '%1' AND "
                                          "screening_id = %2 ORDER BY seat_id")
                               .arg(a.identity->leaseToken())
                               .arg(screening)));
        while (admin.next())
            leasedSeats << admin.value(0).toInt();
        QCOMPARE(leasedSeats.size(), 4);

        // Another counter cannot hold them, nor lease seats of its own without a manager.
        const auto refused = b.authority->hold(screening, {leasedSeats[0]}, QStringLiteral("b1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), SaleError::SeatTaken);
        QSqlQuery asB(b.server->connection());
        QVERIFY(!asB.exec(QStringLiteral("INSERT INTO holds (screening_id, seat_id, hold_token, "
                                         "terminal_id, created_at, expires_at) VALUES (%1, %2, "
                                         "'lease:%3', %3, 0, 9000000000000)")
                              .arg(screening)
                              .arg(leasedSeats[0] + 200)
                              .arg(b.identity->terminalId())));
        QVERIFY2(asB.lastError().text().contains(QStringLiteral("lease_limit")),
                 qPrintable(asB.lastError().text()));
        // Its own counter sells one of them like any seat.
        const auto sale = sell(*a.authority, screening, {leasedSeats[0]}, 1);
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message()));
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM holds WHERE hold_token = "
                                                 "'%1' AND screening_id = %2")
                                      .arg(a.identity->leaseToken())
                                      .arg(screening)),
                 3);

        // The lease on the screening about to start ends by itself on the server's clock.
        const int soonSeat =
            scalar(*m_admin, QStringLiteral("SELECT MIN(seat_id) FROM holds WHERE hold_token = "
                                            "'%1' AND screening_id = %2")
                                 .arg(a.identity->leaseToken())
                                 .arg(soon));
        QVERIFY(soonSeat > 0);
        QVERIFY(!b.authority->hold(soon, {soonSeat}, QStringLiteral("b2")));
        QTest::qWait(2500);
        QVERIFY(b.authority->hold(soon, {soonSeat}, QStringLiteral("b2")));

        // Back online after an outage: the unsold leases are everyone's again.
        const auto returned = leaser.returnAll();
        QVERIFY(returned);
        QCOMPARE(*returned, *leased - 1 - 4); // one sold, the four of `soon` ended
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM holds WHERE hold_token = "
                                                 "'%1'")
                                      .arg(a.identity->leaseToken())),
                 0);
        QVERIFY(b.authority->hold(screening, {leasedSeats[1]}, QStringLiteral("b3")));
    }

    // The local copy is brought up to date with what changed, not read again whole, and a
    // change made by a transaction still open during one copy arrives with the next.
    // A terminal cut off from the server still lets its people log in: the users are in its
    // copy, hashes only, and a user deactivated on the server is refused after the next copy.
    // (That the terminal role cannot add or change users is in the forbidden statements.)
    void usersAreCopiedSoPeopleLogInOffline()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        QSqlQuery(m_admin->connection())
            .exec(QStringLiteral("DELETE FROM users WHERE login = 'bia'"));
        UserDirectory onServer(*m_admin);
        QCOMPARE(onServer.add(QStringLiteral("bia"), QStringLiteral("Bia"), User::Role::Cashier,
                              QStringLiteral("caixa-da-bia"), QStringLiteral("7531")),
                 std::nullopt);
        ServerFixture::Terminal t;
        QVERIFY2(t.open(uri, QStringLiteral("Caixa")), qPrintable(t.error));
        QVERIFY(!LocalReplica::pullCatalogue(*t.server, *t.local));
        UserDirectory local(*t.local);
        QVERIFY(local.logIn(QStringLiteral("bia"), QStringLiteral("caixa-da-bia")).user);
        QVERIFY(local.switchByPin(QStringLiteral("bia"), QStringLiteral("7531")).user);
        // Deactivated on the server: the next (incremental) copy says so.
        QCOMPARE(onServer.setActive(onServer.user(QStringLiteral("bia"))->id, false), std::nullopt);
        int copied = 0;
        QVERIFY(!LocalReplica::pullCatalogue(*t.server, *t.local, 7, &copied));
        QVERIFY(copied < 1000); // what changed, not the whole catalogue again
        QVERIFY(!local.logIn(QStringLiteral("bia"), QStringLiteral("caixa-da-bia")).user);
    }

    void localCopyFollowsChangesIncrementally()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal a, b;
        QVERIFY2(a.open(uri, QStringLiteral("Caixa A")), qPrintable(a.error));
        QVERIFY2(b.open(uri, QStringLiteral("Caixa B")), qPrintable(b.error));
        int whole = 0;
        QVERIFY(!LocalReplica::pullCatalogue(*a.server, *a.local, 7, &whole));
        const int ticketsThen = scalar(*a.local, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        QVERIFY(whole > 1000 && ticketsThen > 500);

        // B sells two seats; a manager's transaction marks a ticket used and stays open.
        const int screening = scalar(
            *m_admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0 AND "
                                     "starts_at > marquee_now_ms()"));
        const QList<int> seats = {
            scalar(*m_admin, QStringLiteral("SELECT MIN(se.id) FROM seats se JOIN screenings s "
                                            "ON s.room_id = se.room_id WHERE s.id = %1 AND "
                                            "se.kind = 'standard'")
                                 .arg(screening))};
        QVERIFY(sell(*b.authority, screening, {seats[0], seats[0] + 1}, 1));
        const int used = scalar(*m_admin, QStringLiteral("SELECT MIN(id) FROM tickets WHERE "
                                                         "status = 'valid' AND screening_id IN "
                                                         "(SELECT id FROM screenings WHERE "
                                                         "starts_at > marquee_now_ms())"));
        QSqlQuery open(m_admin->connection());
        QVERIFY(open.exec(QStringLiteral("BEGIN")));
        QVERIFY(open.exec(QStringLiteral("UPDATE tickets SET status = 'used', used_at = 1, "
                                         "used_gate = 'Porta X' WHERE id = %1")
                              .arg(used)));

        int changed = 0;
        QVERIFY(!LocalReplica::pullCatalogue(*a.server, *a.local, 7, &changed));
        qInfo() << "rows copied: whole" << whole << "then changes only" << changed;
        QVERIFY2(changed < whole / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(whole)));
        QCOMPARE(scalar(*a.local, QStringLiteral("SELECT COUNT(*) FROM tickets")), ticketsThen + 2);
        QCOMPARE(scalar(*a.local, QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1")
                                      .arg(screening)),
                 2);
        QCOMPARE(scalar(*a.local, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = %1 AND "
                                                 "status = 'used'")
                                      .arg(used)),
                 0); // not committed yet: not seen

        QVERIFY(open.exec(QStringLiteral("COMMIT")));
        QVERIFY(!LocalReplica::pullCatalogue(*a.server, *a.local, 7, &changed));
        QCOMPARE(scalar(*a.local, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = %1 AND "
                                                 "status = 'used' AND used_gate = 'Porta X'")
                                      .arg(used)),
                 1);
        // A revoked key reaches the copy the same way.
        QVERIFY(open.exec(QStringLiteral("UPDATE terminals SET revoked_at = 5 WHERE id = %1")
                              .arg(b.identity->terminalId())));
        QVERIFY(!LocalReplica::pullCatalogue(*a.server, *a.local, 7, &changed));
        QCOMPARE(scalar(*a.local, QStringLiteral("SELECT revoked_at FROM terminals WHERE id = %1")
                                      .arg(b.identity->terminalId())),
                 5);
        // And the copy can always be made again from scratch, to the same result.
        const int before = scalar(*a.local, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        QVERIFY(!LocalReplica::rebuild(*a.server, *a.local, 7));
        QCOMPARE(scalar(*a.local, QStringLiteral("SELECT COUNT(*) FROM tickets")), before);
    }

    void revokedTerminalCannotSell()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal t;
        QVERIFY2(t.open(uri, QStringLiteral("Caixa roubado")), qPrintable(t.error));
        const int screening = makeScreening(*m_admin, 1, 10);
        const QList<int> seats = seatsOf(*m_admin, screening);
        QVERIFY(sell(*t.authority, screening, {seats[0]}, 1));
        // The manager revokes the stolen terminal's key.
        QSqlQuery admin(m_admin->connection());
        QVERIFY(admin.exec(
            QStringLiteral("UPDATE terminals SET revoked_at = marquee_now_ms() WHERE id = %1")
                .arg(t.identity->terminalId())));
        // Already running: its next sale is refused by the store.
        const auto refused = sell(*t.authority, screening, {seats[1]}, 1);
        QVERIFY(!refused);
        QCOMPARE(
            scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1")
                                 .arg(screening)),
            1);
        // Restarting does not help: registration says why.
        const auto error = t.identity->registerOn(*t.server, *t.local);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QStringLiteral("revoked")), qPrintable(*error));
    }

    // An administrator revokes a stolen terminal from the console, as a manager's database
    // login: a code its key signs from then on is refused by a gate on the server and by a
    // gate judging from its local copy once the copy has the change; the audit says who.
    void aTerminalRevokedFromTheConsoleIsRefusedOnlineAndFromTheCopy()
    {
        REQUIRE_SERVER(uri);
        QVERIFY(prepare(uri));
        ServerFixture::Terminal stolen, door;
        QVERIFY2(stolen.open(uri, QStringLiteral("Totem roubado")), qPrintable(stolen.error));
        QVERIFY2(door.open(uri, QStringLiteral("Porta 1")), qPrintable(door.error));
        const QString role =
            QStringLiteral("mgr_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QSqlQuery admin(m_admin->connection());
        QVERIFY(
            admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE marquee_manager").arg(role)));
        QString managerUri = uri;
        managerUri.replace(QStringLiteral("postgresql://postgres@"),
                           QStringLiteral("postgresql://%1@").arg(role));
        auto manager = Database::server(managerUri);
        QVERIFY(!manager->open());
        const auto administrator = UserDirectory(*m_admin).user(QStringLiteral("admin"));
        QVERIFY(administrator);
        TerminalsModel terminals(*manager, *administrator,
                                 Actor{administrator->id, door.identity->terminalId()});
        QVERIFY(terminals.rowOf(stolen.identity->terminalId()) >= 0);
        QCOMPARE(terminals.revoke(stolen.identity->terminalId()), std::nullopt);
        QVERIFY(terminals.terminalAt(terminals.rowOf(stolen.identity->terminalId()))
                    .revokedAt.isValid());

        // The thief signs a ticket with the stolen key.
        const int screening = makeScreening(*m_admin, 1, 10);
        TicketCode::Payload payload;
        payload.terminalId = quint32(stolen.identity->terminalId());
        payload.serial = 999;
        payload.screeningId = quint32(screening);
        payload.seatId = quint32(seatsOf(*m_admin, screening).value(0));
        payload.ticketTypeId = 1;
        payload.issuedAt = QDateTime::currentDateTime();
        const QString code = TicketCode::encode(payload, stolen.identity->secretKey());
        Gatekeeper online(*m_admin, int(door.identity->terminalId()), QStringLiteral("Porta 1"),
                          GatePerson(QStringLiteral("Porteiro Demo")));
        QCOMPARE(GateVerdict::reasonCode(online.judge(code, {}).reason),
                 QStringLiteral("revoked_key"));
        QVERIFY(!LocalReplica::pullCatalogue(*door.server, *door.local));
        Gatekeeper offline(*door.local, int(door.identity->terminalId()), QStringLiteral("Porta 1"),
                           GatePerson(QStringLiteral("Porteiro Demo")));
        QCOMPARE(GateVerdict::reasonCode(offline.judge(code, {}).reason),
                 QStringLiteral("revoked_key"));
        QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                 "'terminal revoked' AND user_id = %1 AND "
                                                 "database_login = '%2'")
                                      .arg(administrator->id)
                                      .arg(role)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
