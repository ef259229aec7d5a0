// SPDX-License-Identifier: GPL-3.0-or-later
// A counter killed with SIGKILL in the middle of sales, again and again: after each restart
// the embedded store has lost no completed sale and holds no half-made one.
#include "salehelpers.h"
#include "testdatabase.h"

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
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
