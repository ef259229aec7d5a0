// SPDX-License-Identifier: GPL-3.0-or-later
// Two counters keep selling while the server is down (stopped as a crash would stop it), each
// only the seats the server leased to it; when it is back, every sale reaches the server once,
// no seat is sold twice, the tickets made offline get in at the door, and a sale that breaks a
// rule the counter could not check is flagged for a manager, not lost. Runs alone: it stops the
// server every suite shares.
#include "core/documents/ticketdocument.h"
#include "core/gate/gatekeeper.h"
#include "core/mail/mailqueue.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/reports/problemsreport.h"
#include "core/sales/salesession.h"
#include "core/sales/saleshistorymodel.h"
#include "core/sync/failoversalesauthority.h"
#include "core/sync/journaledsalesauthority.h"
#include "core/sync/localreplica.h"
#include "core/sync/offlinesalesauthority.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxreplayer.h"
#include "core/sync/seatleaser.h"
#include "core/sync/serveravailability.h"
#include "salehelpers.h"
#include "serverfixture.h"

using namespace TestHelpers;

namespace {
struct Counter
{
    ServerFixture::Terminal terminal;
    std::unique_ptr<OfflineSalesAuthority> offline;
    ServerAvailability server;
    std::unique_ptr<FailoverSalesAuthority> sales;

    bool open(const QString &uri, const QString &name)
    {
        if (!terminal.open(uri, name))
            return false;
        offline = std::make_unique<OfflineSalesAuthority>(*terminal.local, *terminal.identity);
        sales = std::make_unique<FailoverSalesAuthority>(*terminal.authority, *offline, server);
        return true;
    }
    bool takeLeases()
    {
        const auto leased = SeatLeaser(*terminal.server, *terminal.identity).refresh(7);
        return leased && *leased > 0 &&
               !LocalReplica::pullCatalogue(*terminal.server, *terminal.local);
    }
    QList<int> leasedSeats(int screeningId) const
    {
        QList<int> seats;
        QSqlQuery q(terminal.local->connection());
        q.exec(QStringLiteral("SELECT seat_id FROM holds WHERE screening_id = %1 AND "
                              "hold_token = '%2' ORDER BY seat_id")
                   .arg(screeningId)
                   .arg(terminal.identity->leaseToken()));
        while (q.next())
            seats << q.value(0).toInt();
        return seats;
    }
    OutboxReplayer replayer() const
    {
        return OutboxReplayer(*terminal.server, *terminal.local, *terminal.identity);
    }
};

// A cash sale made by a logged-in user, as the counter's SaleSession makes it.
SaleResult<SaleReceipt> sellAs(SalesAuthority &authority, int screeningId, const QList<int> &seats,
                               int userId)
{
    const QString token = QUuid::createUuid().toString();
    if (const auto held = authority.hold(screeningId, seats, token); !held)
        return held.error();
    OrderRequest request{QUuid::createUuid().toString(), screeningId, token, {}, {}, {}, userId};
    for (const int id : seats)
        request.lines.append({id, 1, 0});
    const auto order = authority.placeOrder(request);
    if (!order)
        return order.error();
    PaymentCompletion paid{
        order->id, QUuid::createUuid().toString(), PaymentMethod::Cash, order->totalCents, {}};
    paid.userId = userId;
    return authority.completePayment(paid);
}
} // namespace

