// SPDX-License-Identifier: GPL-3.0-or-later
// A counter killed with SIGKILL in the middle of sales, again and again: after each restart
// the embedded store has lost no completed sale and holds no half-made one, and a counter
// selling offline has every reported sale in its outbox, once, with no seat or serial reused.
#include "salehelpers.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace TestHelpers;

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidSaleLosesAndDuplicatesNothing()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database, QStringLiteral("Sala 4"));
        QVERIFY(s.id);
        QSet<int> reportedOrders;
        for (int round = 0; round < 4; ++round) {
            QProcess seller;
            seller.setProgram(QStringLiteral(CRASHSALE_PATH));
            seller.setArguments({t.path, QString::number(s.id), QString::number(round + 1)});
            seller.start();
            QVERIFY(seller.waitForStarted());
            // Let it complete a few sales, then pull the plug at whatever point it is.
            QString output;
            while (output.count(QLatin1Char('\n')) < 5 + round * 3) {
                QVERIFY2(seller.waitForReadyRead(20000), "the seller stopped selling");
                output += QString::fromLatin1(seller.readAllStandardOutput());
            }
            seller.kill(); // SIGKILL: no destructors, no rollback by the program
            QVERIFY(seller.waitForFinished());
            output += QString::fromLatin1(seller.readAllStandardOutput());
            for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                reportedOrders.insert(line.section(QLatin1Char(' '), 3, 3).toInt());
        }
        // A fresh connection, as after a restart.
        Database reopened(t.path);
        QVERIFY(!reopened.open());
        QCOMPARE(scalar(reopened, QStringLiteral("SELECT COUNT(*) FROM pragma_integrity_check() "
                                                 "WHERE integrity_check <> 'ok'")),
                 0);
        // Every sale the seller reported is there, paid, with its tickets.
        for (const int orderId : std::as_const(reportedOrders)) {
            QCOMPARE(scalar(reopened,
                            QStringLiteral(
                                "SELECT COUNT(*) FROM orders WHERE id = %1 AND status = 'paid'")
                                .arg(orderId)),
                     1);
        }
        // Nothing half made: paid orders have all their tickets and one payment; unpaid ones none.
        QCOMPARE(
            scalar(reopened,
                   QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.status = 'paid' AND "
                                  "((SELECT COUNT(*) FROM tickets t WHERE t.order_id = o.id) <> "
                                  "(SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id) OR "
                                  "(SELECT COUNT(*) FROM payments p WHERE p.order_id = o.id AND "
                                  "p.status = 'approved') <> 1)")),
            0);
        QCOMPARE(scalar(reopened,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id "
                            "WHERE o.status <> 'paid'")),
                 0);
        // No seat sold twice; paid orders beyond those reported are at most one per kill
        // (committed in the instant before the kill, not yet printed).
        QCOMPARE(
            scalar(reopened,
                   QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT seat_id) FROM tickets WHERE "
                                  "screening_id = %1 AND status <> 'cancelled'")
                       .arg(s.id)),
            0);
        const int paid =
            scalar(reopened, QStringLiteral("SELECT COUNT(*) FROM orders WHERE screening_id = %1 "
                                            "AND status = 'paid'")
                                 .arg(s.id));
        QVERIFY(paid >= reportedOrders.size());
        QVERIFY(paid <= reportedOrders.size() + 4);
        // Seats held by the killed sellers are still held until they expire, never sold twice.
        QCOMPARE(
            scalar(reopened,
                   QStringLiteral("SELECT sold_count FROM screenings WHERE id = %1").arg(s.id)),
            scalar(
                reopened,
                QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = %1").arg(s.id)));
    }

    // The same, for a counter selling its leased seats while its server is away: every sale
    // it reported is in its outbox, whole; none is there twice; no seat and no ticket serial
    // was used twice; and every code is signed by this terminal for the seat it names.
    void killedMidOfflineSaleLosesAndDuplicatesNothing()
    {
        TestDatabase t;
        const Screening s = freshScreening(*t.database, QStringLiteral("Sala 4"));
        QVERIFY(s.id);
        // The server had leased this counter the whole front half of the room.
        const int leased = TestHelpers::leaseSeats(*t.database, t.identity, s, QStringLiteral("H"));
        QVERIFY(leased > 40);
        QSet<quint32> reportedSerials;
        for (int round = 0; round < 4; ++round) {
            QProcess seller;
            seller.setProgram(QStringLiteral(CRASHSALE_PATH));
            seller.setArguments({t.path, QString::number(s.id), QString::number(round + 11),
                                 QStringLiteral("offline")});
            seller.start();
            QVERIFY(seller.waitForStarted());
            QString output;
            while (output.count(QLatin1Char('\n')) < 3 + round * 2) {
                QVERIFY2(seller.waitForReadyRead(20000), "the seller stopped selling");
                output += QString::fromLatin1(seller.readAllStandardOutput());
            }
            seller.kill();
            QVERIFY(seller.waitForFinished());
            output += QString::fromLatin1(seller.readAllStandardOutput());
            for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                reportedSerials.insert(line.section(QLatin1Char(' '), 5, 5).toUInt());
        }
        Database reopened(t.path);
        QVERIFY(!reopened.open());
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'sale'")));
        QSet<int> seats;
        QSet<quint32> serials;
        int tickets = 0;
        const auto keys = TerminalIdentity::keyLookup(reopened);
        while (q.next()) {
            const QJsonObject sale =
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const QJsonArray issued = sale.value(QStringLiteral("tickets")).toArray();
            QCOMPARE(issued.size(), sale.value(QStringLiteral("order"))
                                        .toObject()
                                        .value(QStringLiteral("lines"))
                                        .toArray()
                                        .size());
            for (const QJsonValue &v : issued) {
                const QJsonObject ticket = v.toObject();
                const int seat = ticket.value(QStringLiteral("seat_id")).toInt();
                const quint32 serial = quint32(ticket.value(QStringLiteral("serial")).toDouble());
                QVERIFY2(!seats.contains(seat), "a seat sold twice");
                QVERIFY2(!serials.contains(serial), "a serial used twice");
                seats.insert(seat);
                serials.insert(serial);
                const auto v2 =
                    TicketCode::verify(ticket.value(QStringLiteral("code")).toString(), keys);
                QVERIFY(v2.isValid());
                QCOMPARE(int(v2.payload.seatId), seat);
                QCOMPARE(v2.payload.serial, serial);
                ++tickets;
            }
        }
        QVERIFY(tickets > 0);
        for (const quint32 serial : std::as_const(reportedSerials))
            QVERIFY2(serials.contains(serial), "a reported sale is missing");
        // The next serial is past every one used, and every sold seat was a leased one.
        QVERIFY(scalar(reopened, QStringLiteral("SELECT next_ticket_serial FROM local_identity")) >
                int(*std::max_element(serials.cbegin(), serials.cend())));
        QCOMPARE(scalar(reopened, QStringLiteral("SELECT COUNT(*) FROM offline_tickets WHERE "
                                                 "screening_id = %1")
                                      .arg(s.id)),
                 tickets);
        QVERIFY(tickets <= leased);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
