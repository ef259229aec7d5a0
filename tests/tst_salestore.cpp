// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogrepository.h"
#include "core/sales/cpf.h"
#include "core/store/storesettings.h"
#include "salehelpers.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

using namespace TestHelpers;

namespace {
const QString kCpf = QStringLiteral("529.982.247-25");

QList<int> sellableSeats(const Database &db, const Screening &s, int count)
{
    QList<int> ids;
    const RoomLayout layout = CatalogRepository(db).roomLayout(s.roomId);
    for (const Seat &seat : layout.seats()) {
        if (seat.kind == SeatKind::Standard && ids.size() < count)
            ids << seat.id;
    }
    return ids;
}

int ticketCount(const Database &db, const QString &where = QStringLiteral("1 = 1"))
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE ") + where);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestSaleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A sale changed after a failed payment goes on under a new order with the same hold
    // token; closing the old order later (the payment sweep does) must not free the seats the
    // new one is being paid with.
    void cancellingAReplacedOrderKeepsTheSeatsOfItsSuccessor()
    {
        TestDatabase t;
        const Screening s = TestHelpers::freshScreening(*t.database);
        const QList<int> seats = TestHelpers::standardSeats(*t.database, s.id, 2);
        const QString token = QUuid::createUuid().toString();
        QVERIFY(t.authority->hold(s.id, seats, token));
        OrderRequest first{QUuid::createUuid().toString(), s.id, token, {}, {}, {}};
        for (const int id : seats)
            first.lines.append({id, 1, 0});
        const auto replaced = t.authority->placeOrder(first);
        QVERIFY(replaced);
        QVERIFY(t.authority->cancelOrder(replaced->id, false));
        OrderRequest second = first;
        second.idempotencyKey = QUuid::createUuid().toString();
        QVERIFY(t.authority->placeOrder(second));
        QVERIFY(t.authority->cancelOrder(replaced->id));
        QCOMPARE(TestHelpers::scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM holds WHERE "
                                                                 "hold_token = '%1'")
                                                      .arg(token)),
                 2);
    }
    void migrationsAndWal()
    {
        TestDatabase t(false);
        QCOMPARE(t.database->schemaVersion(), t.database->latestSchemaVersion());
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // Opening again applies nothing twice and keeps the identity.
        Database again(t.path);
        QVERIFY(!again.open());
        const auto id = TerminalIdentity::loadOrCreate(again, QStringLiteral("x"));
        QCOMPARE(id->terminalId(), t.identity.terminalId());
        QCOMPARE(id->publicKey(), t.identity.publicKey());
    }

    void newerSchemaIsRefusedWithAMessage()
    {
        TestDatabase t(false);
        QSqlQuery(t.database->connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        Database again(t.path);
        const auto error = again.open();
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QStringLiteral("newer")), qPrintable(*error));
    }

    void holdThenOtherSaleIsRefusedUntilRelease()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 2);
        QVERIFY(t.authority->hold(s.id, seats, QStringLiteral("A")));
        const auto other = t.authority->hold(s.id, {seats[1]}, QStringLiteral("B"));
        QVERIFY(!other);
        QCOMPARE(other.error().code(), SaleError::SeatTaken);
        QCOMPARE(other.error().seatIds(), QList<int>{seats[1]});
        QVERIFY(other.error().message().contains(QStringLiteral("A2")));
        // Cancelling frees the seats at once.
        QVERIFY(t.authority->release(QStringLiteral("A"), {}));
        QVERIFY(t.authority->hold(s.id, {seats[1]}, QStringLiteral("B")));
    }

    void expiredHoldFreesTheSeatAndCannotBePaid()
    {
        TestDatabase t;
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        t.authority->setClock([&now] { return now; });
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 1);
        const auto grant = t.authority->hold(s.id, seats, QStringLiteral("A"));
        QVERIFY(grant);
        QCOMPARE(grant->expiresAt.toMSecsSinceEpoch(), now + 15 * 60000);
        // Adding a seat later does not extend the hold.
        now += 10 * 60000;
        const auto more =
            t.authority->hold(s.id, sellableSeats(*t.database, s, 2), QStringLiteral("A"));
        QVERIFY(more);
        QCOMPARE(more->expiresAt, grant->expiresAt);
        QVERIFY(!t.authority->hold(s.id, seats, QStringLiteral("B")));
        now += 5 * 60000 + 1;
        // Expired: someone else can take it, and the first sale cannot be ordered.
        QVERIFY(t.authority->hold(s.id, seats, QStringLiteral("B")));
        OrderRequest request{QStringLiteral("k"), s.id, QStringLiteral("A"),
                             {{seats[0], 1, 0}},  {},   {}};
        const auto order = t.authority->placeOrder(request);
        QVERIFY(!order);
        QCOMPARE(order.error().code(), SaleError::SeatTaken);
    }

    void holdMinutesAreCappedByTheHardMaximum()
    {
        TestDatabase t;
        StoreSettings(*t.database).setValue(QStringLiteral("hold_minutes"), QStringLiteral("600"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        t.authority->setClock([now] { return now; });
        const Screening s = freshScreening(*t.database);
        const auto grant =
            t.authority->hold(s.id, sellableSeats(*t.database, s, 1), QStringLiteral("A"));
        QCOMPARE(grant->expiresAt.toMSecsSinceEpoch(), now + 30 * 60000);
    }

    void blockedSeatCannotBeHeld()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database, QStringLiteral("Sala 2"));
        int blocked = 0;
        const RoomLayout layout = CatalogRepository(*t.database).roomLayout(s.roomId);
        for (const Seat &seat : layout.seats()) {
            if (seat.kind == SeatKind::Blocked)
                blocked = seat.id;
        }
        QVERIFY(blocked);
        const auto r = t.authority->hold(s.id, {blocked}, QStringLiteral("A"));
        QCOMPARE(r.error().code(), SaleError::SeatUnavailable);
    }

    void sameIdempotencyKeyMakesOneOrder()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 2);
        QVERIFY(t.authority->hold(s.id, seats, QStringLiteral("A")));
        OrderRequest request{QStringLiteral("same-key"),           s.id, QStringLiteral("A"),
                             {{seats[0], 1, 0}, {seats[1], 1, 0}}, {},   {}};
        const auto first = t.authority->placeOrder(request);
        const auto second = t.authority->placeOrder(request);
        QVERIFY(first && second);
        QCOMPARE(second->id, first->id);
        QSqlQuery q(t.database->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM orders WHERE idempotency_key = 'same-key'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Paying twice with the same payment key issues the tickets once.
        PaymentCompletion pay{first->id, QStringLiteral("pay-1"), PaymentMethod::Cash, 10000, {}};
        const auto r1 = t.authority->completePayment(pay);
        const auto r2 = t.authority->completePayment(pay);
        QVERIFY(r1 && r2);
        QCOMPARE(r1->tickets.size(), 2);
        QCOMPARE(r2->tickets.size(), 2);
        QCOMPARE(r2->tickets.first().code, r1->tickets.first().code);
        QCOMPARE(r1->changeCents, 10000 - first->totalCents);
        QCOMPARE(ticketCount(*t.database, QStringLiteral("order_id = %1").arg(first->id)), 2);
        // And a third attempt with a new key is refused: the order is paid.
        pay.paymentKey = QStringLiteral("pay-2");
        QCOMPARE(t.authority->completePayment(pay).error().code(), SaleError::OrderNotPending);
    }

    void cashShortOfTheTotalIsRefused()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 1);
        QVERIFY(t.authority->hold(s.id, seats, QStringLiteral("A")));
        const auto order = t.authority->placeOrder(
            {QStringLiteral("k"), s.id, QStringLiteral("A"), {{seats[0], 1, 0}}, {}, {}});
        QVERIFY(order);
        const auto r = t.authority->completePayment(
            {order->id, QStringLiteral("p"), PaymentMethod::Cash, order->totalCents - 1, {}});
        QCOMPARE(r.error().code(), SaleError::InsufficientCash);
        // Nothing was lost: the seat is still ours and the right amount completes the sale.
        QVERIFY(t.authority->completePayment(
            {order->id, QStringLiteral("p2"), PaymentMethod::Cash, order->totalCents, {}}));
    }

    void cpfLimitOfTenPerScreening()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 12);
        QVERIFY(sell(*t.authority, s.id, seats.mid(0, 6), 1, kCpf));
        const auto tooMany = sell(*t.authority, s.id, seats.mid(6, 5), 1, kCpf);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code(), SaleError::CpfLimit);
        QVERIFY(tooMany.error().message().contains(QStringLiteral("4")));
        QVERIFY(sell(*t.authority, s.id, seats.mid(6, 4), 1, kCpf));
        QCOMPARE(ticketCount(*t.database, QStringLiteral("customer_cpf = '52998224725'")), 10);
        // Another CPF is not affected; the same CPF in another screening neither.
        QVERIFY(sell(*t.authority, s.id, seats.mid(10, 1), 1, QStringLiteral("11144477735")));
    }

    void cpfLimitIsEnforcedByTheStoreItself()
    {
        // A client that skips every check still cannot insert an eleventh ticket.
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 11);
        QSqlQuery q(t.database->connection());
        q.exec(
            QStringLiteral("INSERT INTO orders (idempotency_key, screening_id, hold_token, "
                           "status, total_cents, created_at) VALUES ('raw', %1, 'x', 'paid', 0, 0)")
                .arg(s.id));
        const qint64 orderId = q.lastInsertId().toLongLong();
        for (int i = 0; i < 11; ++i) {
            const bool ok =
                q.exec(QStringLiteral("INSERT INTO tickets (order_id, screening_id, seat_id, "
                                      "ticket_type_id, price_cents, customer_cpf, terminal_id, "
                                      "serial, code, status, created_at) VALUES "
                                      "(%1, %2, %3, 1, 0, '52998224725', 1, %4, 'c', 'valid', 0)")
                           .arg(orderId)
                           .arg(s.id)
                           .arg(seats[i])
                           .arg(90000 + i));
            QCOMPARE(ok, i < 10);
        }
        QVERIFY(q.lastError().text().contains(QStringLiteral("cpf_limit")));
    }

    void meiaCapRefusesPastTheShare()
    {
        TestDatabase t;
        StoreSettings(*t.database)
            .setValue(QStringLiteral("max_seats_per_sale"), QStringLiteral("100"));
        const Screening s = freshScreening(*t.database, QStringLiteral("Sala 1"));
        const int cap = s.meiaCap();
        QCOMPARE(cap, s.seatCount * 40 / 100);
        const int meia = CatalogRepository(*t.database).ticketTypes().at(1).id;
        const QList<int> seats = sellableSeats(*t.database, s, cap + 2);
        QVERIFY(sell(*t.authority, s.id, seats.mid(0, cap - 1), meia));
        const auto over = sell(*t.authority, s.id, seats.mid(cap - 1, 2), meia);
        QVERIFY(!over);
        QCOMPARE(over.error().code(), SaleError::MeiaCap);
        QVERIFY(sell(*t.authority, s.id, seats.mid(cap - 1, 1), meia));
        QCOMPARE(CatalogRepository(*t.database).meiaSold(s.id), cap);
        // Inteira is still on sale.
        QVERIFY(sell(*t.authority, s.id, seats.mid(cap, 1), 1));
    }

    void twoConnectionsRacingNeverSellASeatTwice()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 40);
        std::atomic<int> successes{0};
        std::atomic<int> refusals{0};
        // Two threads, each with its own Database object and so its own SQLite connection to
        // the same file, try to buy every seat in the same order.
        const auto racer = [&](int n) {
            Database db(t.path);
            if (db.open())
                return;
            SqlSalesAuthority authority(db, t.identity);
            for (const int seat : seats) {
                const auto r = sell(authority, s.id, {seat}, 1);
                if (r)
                    ++successes;
                else if (r.error().code() == SaleError::SeatTaken)
                    ++refusals;
                else
                    qWarning() << "racer" << n << r.error().message();
            }
        };
        auto a = QtConcurrent::run(racer, 1);
        auto b = QtConcurrent::run(racer, 2);
        a.waitForFinished();
        b.waitForFinished();
        QCOMPARE(successes.load(), int(seats.size()));
        QCOMPARE(refusals.load(), int(seats.size()));
        QSqlQuery q(t.database->connection());
        q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT seat_id) FROM tickets WHERE "
                              "screening_id = %1 AND status <> 'cancelled'")
                   .arg(s.id));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(seats.size()));
        QCOMPARE(q.value(1).toInt(), int(seats.size()));
    }

    void cardIsNotChargedPastTheCpfLimit()
    {
        // Two counters take orders for the same CPF, 6 + 6; the first pays. The second must be
        // refused before its card is charged, not refunded after.
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 12);
        QVERIFY(t.authority->hold(s.id, seats.mid(0, 6), QStringLiteral("A")));
        QVERIFY(t.authority->hold(s.id, seats.mid(6, 6), QStringLiteral("B")));
        OrderRequest a{QStringLiteral("ka"), s.id, QStringLiteral("A"), {}, kCpf, {}};
        OrderRequest b{QStringLiteral("kb"), s.id, QStringLiteral("B"), {}, kCpf, {}};
        for (int i = 0; i < 6; ++i) {
            a.lines.append({seats[i], 1, 0});
            b.lines.append({seats[6 + i], 1, 0});
        }
        const auto orderA = t.authority->placeOrder(a);
        const auto orderB = t.authority->placeOrder(b);
        QVERIFY(orderA && orderB);
        QVERIFY(t.authority->completePayment(
            {orderA->id, QStringLiteral("pa"), PaymentMethod::Cash, orderA->totalCents, {}}));
        const auto begun = t.authority->beginCardPayment(orderB->id, QStringLiteral("pb"));
        QVERIFY(!begun);
        QCOMPARE(begun.error().code(), SaleError::CpfLimit);
    }

    void cardPaymentInFlightBlocksCancelAndRefundsAreRecorded()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 1);
        QVERIFY(t.authority->hold(s.id, seats, QStringLiteral("A")));
        const auto order = t.authority->placeOrder(
            {QStringLiteral("k"), s.id, QStringLiteral("A"), {{seats[0], 1, 0}}, {}, {}});
        QVERIFY(t.authority->beginCardPayment(order->id, QStringLiteral("card-1")));
        // The card terminal is charging: the order cannot be cancelled under it.
        QCOMPARE(t.authority->cancelOrder(order->id).error().code(), SaleError::OrderNotPending);
        // Whatever stopped the completion, the refund still goes on record.
        QVERIFY(t.authority->recordRefund(QStringLiteral("card-1"), QStringLiteral("sim_ref")));
        QSqlQuery q(t.database->connection());
        q.exec(QStringLiteral(
            "SELECT status, provider_reference FROM payments WHERE idempotency_key = 'card-1'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("refunded"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("sim_ref"));
        q.finish();
        QVERIFY(t.authority->cancelOrder(order->id));
    }

    void paidTicketsCannotBeRewritten()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        QVERIFY(sell(*t.authority, s.id, sellableSeats(*t.database, s, 1), 1));
        QSqlQuery q(t.database->connection());
        // Turning a sold inteira into a meia, or moving it to another CPF, would dodge the
        // limits that were checked at the sale.
        QVERIFY(!q.exec(QStringLiteral("UPDATE tickets SET ticket_type_id = 2")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE tickets SET customer_cpf = '11144477735'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("ticket_immutable")));
    }

    // The sale's messages depend on which rule refused a ticket; the store names it the same
    // way on SQLite as on PostgreSQL (tst_server), whatever the message text says.
    void storeNamesTheRuleABrokenStatementBroke()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 2);
        const auto receipt = sell(*t.authority, s.id, {seats[0]}, 1);
        QVERIFY(receipt);
        QCOMPARE(rulesBrokenByForgedTickets(*t.database, receipt->tickets[0].id, seats[1]),
                 QStringList({QStringLiteral("tickets_one_active_per_seat"),
                              QStringLiteral("tickets_terminal_id_serial_key"),
                              QStringLiteral("(accepted)"), QStringLiteral("ticket_cancelled"),
                              QString()}));
    }

    void ticketsCarryVerifiableCodes()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database);
        const QList<int> seats = sellableSeats(*t.database, s, 3);
        const auto receipt = sell(*t.authority, s.id, seats, 1);
        QVERIFY(receipt);
        const auto keys = TerminalIdentity::keyLookup(*t.database);
        QSet<quint32> serials;
        for (const IssuedTicket &ticket : receipt->tickets) {
            const auto v = TicketCode::verify(ticket.code, keys);
            QCOMPARE(v.status, TicketCode::Status::Valid);
            QCOMPARE(int(v.payload.screeningId), s.id);
            QCOMPARE(int(v.payload.seatId), ticket.seatId);
            QCOMPARE(int(v.payload.terminalId), t.identity.terminalId());
            serials.insert(v.payload.serial);
        }
        QCOMPARE(serials.size(), 3);
        // Demo tickets sold by the demo terminal verify too.
        QSqlQuery q(t.database->connection());
        q.exec(QStringLiteral("SELECT code FROM tickets WHERE terminal_id <> %1 LIMIT 1")
                   .arg(t.identity.terminalId()));
        QVERIFY(q.next());
        QVERIFY(TicketCode::verify(q.value(0).toString(), keys).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSaleStore)
#include "tst_salestore.moc"