class TestOfflineSale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countersSellTheirLeasesThroughAnOutage()
    {
        REQUIRE_SERVER(uri);
        auto admin = Database::server(uri);
        QVERIFY(!admin->open());
        QVERIFY(!DemoData::populate(*admin, QDate::currentDate()));
        Counter a, b;
        QVERIFY2(a.open(uri, QStringLiteral("Caixa A")), qPrintable(a.terminal.error));
        QVERIFY2(b.open(uri, QStringLiteral("Caixa B")), qPrintable(b.terminal.error));
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE terminals SET lease_seats = 6")));
        QVERIFY(a.takeLeases());
        QVERIFY(b.takeLeases());
        const int screening = scalar(
            *admin, QStringLiteral("SELECT MIN(screening_id) FROM holds WHERE hold_token = '%1' "
                                   "AND screening_id IN (SELECT id FROM screenings WHERE "
                                   "starts_at > marquee_now_ms() + 86400000)")
                        .arg(a.terminal.identity->leaseToken()));
        const QList<int> seatsA = a.leasedSeats(screening);
        const QList<int> seatsB = b.leasedSeats(screening);
        QCOMPARE(seatsA.size(), 6);
        QCOMPARE(seatsB.size(), 6);
        QVERIFY(!QSet<int>(seatsA.cbegin(), seatsA.cend())
                     .intersects(QSet<int>(seatsB.cbegin(), seatsB.cend())));
        const int soldBefore = scalar(
            *admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1 AND "
                                   "status <> 'cancelled'")
                        .arg(screening));

        // A door, with its copy taken while the server was up.
        ServerFixture::Terminal door;
        QVERIFY2(door.open(uri, QStringLiteral("Porta 1")), qPrintable(door.error));
        QVERIFY(!LocalReplica::pullCatalogue(*door.server, *door.local));

        // The server dies in the middle of the evening.
        QVERIFY(ServerFixture::stopServer());
        a.server.setAnswering(false);
        b.server.setAnswering(false);

        // Offline, a counter sells its own leased seats, and only those.
        QList<IssuedTicket> issued;
        for (const QList<int> &seats : {seatsA.mid(0, 2), seatsA.mid(2, 2), seatsA.mid(4, 1)}) {
            const auto sale = sell(*a.sales, screening, seats, 1);
            QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message()));
            QCOMPARE(sale->tickets.size(), seats.size());
            issued += sale->tickets;
        }
        for (const QList<int> &seats : {seatsB.mid(0, 3), seatsB.mid(3, 1)}) {
            const auto sale = sell(*b.sales, screening, seats, 1);
            QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message()));
            issued += sale->tickets;
        }
        const auto notMine = sell(*a.sales, screening, {seatsB[5]}, 1);
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().code(), SaleError::SeatUnavailable);
        const auto alreadySold = sell(*a.sales, screening, {seatsA[0]}, 1);
        QVERIFY(!alreadySold);
        // A's map: its unsold lease is free, what it sold is sold, every other seat waits. The
        // sale session is told nothing about the outage: it asks its authority.
        SimulatedCardTerminal card(0);
        SaleSession mapOfA(*a.terminal.local, *a.sales, card);
        QVERIFY(mapOfA.openScreening(screening));
        const auto states = mapOfA.seatStates();
        QVERIFY(!states.contains(seatsA[5]));
        QCOMPARE(states.value(seatsA[0]), SeatState::Sold);
        QCOMPARE(states.value(seatsB[5]), SeatState::HeldByOther);

        // The first customer walks to the door, which is cut off too: the code is genuine and
        // its seat was leased to the counter that signed it, so it gets in (once).
        {
            QSqlQuery soon(door.local->connection());
            QVERIFY(soon.exec(QStringLiteral("UPDATE screenings SET starts_at = %1 WHERE id = %2")
                                  .arg(QDateTime::currentMSecsSinceEpoch() + 600'000)
                                  .arg(screening)));
        }
        // The door person logged in before the outage: the copy has the users.
        const int porta =
            scalar(*door.local, QStringLiteral("SELECT id FROM users WHERE login = 'porta'"));
        QVERIFY(porta > 0);
        Gatekeeper offlineDoor(*door.local, door.identity->terminalId(), QStringLiteral("Porta 1"),
                               GatePerson(QStringLiteral("Porteiro Demo"), porta));
        offlineDoor.setQueueForServer(true);
        QCOMPARE(offlineDoor.judge(issued[0].code, {}).kind, GateVerdict::Kind::Admitted);
        const GateVerdict twice = offlineDoor.judge(issued[0].code, {});
        QCOMPARE(twice.reason, GateVerdict::Reason::AlreadyUsed);
        QCOMPARE(twice.usedGate, QStringLiteral("Porta 1"));
        // A forged code for a leased seat does not get in.
        QString forged = issued[1].code;
        forged[14] = forged[14] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(offlineDoor.judge(forged, {}).reason, GateVerdict::Reason::Forged);

        // A is restarted (a power cut): its sales are in its outbox, nothing else was kept.
        a.offline =
            std::make_unique<OfflineSalesAuthority>(*a.terminal.local, *a.terminal.identity);
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 3);
        QCOMPARE(Outbox::pendingCount(*b.terminal.local), 2);
        // The counter's sales list marks them as sold offline, waiting to be sent.
        SalesHistoryModel history(*a.terminal.local, a.terminal.identity->terminalId());
        QCOMPARE(history.rowCount(), 3);
        for (int row = 0; row < history.rowCount(); ++row)
            QCOMPARE(history.rowAt(row).state, SalesHistoryModel::State::Offline);
        QVERIFY(history.rowAt(0).seats.contains(QLatin1Char(' ')) ||
                history.rowAt(0).seats.size() >= 2);

        QVERIFY(ServerFixture::startServer());
        for (Counter *c : {&a, &b})
            c->terminal.server->resetConnection();
        admin->resetConnection();
        // The door comes back before the counter has sent its sales: its admission waits.
        door.server->resetConnection();
        const auto early =
            OutboxReplayer(*door.server, *door.local, *door.identity).replayPending();
        QCOMPARE(early.deferred, 1);
        QCOMPARE(early.remaining, 1);
        const auto reportA = a.replayer().replayPending();
        const auto reportB = b.replayer().replayPending();
        QCOMPARE(reportA.applied, 3);
        QCOMPARE(reportB.applied, 2);
        QCOMPARE(reportA.refused + reportB.refused, 0);
        history.refresh();
        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.rowAt(0).state, SalesHistoryModel::State::Sent);
        // Once the copy comes back from the server they are ordinary recorded sales.
        QVERIFY(!LocalReplica::pullCatalogue(*a.terminal.server, *a.terminal.local));
        history.refresh();
        QCOMPARE(history.rowCount(), 3);
        for (int row = 0; row < history.rowCount(); ++row)
            QCOMPARE(history.rowAt(row).state, SalesHistoryModel::State::Recorded);

        // Every ticket sold offline is on the server once, and no seat twice.
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                               "screening_id = %1 AND status <> 'cancelled'")
                                    .arg(screening)),
                 soldBefore + 9);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM (SELECT screening_id, "
                                               "seat_id FROM tickets WHERE status <> "
                                               "'cancelled' GROUP BY 1, 2 HAVING COUNT(*) > 1) x")),
                 0);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = "
                                               "'approved' AND order_id IN (SELECT id FROM orders "
                                               "WHERE hold_token = 'offline')")),
                 5);
        // The offline door's scans reached the server under the person who ran the door.
        QVERIFY(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM scans WHERE user_id = %1 AND "
                                              "user_name = 'Porteiro Demo'")
                                   .arg(porta)) >= 1);
        // Sold leases are leases no more; the unsold ones are still the counters'.
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM holds WHERE screening_id = "
                                               "%1 AND hold_token LIKE 'lease:%'")
                                    .arg(screening)),
                 12 - 9);
        // Now the door's admission finds its ticket: used, at the time and door it got in.
        const auto late = OutboxReplayer(*door.server, *door.local, *door.identity).replayPending();
        QCOMPARE(late.applied, 1);
        QCOMPARE(late.remaining, 0);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE terminal_id = "
                                               "%1 AND serial = %2 AND status = 'used' AND "
                                               "used_gate = 'Porta 1'")
                                    .arg(a.terminal.identity->terminalId())
                                    .arg(issued[0].serial)),
                 1);
        issued.removeFirst();
        // The codes made offline get in at the door like any other.
        Gatekeeper gate(*admin, a.terminal.identity->terminalId(), QStringLiteral("Porta"),
                        QStringLiteral("staff"));
        QVERIFY(q.exec(QStringLiteral("UPDATE screenings SET starts_at = marquee_now_ms() + "
                                      "600000 WHERE id = %1")
                           .arg(screening)));
        for (const IssuedTicket &t : std::as_const(issued))
            QCOMPARE(gate.judge(t.code, {}).kind, GateVerdict::Kind::Admitted);

        // Sent again after a lost reply: applied once.
        QSqlQuery local(a.terminal.local->connection());
        QVERIFY(local.exec(QStringLiteral("UPDATE outbox SET state = 'pending'")));
        const auto again = a.replayer().replayPending();
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.alreadyApplied, 3);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE "
                                               "screening_id = %1 AND status <> 'cancelled'")
                                    .arg(screening)),
                 soldBefore + 9);
    }

    // The customer's card was charged, and then the server stopped answering before the sale
    // was recorded (or the counter crashed there): the payment waits in the outbox and is
    // recorded, tickets and all, when the server is back.
    // Sales made offline by two cashiers reach the server under their names: the order, the
    // payment and every ticket, whether the replay sends one sale alone or a run of them at once.
    void offlineSalesKeepTheirCashierThroughTheReplay()
    {
        REQUIRE_SERVER(uri);
        auto admin = Database::server(uri);
        QVERIFY(!admin->open());
        QVERIFY(!DemoData::populate(*admin, QDate::currentDate()));
        Counter a;
        QVERIFY2(a.open(uri, QStringLiteral("Caixa A")), qPrintable(a.terminal.error));
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE terminals SET lease_seats = 6")));
        QVERIFY(a.takeLeases()); // the users come with the copy
        // Tomorrow or later: a lease ends before its screening, and today's may be ending.
        const int screening = scalar(
            *admin, QStringLiteral("SELECT MIN(screening_id) FROM holds WHERE hold_token = '%1' "
                                   "AND screening_id IN (SELECT id FROM screenings WHERE "
                                   "starts_at > marquee_now_ms() + 86400000)")
                        .arg(a.terminal.identity->leaseToken()));
        const QList<int> seats = a.leasedSeats(screening);
        QCOMPARE(seats.size(), 6);
        const int caixa =
            scalar(*admin, QStringLiteral("SELECT id FROM users WHERE login = 'caixa'"));
        const int gerente =
            scalar(*admin, QStringLiteral("SELECT id FROM users WHERE login = 'gerente'"));
        QVERIFY(caixa > 0 && gerente > 0 && caixa != gerente);
        const auto soldBy = [&](int userId) {
            return scalar(*admin,
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE user_id = %1) "
                                         "* 10000 + (SELECT COUNT(*) FROM payments WHERE user_id "
                                         "= %1) * 100 + (SELECT COUNT(*) FROM tickets WHERE "
                                         "user_id = %1)")
                              .arg(userId));
        };

        // One sale alone.
        QVERIFY(ServerFixture::stopServer());
        a.server.setAnswering(false);
        QVERIFY(sellAs(*a.sales, screening, seats.mid(0, 2), caixa));
        QVERIFY(ServerFixture::startServer());
        a.terminal.server->resetConnection();
        admin->resetConnection();
        QCOMPARE(a.replayer().replayPending().applied, 1);
        QCOMPARE(soldBy(caixa), 10102); // 1 order, 1 payment, 2 tickets

        // A run of two, by two people.
        QVERIFY(ServerFixture::stopServer());
        QVERIFY(sellAs(*a.sales, screening, seats.mid(2, 1), caixa));
        QVERIFY(sellAs(*a.sales, screening, seats.mid(3, 2), gerente));
        // Someone the server does not know (a backup restored since): the sale still goes in,
        // under its terminal alone, never refused for it.
        QVERIFY(sellAs(*a.sales, screening, seats.mid(5, 1), 999999));
        QVERIFY(ServerFixture::startServer());
        a.terminal.server->resetConnection();
        admin->resetConnection();
        QCOMPARE(a.replayer().replayPending().applied, 3);
        QCOMPARE(soldBy(caixa), 20203);
        QCOMPARE(soldBy(gerente), 10102);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN orders o ON "
                                               "o.id = t.order_id WHERE t.seat_id = %1 AND "
                                               "t.screening_id = %2 AND o.user_id IS NULL AND "
                                               "t.user_id IS NULL")
                                    .arg(seats[5])
                                    .arg(screening)),
                 1);
    }

    void aPaymentTakenDuringAnOutageIsRecordedLater()
    {
        REQUIRE_SERVER(uri);
        auto admin = Database::server(uri);
        QVERIFY(!admin->open());
        QVERIFY(!DemoData::populate(*admin, QDate::currentDate()));
        Counter a;
        QVERIFY2(a.open(uri, QStringLiteral("Caixa A")), qPrintable(a.terminal.error));
        // The copy a running counter has (for the e-mail of a sale the replay completes).
        QVERIFY(!LocalReplica::pullCatalogue(*a.terminal.server, *a.terminal.local));
        JournaledSalesAuthority journaled(*a.terminal.authority, *a.terminal.local);
        const int screening =
            scalar(*admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0"));
        QList<int> seats;
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT se.id FROM seats se JOIN screenings s ON "
                                      "s.room_id = se.room_id WHERE s.id = %1 AND se.kind = "
                                      "'standard' ORDER BY se.id LIMIT 2")
                           .arg(screening)));
        while (q.next())
            seats << q.value(0).toInt();
        QVERIFY(journaled.hold(screening, seats, QStringLiteral("sale-1")));
        OrderRequest request{
            QStringLiteral("order-1"),        screening, QStringLiteral("sale-1"), {}, {},
            QStringLiteral("ana@example.com")};
        for (const int id : seats)
            request.lines.append({id, 1, 0});
        const auto order = journaled.placeOrder(request);
        QVERIFY(order);
        QVERIFY(journaled.beginCardPayment(order->id, QStringLiteral("pay-1")));
        // A second customer's card attempt on two other seats.
        QVERIFY(journaled.hold(screening, {seats[0] + 2, seats[0] + 3}, QStringLiteral("sale-2")));
        OrderRequest second{
            QStringLiteral("order-2"), screening, QStringLiteral("sale-2"), {}, {}, {}};
        second.lines = {{seats[0] + 2, 1, 0}, {seats[0] + 3, 1, 0}};
        const auto order2 = journaled.placeOrder(second);
        QVERIFY(order2);
        QVERIFY(journaled.beginCardPayment(order2->id, QStringLiteral("pay-2")));
        // A third customer is still choosing.
        QVERIFY(journaled.hold(screening, {seats[0] + 4}, QStringLiteral("sale-3")));
        // The card terminal approves; the server is gone before the sale is recorded.
        QVERIFY(ServerFixture::stopServer());
        const PaymentCompletion completion{order->id, QStringLiteral("pay-1"), PaymentMethod::Card,
                                           0, QStringLiteral("ch_approved")};
        QVERIFY(!journaled.completePayment(completion));
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 1);
        // The second card was charged too, but that sale is given up: the refund owed is
        // written down as well.
        QVERIFY(!journaled.recordRefund(QStringLiteral("pay-2"), QStringLiteral("ch_refund")));
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 2);
        // The third walks away: the seat is given back as soon as the server can hear it.
        QVERIFY(!journaled.release(QStringLiteral("sale-3"), {}));
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 3);

        QVERIFY(ServerFixture::startServer());
        a.terminal.server->resetConnection();
        admin->resetConnection();
        const auto report = a.replayer().replayPending();
        QCOMPARE(report.applied, 3);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM holds WHERE hold_token = "
                                               "'sale-3'")),
                 0);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                               "idempotency_key = 'pay-2' AND status = "
                                               "'refunded' AND provider_reference = 'ch_refund'")),
                 1);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN orders o ON "
                                               "o.id = t.order_id WHERE o.idempotency_key = "
                                               "'order-1' AND o.status = 'paid'")),
                 2);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                               "idempotency_key = 'pay-1' AND status = "
                                               "'approved' AND provider_reference = "
                                               "'ch_approved'")),
                 1);
        // The customer who gave an address gets the tickets, though the screen that queues
        // mail never saw the sale complete.
        const QString mailToAna = QStringLiteral(
            "SELECT COUNT(*) FROM mail_queue WHERE recipient = 'ana@example.com' AND "
            "order_key = 'order-1'");
        QCOMPARE(scalar(*a.terminal.local, mailToAna), 1);
        // The counter asks again (same key): the same sale, not a second one.
        const auto again = journaled.completePayment(completion);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        QCOMPARE(again->tickets.size(), 2);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_id = %1")
                                    .arg(order->id)),
                 2);
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 0);
        // And its screen queueing the mail now does not queue a second one.
        QVERIFY(!MailQueue(*a.terminal.local)
                     .enqueueTickets(TicketDocument::contentOf(*again, Screening(), {}, {}),
                                     QStringLiteral("ana@example.com"))
                     .has_value());
        QCOMPARE(scalar(*a.terminal.local, mailToAna), 1);
    }

    // What a counter cannot check offline, the server checks on upload: a sale past the CPF
    // limit (the manager lowered it while the counter was away) is kept for a manager.
    void aSaleTheServerRefusesIsFlaggedNotLost()
    {
        REQUIRE_SERVER(uri);
        auto admin = Database::server(uri);
        QVERIFY(!admin->open());
        QVERIFY(!DemoData::populate(*admin, QDate::currentDate()));
        Counter a;
        QVERIFY2(a.open(uri, QStringLiteral("Caixa A")), qPrintable(a.terminal.error));
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE terminals SET lease_seats = 4")));
        QVERIFY(a.takeLeases());
        // Tomorrow or later: a lease ends before its screening, and today's may be ending.
        const int screening = scalar(
            *admin, QStringLiteral("SELECT MIN(screening_id) FROM holds WHERE hold_token = '%1' "
                                   "AND screening_id IN (SELECT id FROM screenings WHERE "
                                   "starts_at > marquee_now_ms() + 86400000)")
                        .arg(a.terminal.identity->leaseToken()));
        const QList<int> seats = a.leasedSeats(screening);
        a.server.setAnswering(false);
        // Two sales, sent together: the one within every rule still gets in.
        const auto plain = sell(*a.sales, screening, seats.mid(3, 1), 1);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message()));
        const auto sale =
            sell(*a.sales, screening, seats.mid(0, 3), 1, QStringLiteral("529.982.247-25"));
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message()));
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = '2' WHERE key = "
                                      "'max_tickets_per_cpf'")));
        const auto report = a.replayer().replayPending();
        QCOMPARE(report.applied, 1);
        QCOMPARE(report.refused, 1);
        QVERIFY2(report.refusals.value(0).contains(QStringLiteral("cpf_limit")),
                 qPrintable(report.refusals.value(0)));
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM flagged_uploads WHERE "
                                               "kind = 'sale' AND reason LIKE '%cpf_limit%' AND "
                                               "jsonb_array_length(payload -> 'tickets') = 3")),
                 1);
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 0);
        QCOMPARE(scalar(*a.terminal.local,
                        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'refused'")),
                 1);
        // What a manager is shown: the counter, the three tickets, the total and the reason.
        const auto [problems, error] = ProblemsReport::read(*admin);
        QVERIFY2(problems, qPrintable(error));
        QCOMPARE(problems->flaggedSales.size(), 1);
        QCOMPARE(problems->flaggedSales[0].terminal, QStringLiteral("Caixa A"));
        QCOMPARE(problems->flaggedSales[0].tickets, 3);
        QCOMPARE(problems->flaggedSales[0].totalCents, sale->order.totalCents);
        QVERIFY(problems->flaggedSales[0].reason.contains(QStringLiteral("cpf_limit")));
        SalesHistoryModel history(*a.terminal.local, a.terminal.identity->terminalId());
        int flagged = 0;
        for (int row = 0; row < history.rowCount(); ++row)
            flagged += history.rowAt(row).state == SalesHistoryModel::State::Flagged ? 1 : 0;
        QCOMPARE(flagged, 1);
        // Sent again, it is not flagged twice.
        QSqlQuery local(a.terminal.local->connection());
        QVERIFY(local.exec(QStringLiteral("UPDATE outbox SET state = 'pending'")));
        QCOMPARE(a.replayer().replayPending().alreadyApplied, 2);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM flagged_uploads")), 1);
        // Two days on, what the server confirmed is forgotten locally; nothing else is.
        QVERIFY(local.exec(QStringLiteral("UPDATE outbox SET sent_at = sent_at - 3 * 86400000")));
        QCOMPARE(Outbox::purgeDone(*a.terminal.local), 2);
        QCOMPARE(scalar(*a.terminal.local, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(TestOfflineSale)
#include "tst_offlinesale.moc"
