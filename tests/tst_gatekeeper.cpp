// SPDX-License-Identifier: GPL-3.0-or-later
// The gate's judgement against a real store: every verdict and refusal reason, the record of
// every scan, and (with a server) many gates scanning the same tickets at the same moment.
#include "core/gate/gatekeeper.h"
#include "core/gate/verdictlog.h"
#include "core/store/storesettings.h"
#include "core/tickets/base45.h"
#include "salehelpers.h"
#include "serverfixture.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtConcurrent>

using namespace TestHelpers;

namespace {
const QString kGate = QStringLiteral("Porta 1");

// Moves a screening so that it starts minutesFromNow from now: in, before or after its
// admission window (60 minutes before to 30 after, by default).
void startScreeningIn(const Database &db, int screeningId, int minutesFromNow)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE screenings SET starts_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() + qint64(minutesFromNow) * 60'000);
    q.addBindValue(screeningId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

int ticketTypeId(const Database &db, bool meia)
{
    return scalar(
        db,
        QStringLiteral("SELECT MIN(id) FROM ticket_types WHERE is_meia = %1").arg(meia ? 1 : 0));
}
} // namespace

class TestGatekeeper : public QObject
{
    Q_OBJECT

private:
    // A screening starting in ten minutes with `count` tickets sold on it.
    static QList<IssuedTicket> soldTickets(TestDatabase &t, int count, bool meia = false,
                                           int *screeningOut = nullptr)
    {
        const Screening screening = freshScreening(*t.database);
        startScreeningIn(*t.database, screening.id, 10);
        const auto sale =
            sell(*t.authority, screening.id, standardSeats(*t.database, screening.id, count),
                 ticketTypeId(*t.database, meia));
        if (!sale) {
            qWarning() << sale.error().message();
            return {};
        }
        if (screeningOut)
            *screeningOut = screening.id;
        return sale->tickets;
    }

