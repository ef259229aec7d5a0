// SPDX-License-Identifier: GPL-3.0-or-later
// Two gates keep admitting while the server is down (stopped as a crash would stop it), each
// on its own local copy; when it is back, every scan reaches the server once, a ticket let in
// at both gates while they were apart is reported with both gates and times, and sending the
// same uploads again changes nothing. Runs alone: it stops the server every suite shares.
#include "core/people/userdirectory.h"
#include "core/sync/localreplica.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxreplayer.h"
#include "core/sync/serverlink.h"
#include "salehelpers.h"
#include "serverfixture.h"
#include "ui/console/problemspage.h"
#include "ui/gate/gatescanner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>

using namespace TestHelpers;

namespace {
struct Gate
{
    ServerFixture::Terminal terminal;
    std::unique_ptr<GateScanner> scanner;

    bool open(const QString &uri, const QString &name)
    {
        if (!terminal.open(uri, name))
            return false;
        if (LocalReplica::pullCatalogue(*terminal.server, *terminal.local))
            return false;
        scanner = std::make_unique<GateScanner>(*terminal.server, terminal.local.get(),
                                                terminal.identity->terminalId(), name,
                                                QStringLiteral("porteiro"));
        return true;
    }

    GateVerdict scan(const QString &code, int patienceMs = 15'000)
    {
        QSignalSpy verdicts(scanner.get(), &GateScanner::verdictReady);
        scanner->submitCode(code, GateScanner::Source::Scanner);
        if (!verdicts.wait(patienceMs))
            return {};
        return verdicts.at(0).at(0).value<GateVerdict>();
    }
};
// A fresh demo server whose first unsold screening starts in ten minutes, with count of its
// seats sold at a counter: the tickets to scan.
QList<IssuedTicket> ticketsStartingSoon(Database &admin, const QString &uri, int count,
                                        int *screeningId)
{
    if (DemoData::populate(admin, QDate::currentDate()))
        return {};
    const int screening =
        scalar(admin, QStringLiteral("SELECT MIN(id) FROM screenings WHERE sold_count = 0"));
    QSqlQuery q(admin.connection());
    if (!q.exec(QStringLiteral("UPDATE screenings SET starts_at = marquee_now_ms() + 600000 "
                               "WHERE id = %1")
                    .arg(screening)))
        return {};
    ServerFixture::Terminal seller;
    if (!seller.open(uri, QStringLiteral("Caixa")))
        return {};
    const auto sale = sell(*seller.authority, screening, standardSeats(admin, screening, count), 1);
    if (!sale)
        return {};
    *screeningId = screening;
    return sale->tickets;
}
} // namespace

class TestGateOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatesAdmitThroughAnOutageAndReconcile()
    {
        REQUIRE_SERVER(uri);
        auto admin = Database::server(uri);
        QVERIFY(!admin->open());
        int screening = 0;
        const QList<IssuedTicket> tickets = ticketsStartingSoon(*admin, uri, 3, &screening);
        QSqlQuery q(admin->connection());
        QCOMPARE(tickets.size(), 3);

        Gate a, b;
        QVERIFY2(a.open(uri, QStringLiteral("Porta A")), qPrintable(a.terminal.error));
        QVERIFY2(b.open(uri, QStringLiteral("Porta B")), qPrintable(b.terminal.error));

        // Online: the server decides, and A's copy learns it at once.
        const GateVerdict online = a.scan(tickets[0].code);
        QCOMPARE(online.kind, GateVerdict::Kind::Admitted);
        QVERIFY(!online.judgedOffline);

        // The server dies in the middle of the evening.
        QVERIFY(ServerFixture::stopServer());
        const GateVerdict usedBefore = a.scan(tickets[0].code);
        QVERIFY(usedBefore.judgedOffline);
        QCOMPARE(usedBefore.reason, GateVerdict::Reason::AlreadyUsed);
        const GateVerdict atA = a.scan(tickets[1].code);
        QVERIFY(atA.judgedOffline);
        QCOMPARE(atA.kind, GateVerdict::Kind::Admitted);
        QCOMPARE(a.scan(tickets[1].code).reason, GateVerdict::Reason::AlreadyUsed);
        // The same ticket at the other door, which cannot know (a copied code, say).
        const GateVerdict atB = b.scan(tickets[1].code);
        QVERIFY(atB.judgedOffline);
        QCOMPARE(atB.kind, GateVerdict::Kind::Admitted);
        QCOMPARE(b.scan(tickets[2].code).kind, GateVerdict::Kind::Admitted);
        QString forged = tickets[2].code;
        forged[12] = forged[12] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(b.scan(forged).reason, GateVerdict::Reason::Forged);
        QCOMPARE(Outbox::pendingCount(*a.terminal.local), 3);
        QCOMPARE(Outbox::pendingCount(*b.terminal.local), 3);

        // Back: A's link sends its outbox by itself on reconnecting; B's is sent directly.
        QVERIFY(ServerFixture::startServer());
        ServerLink link(uri, *a.terminal.local, *a.terminal.identity);
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*a.terminal.local), 0, 20'000);
        a.terminal.server->resetConnection();
        b.terminal.server->resetConnection();
        admin->resetConnection();
        const auto report =
            OutboxReplayer(*b.terminal.server, *b.terminal.local, *b.terminal.identity)
                .replayPending();
        QCOMPARE(report.applied, 3);
        QCOMPARE(report.refused, 0);
        QCOMPARE(Outbox::pendingCount(*b.terminal.local), 0);