    static Gatekeeper gatekeeper(TestDatabase &t)
    {
        return Gatekeeper(*t.database, t.identity.terminalId(), kGate, QStringLiteral("ana"));
    }

private Q_SLOTS:
    void admitsOnceAndSaysWhereItWasUsed()
    {
        TestDatabase t;
        int screening = 0;
        const auto tickets = soldTickets(t, 1, false, &screening);
        QCOMPARE(tickets.size(), 1);
        Gatekeeper gate = gatekeeper(t);

        const GateVerdict first = gate.judge(tickets[0].code, {});
        QCOMPARE(GateVerdict::reasonCode(first.reason), QStringLiteral("valid"));
        QCOMPARE(first.kind, GateVerdict::Kind::Admitted);
        QCOMPARE(first.ticketId, tickets[0].id);
        QCOMPARE(first.screeningId, screening);
        QVERIFY(!first.filmTitle.isEmpty());
        QCOMPARE(first.roomName, QStringLiteral("Sala 4"));
        QVERIFY(!first.rowLabel.isEmpty());
        QVERIFY(first.seatNumber > 0);
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'used' AND "
                                       "used_gate = 'Porta 1' AND id = %1")
                            .arg(tickets[0].id)),
                 1);

        // The same ticket shown again, at the same gate or another one, later.
        Gatekeeper otherGate(*t.database, t.identity.terminalId(), QStringLiteral("Porta 2"),
                             QStringLiteral("bia"));
        const GateVerdict second = otherGate.judge(tickets[0].code, {});
        QCOMPARE(second.kind, GateVerdict::Kind::Refused);
        QCOMPARE(second.reason, GateVerdict::Reason::AlreadyUsed);
        QCOMPARE(second.usedGate, kGate);
        QVERIFY(qAbs(second.usedAt.secsTo(first.scannedAt)) <= 1);
        QVERIFY2(second.explanation().contains(kGate), qPrintable(second.explanation()));

        // Both scans are on record, with gate, user and verdict.
        QCOMPARE(scalar(*t.database, QStringLiteral("SELECT COUNT(*) FROM scans")), 2);
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM scans WHERE verdict = 'refused' AND "
                                       "reason = 'already_used' AND gate = 'Porta 2' AND "
                                       "user_name = 'bia' AND ticket_id = %1")
                            .arg(tickets[0].id)),
                 1);
        const auto attendance = gate.attendance(screening);
        QVERIFY(attendance);
        QCOMPARE(attendance->admitted, 1);
        QCOMPARE(attendance->expected, 1);
    }

    void meiaEntradaAsksForTheDocument()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, 1, true);
        QCOMPARE(tickets.size(), 1);
        const GateVerdict v = gatekeeper(t).judge(tickets[0].code, {});
        QCOMPARE(v.kind, GateVerdict::Kind::Check);
        QCOMPARE(GateVerdict::reasonCode(v.reason), QStringLiteral("check_document"));
        QVERIFY(v.meia);
        QCOMPARE(GateVerdict::kindCode(v.kind), QStringLiteral("check"));
    }

    void refusesACancelledTicket()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, 1);
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE tickets SET status = 'cancelled' WHERE id = %1")
                           .arg(tickets.value(0).id)));
        const GateVerdict v = gatekeeper(t).judge(tickets[0].code, {});
        QCOMPARE(GateVerdict::reasonCode(v.reason), QStringLiteral("cancelled"));
        QCOMPARE(v.kind, GateVerdict::Kind::Refused);
    }

    void refusesAnotherRoomOrScreening()
    {
        TestDatabase t;
        int screening = 0;
        const auto tickets = soldTickets(t, 2, false, &screening);
        QCOMPARE(tickets.size(), 2);
        const int room =
            scalar(*t.database,
                   QStringLiteral("SELECT room_id FROM screenings WHERE id = %1").arg(screening));
        const int otherRoom = scalar(
            *t.database, QStringLiteral("SELECT MIN(id) FROM rooms WHERE id <> %1").arg(room));
        Gatekeeper gate = gatekeeper(t);

        const GateVerdict wrongRoom = gate.judge(tickets[0].code, {otherRoom, 0});
        QCOMPARE(GateVerdict::reasonCode(wrongRoom.reason), QStringLiteral("wrong_room"));
        QVERIFY(wrongRoom.explanation().contains(QStringLiteral("Sala 4")));
        const GateVerdict wrongScreening = gate.judge(tickets[0].code, {room, screening + 1});
        QCOMPARE(GateVerdict::reasonCode(wrongScreening.reason), QStringLiteral("wrong_screening"));
        // Refusals admit nothing: the ticket still gets in at the right door.
        QCOMPARE(gate.judge(tickets[0].code, {room, screening}).kind, GateVerdict::Kind::Admitted);
        QCOMPARE(gate.judge(tickets[1].code, {room, 0}).kind, GateVerdict::Kind::Admitted);
    }

    void refusesOutsideTheAdmissionWindow()
    {
        TestDatabase t;
        int screening = 0;
        const auto tickets = soldTickets(t, 1, false, &screening);
        Gatekeeper gate = gatekeeper(t);

        startScreeningIn(*t.database, screening, 61); // the door opens 60 minutes before
        QCOMPARE(GateVerdict::reasonCode(gate.judge(tickets.value(0).code, {}).reason),
                 QStringLiteral("too_early"));
        startScreeningIn(*t.database, screening, -31); // and closes 30 minutes after
        QCOMPARE(GateVerdict::reasonCode(gate.judge(tickets.value(0).code, {}).reason),
                 QStringLiteral("too_late"));
        // The window is a setting of the store.
        QVERIFY(StoreSettings(*t.database)
                    .setValue(QStringLiteral("gate_closes_minutes_after"), QStringLiteral("45")));
        QCOMPARE(gate.judge(tickets.value(0).code, {}).kind, GateVerdict::Kind::Admitted);
    }

    void refusesForgedAndForeignCodes()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, 1);
        const QString code = tickets.value(0).code;
        Gatekeeper gate = gatekeeper(t);

        // One character of the signed body changed (a seat number "corrected" by hand).
        QString altered = code;
        const int at = 20;
        altered[at] = altered[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(GateVerdict::reasonCode(gate.judge(altered, {}).reason), QStringLiteral("forged"));
        // Cut short, as a torn or badly printed code would read.
        QCOMPARE(GateVerdict::reasonCode(gate.judge(code.left(40), {}).reason),
                 QStringLiteral("forged"));
        // A well-made code signed by a key this cinema never issued.
        const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
        Q_UNUSED(publicKey)
        TicketCode::Payload payload;
        payload.terminalId = quint32(t.identity.terminalId());
        payload.serial = 999'999;
        payload.screeningId = 1;
        payload.seatId = 1;
        payload.ticketTypeId = 1;
        payload.issuedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(
            GateVerdict::reasonCode(gate.judge(TicketCode::encode(payload, secretKey), {}).reason),
            QStringLiteral("forged"));
        // Another QR code altogether: a web address on a poster.
        const GateVerdict foreign = gate.judge(QStringLiteral("https://example.com/promo"), {});
        QCOMPARE(GateVerdict::reasonCode(foreign.reason), QStringLiteral("not_marquee"));
        QCOMPARE(foreign.ticketId, 0);
        // A newer code format than this gate knows.
        QByteArray future(1 + 6 + TicketCode::kSignatureBytes, '\x01');
        future[0] = char(TicketCode::kVersion + 1);
        QCOMPARE(GateVerdict::reasonCode(
                     gate.judge(QStringLiteral("MQ:") + Base45::encode(future), {}).reason),
                 QStringLiteral("unknown_version"));
        // Every refusal is on record, and none of them admitted the real ticket.
        QCOMPARE(scalar(*t.database,
                        QStringLiteral("SELECT COUNT(*) FROM scans WHERE verdict = 'refused'")),
                 5);
        QCOMPARE(gate.judge(code, {}).kind, GateVerdict::Kind::Admitted);
    }

    void refusesAGenuineCodeForATicketNeverSold()
    {
        TestDatabase t;
        TicketCode::Payload payload;
        payload.terminalId = quint32(t.identity.terminalId());
        payload.serial = 424'242;
        payload.screeningId = 1;
        payload.seatId = 1;
        payload.ticketTypeId = 1;
        payload.issuedAt = QDateTime::currentDateTimeUtc();
        const GateVerdict v =
            gatekeeper(t).judge(TicketCode::encode(payload, t.identity.secretKey()), {});
        QCOMPARE(GateVerdict::reasonCode(v.reason), QStringLiteral("not_sold"));
    }

    void refusesTicketsOfARevokedTerminal()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, 1);
        // The key was revoked before this ticket was issued (a stolen terminal).
        QSqlQuery q(t.database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE terminals SET revoked_at = %1")
                           .arg(QDateTime::currentMSecsSinceEpoch() - 3'600'000)));
        QCOMPARE(GateVerdict::reasonCode(gatekeeper(t).judge(tickets.value(0).code, {}).reason),
                 QStringLiteral("revoked_key"));
    }

    void logsOneJsonLinePerVerdict()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, 1);
        Gatekeeper gate = gatekeeper(t);
        const GateVerdict admitted = gate.judge(tickets.value(0).code, {});
        const GateVerdict used = gate.judge(tickets.value(0).code, {});
        const GateVerdict foreign = gate.judge(QStringLiteral("hello"), {});

        const QString path = t.dir.filePath(QStringLiteral("verdicts.jsonl"));
        {
            VerdictLog log;
            QVERIFY(!log.open(path));
            log.write(admitted, QStringLiteral("camera"), 1.25, 7.5, kGate);
            log.write(used, QStringLiteral("scanner"), std::nullopt, 3.0, kGate);
            log.write(foreign, QStringLiteral("manual"), std::nullopt, 0.5, kGate);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("admitted"));
        QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("valid"));
        QCOMPARE(qint64(first.value(QStringLiteral("ticket")).toDouble()), tickets.value(0).id);
        QCOMPARE(first.value(QStringLiteral("decode_ms")).toDouble(), 1.25);
        QCOMPARE(first.value(QStringLiteral("total_ms")).toDouble(), 7.5);
        QVERIFY(
            QDateTime::fromString(first.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                .isValid());
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(QStringLiteral("reason")).toString(), QStringLiteral("already_used"));
        QVERIFY(second.value(QStringLiteral("decode_ms")).isNull());
        QCOMPARE(second.value(QStringLiteral("used_gate")).toString(), kGate);
        const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
        QCOMPARE(third.value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
        QCOMPARE(third.value(QStringLiteral("reason")).toString(), QStringLiteral("not_marquee"));
        QVERIFY(third.value(QStringLiteral("ticket")).isNull());
    }

    // Eight gates (own connections, own threads) scan the same 40 tickets at the same moment,
    // as when a group splits between doors: each ticket gets in exactly once.
    void manyGatesAdmitEachTicketOnce()
    {
        REQUIRE_SERVER(uri);
        {
            const auto admin = Database::server(uri);
            QVERIFY(!admin->open());
            QVERIFY(!DemoData::populate(*admin, QDate::currentDate()));
        }
        ServerFixture::Terminal seller;
        QVERIFY2(seller.open(uri, QStringLiteral("Caixa")), qPrintable(seller.error));
        const Screening screening = freshScreening(*seller.server);
        QVERIFY(screening.id > 0);
        startScreeningIn(*seller.server, screening.id, 5);
        QList<IssuedTicket> tickets;
        const QList<int> seats = standardSeats(*seller.server, screening.id, 40);
        for (int i = 0; i < seats.size(); i += 4) {
            const auto sale = sell(*seller.authority, screening.id, seats.mid(i, 4),
                                   ticketTypeId(*seller.server, false));
            QVERIFY2(sale, qPrintable(sale.error().message()));
            tickets += sale->tickets;
        }
        QCOMPARE(tickets.size(), 40);

        constexpr int kGates = 8;
        std::vector<std::unique_ptr<ServerFixture::Terminal>> gates;
        for (int g = 0; g < kGates; ++g) {
            gates.push_back(std::make_unique<ServerFixture::Terminal>());
            QVERIFY2(gates.back()->open(uri, QStringLiteral("Porta %1").arg(g)),
                     qPrintable(gates.back()->error));
        }
        QList<QFuture<QList<GateVerdict>>> runs;
        for (int g = 0; g < kGates; ++g) {
            runs << QtConcurrent::run([&, g] {
                Gatekeeper gate(*gates[g]->server, gates[g]->identity->terminalId(),
                                QStringLiteral("Porta %1").arg(g), QStringLiteral("staff"));
                QList<GateVerdict> verdicts;
                for (int i = 0; i < tickets.size(); ++i) // each gate in another order
                    verdicts << gate.judge(tickets[(i * (g + 1) * 7) % tickets.size()].code, {});
                return verdicts;
            });
        }
        QHash<qint64, int> admittedPerTicket;
        int refusedAsUsed = 0;
        for (auto &run : runs) {
            for (const GateVerdict &v : run.result()) {
                if (v.kind == GateVerdict::Kind::Admitted)
                    ++admittedPerTicket[v.ticketId];
                else if (v.reason == GateVerdict::Reason::AlreadyUsed)
                    ++refusedAsUsed;
                else
                    QFAIL(qPrintable(QStringLiteral("unexpected verdict %1 %2")
                                         .arg(GateVerdict::reasonCode(v.reason), v.detail)));
            }
        }
        QCOMPARE(admittedPerTicket.size(), 40);
        for (const int n : std::as_const(admittedPerTicket))
            QCOMPARE(n, 1);
        QCOMPARE(refusedAsUsed, 40 * (kGates - 1));
        QCOMPARE(scalar(*seller.server, QStringLiteral("SELECT COUNT(*) FROM scans")), 40 * kGates);
        QCOMPARE(scalar(*seller.server,
                        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'used' AND "
                                       "screening_id = %1")
                            .arg(screening.id)),
                 40);
    }
};

QTEST_GUILESS_MAIN(TestGatekeeper)
#include "tst_gatekeeper.moc"