        // Every scan is on the server once: 1 online + 3 from A + 3 from B.
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM scans")), 7);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = "
                                               "'used' AND screening_id = %1")
                                    .arg(screening)),
                 3);
        // Ticket 2 got in at both doors: reported, with both gates and times.
        QVERIFY(q.exec(QStringLiteral("SELECT ticket_id, reason, first_gate, second_gate, "
                                      "first_at IS NOT NULL AND second_at IS NOT NULL "
                                      "FROM admission_conflicts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), tickets[1].id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("admitted_twice"));
        QCOMPARE(QSet<QString>({q.value(2).toString(), q.value(3).toString()}),
                 QSet<QString>({QStringLiteral("Porta A"), QStringLiteral("Porta B")}));
        QVERIFY(q.value(4).toBool());
        QVERIFY(!q.next());
        // A manager sees it, with both doors and times.
        ProblemsPage problems(*admin);
        QSignalSpy loaded(&problems, &ProblemsPage::loaded);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(problems.admissions()->rowCount(), 1);
        QCOMPARE(problems.admissions()->item(0, 0)->text(), QString::number(tickets[1].id));
        QVERIFY(problems.admissions()->item(0, 5)->text().startsWith(QStringLiteral("Porta")));
        QVERIFY(problems.admissions()->item(0, 6)->text().startsWith(QStringLiteral("Porta")));
        QVERIFY(problems.admissions()->item(0, 5)->text() !=
                problems.admissions()->item(0, 6)->text());
        {
            // A manager who looked into it closes it with a note: the list no longer shows it,
            // the audit says who and why; a page with nobody logged in may not close anything.
            const auto gerente = UserDirectory(*admin).user(QStringLiteral("gerente"));
            QVERIFY(gerente);
            QVERIFY(problems.close(ProblemCloser::Kind::DoubleAdmission, 0, QStringLiteral("x"))
                        .has_value());
            ProblemsPage managers(*admin, *gerente, Actor{gerente->id, 0});
            QSignalSpy managersLoaded(&managers, &ProblemsPage::loaded);
            QVERIFY(managersLoaded.wait(10'000));
            QCOMPARE(managers.admissions()->rowCount(), 1);
            QCOMPARE(managers.close(ProblemCloser::Kind::DoubleAdmission, 0,
                                    QStringLiteral("same family, two doors")),
                     std::nullopt);
            QVERIFY(managersLoaded.wait(10'000));
            QCOMPARE(managers.admissions()->rowCount(), 0);
            QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_id "
                                                   "= %1 AND action = 'double admission closed' "
                                                   "AND after = 'same family, two doors'")
                                        .arg(gerente->id)),
                     1);
            QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM admission_conflicts "
                                                   "WHERE resolved_by = %1")
                                        .arg(gerente->id)),
                     1);
        }

        // A crash after the server committed but before B noted it: the uploads go again,
        // and the server applies none of them twice.
        QSqlQuery local(b.terminal.local->connection());
        QVERIFY(local.exec(QStringLiteral("UPDATE outbox SET state = 'pending'")));
        const auto again =
            OutboxReplayer(*b.terminal.server, *b.terminal.local, *b.terminal.identity)
                .replayPending();
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.alreadyApplied, 3);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM scans")), 7);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM admission_conflicts")), 1);

        // A's link says online again: the server judges, on a new connection, and knows what
        // B let in while they were apart.
        QTRY_COMPARE(link.state(), ServerLink::State::Online);
        a.scanner->setServerOnline(true);
        const GateVerdict afterwards = a.scan(tickets[2].code);
        QVERIFY(!afterwards.judgedOffline);
        QCOMPARE(afterwards.reason, GateVerdict::Reason::AlreadyUsed);
        QCOMPARE(afterwards.usedGate, QStringLiteral("Porta B"));
    }

    // A server that is up but does not answer in time (here a manager's lock on the tickets)
    // does not hold up the door: after the patience limit the gate judges on its copy and
    // keeps the scan for the server. The server's half-done admission is rolled back, so when
    // the scan arrives it is applied once, with no false double admission; and once the
    // server answers again it judges again.
    void aLockedServerDoesNotHoldUpTheDoor()
    {
        REQUIRE_SERVER(uri);
        auto admin = Database::server(uri);
        QVERIFY(!admin->open());
        int screening = 0;
        const QList<IssuedTicket> tickets = ticketsStartingSoon(*admin, uri, 3, &screening);
        QCOMPARE(tickets.size(), 3);
        Gate gate;
        QVERIFY2(gate.open(uri, QStringLiteral("Porta A")), qPrintable(gate.terminal.error));
        gate.scanner->setServerRetryMs(300);

        auto locker = Database::server(uri);
        QVERIFY(!locker->open());
        QSqlQuery lock(locker->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE tickets IN ACCESS EXCLUSIVE MODE")));
        // The lock stays until the verdict: the door's limit (1.2 s) answers well before the
        // 5 s any server connection would wait for a lock, and 3 s tells them apart.
        QElapsedTimer waited;
        waited.start();
        const GateVerdict during = gate.scan(tickets[0].code, 3000);
        const qint64 waitedMs = waited.elapsed();
        QVERIFY2(waitedMs < 3000, qPrintable(QString::number(waitedMs)));
        QCOMPARE(during.kind, GateVerdict::Kind::Admitted);
        QVERIFY(during.judgedOffline);
        QCOMPARE(Outbox::pendingCount(*gate.terminal.local), 1);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

        // The server answers again: after the pause it judges, and knows nothing of the first
        // scan until the outbox is sent.
        QTest::qWait(400);
        const GateVerdict after = gate.scan(tickets[1].code);
        QVERIFY(!after.judgedOffline);
        QCOMPARE(after.kind, GateVerdict::Kind::Admitted);
        const auto sent =
            OutboxReplayer(*gate.terminal.server, *gate.terminal.local, *gate.terminal.identity)
                .replayPending();
        QCOMPARE(sent.applied, 1);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = "
                                               "'used' AND screening_id = %1")
                                    .arg(screening)),
                 2);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM admission_conflicts")), 0);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT COUNT(*) FROM scans")), 2);

        // The lock on the terminals' keys instead: the signature check waits no longer.
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE terminals IN ACCESS EXCLUSIVE MODE")));
        waited.restart();
        const GateVerdict keysLocked = gate.scan(tickets[2].code, 3000);
        const qint64 keysWaitedMs = waited.elapsed();
        QVERIFY2(keysWaitedMs < 3000, qPrintable(QString::number(keysWaitedMs)));
        QCOMPARE(keysLocked.kind, GateVerdict::Kind::Admitted);
        QVERIFY(keysLocked.judgedOffline);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
};

QTEST_MAIN(TestGateOffline)
#include "tst_gateoffline.moc"
