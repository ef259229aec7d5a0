// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatekeeper.h"

#include "core/catalog/tickettype.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/terminalidentity.h"
#include "core/store/writetransaction.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxreplayer.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcGate, "marquee.gate")

namespace {
QDateTime fromMs(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// The columns both judgements read (screenings s, seats se and ticket_types tt joined by the
// caller, films and rooms by kFactJoins), in the order readFacts() takes them.
QString factColumns(const Database &database)
{
    return QStringLiteral("s.starts_at, s.room_id, f.title, r.name, se.row_label, se.number, "
                          "tt.name_pt, tt.name_en, tt.is_meia, ") +
           database.nowMsExpression();
}
const QString kFactJoins =
    QStringLiteral("JOIN films f ON f.id = s.film_id JOIN rooms r ON r.id = s.room_id");

// Reads factColumns() from `first` on. Returns the store's clock; the room id goes to roomId.
qint64 readFacts(const QSqlQuery &q, int first, GateVerdict &v, int *roomId)
{
    v.startsAt = fromMs(q.value(first));
    *roomId = q.value(first + 1).toInt();
    v.filmTitle = q.value(first + 2).toString();
    v.roomName = q.value(first + 3).toString();
    v.rowLabel = q.value(first + 4).toString();
    v.seatNumber = q.value(first + 5).toInt();
    TicketType type;
    type.namePt = q.value(first + 6).toString();
    type.nameEn = q.value(first + 7).toString();
    v.ticketTypeName = type.displayName();
    v.meia = q.value(first + 8).toBool();
    const qint64 nowMs = q.value(first + 9).toLongLong();
    v.scannedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    return nowMs;
}

GateVerdict unavailable(const QString &detail)
{
    qCWarning(lcGate) << "store error:" << detail;
    GateVerdict v;
    v.kind = GateVerdict::Kind::Refused;
    v.reason = GateVerdict::Reason::Unavailable;
    v.detail = detail;
    return v;
}
} // namespace

Gatekeeper::Gatekeeper(const Database &authority, int terminalId, QString gateName,
                       GatePerson person)
    : m_database(authority), m_terminalId(terminalId), m_gateName(std::move(gateName)),
      m_person(std::move(person)),
      m_keys([this](quint32 terminalId) -> std::optional<TicketCode::TerminalKey> {
          // Not TerminalIdentity::keyLookup: a store that does not answer must not make a
          // genuine ticket look forged.
          QSqlQuery q(m_database.connection());
          if (!m_database.prepare(q, QStringLiteral("SELECT public_key, revoked_at FROM "
                                                    "terminals WHERE id = ?"))) {
              m_keyLookupFailed = q.lastError().text();
              return std::nullopt;
          }
          q.addBindValue(qint64(terminalId));
          if (!q.exec()) {
              m_keyLookupFailed = q.lastError().text();
              return std::nullopt;
          }
          if (!q.next())
              return std::nullopt;
          TicketCode::TerminalKey key;
          key.publicKey = q.value(0).toByteArray();
          key.revokedAt = fromMs(q.value(1));
          return key;
      })
{}

bool Gatekeeper::limitWaiting()
{
    if (m_patienceMs <= 0 || !m_database.isPostgres())
        return true;
    // For the session, every scan (a new connection would forget it): the key lookup, the
    // admission and the record of a refusal each give up after the patience, and a timeout
    // rolls the admission back whole, so a late commit can never admit behind the gate's back.
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT set_config('lock_timeout', '%1ms', false), "
                                 "set_config('statement_timeout', '%2ms', false)")
                      .arg(m_patienceMs * 2 / 3)
                      .arg(m_patienceMs));
}

GateVerdict Gatekeeper::judge(const QString &code, const GateScope &scope)
{
    m_keyLookupFailed.reset();
    bool limited = limitWaiting();
    if (!limited && m_database.isPostgres()) {
        // The server restarted since the last scan: a new connection, once.
        m_database.resetConnection();
        limited = limitWaiting();
    }
    if (!limited)
        return unavailable(m_database.connection().lastError().text());
    const auto verification = TicketCode::verify(code.trimmed(), m_keys);
    if (m_keyLookupFailed)
        return unavailable(*m_keyLookupFailed);
    GateVerdict verdict;
    verdict.kind = GateVerdict::Kind::Refused;
    switch (verification.status) {
    case TicketCode::Status::Valid:
        return judgeTicket(verification.payload, scope);
    case TicketCode::Status::NotMarquee:
        verdict.reason = GateVerdict::Reason::NotMarquee;
        break;
    case TicketCode::Status::RevokedKey:
        verdict.reason = GateVerdict::Reason::RevokedKey;
        break;
    case TicketCode::Status::UnknownVersion:
        verdict.reason = GateVerdict::Reason::UnknownVersion;
        break;
    case TicketCode::Status::Malformed:
    case TicketCode::Status::UnknownKey:
    case TicketCode::Status::BadSignature:
        verdict.reason = GateVerdict::Reason::Forged;
        break;
    }
    verdict.scannedAt = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen() || !recordScan(verdict) || !queueScan(db, verdict, std::nullopt) ||
        !tx.commit())
        qCWarning(lcGate) << "a refused scan could not be recorded";
    return verdict;
}

GateVerdict Gatekeeper::judgeTicket(const TicketCode::Payload &payload, const GateScope &scope)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return unavailable(tx.error());

    QSqlQuery q(db);
    // A server may fail even to prepare (a lock on the table, the patience spent).
    if (!m_database.prepare(
            q, QStringLiteral("SELECT t.id, t.screening_id, t.seat_id, t.ticket_type_id, t.status, "
                              "t.used_at, t.used_gate, t.cancelled_at, cu.name, t.replaced_by, %1 "
                              "FROM tickets t "
                              "JOIN screenings s ON s.id = t.screening_id "
                              "JOIN seats se ON se.id = t.seat_id "
                              "JOIN ticket_types tt ON tt.id = t.ticket_type_id %2 "
                              "LEFT JOIN users cu ON cu.id = t.cancelled_by "
                              "WHERE t.terminal_id = ? AND t.serial = ?")
                   .arg(factColumns(m_database), kFactJoins)))
        return unavailable(q.lastError().text());
    q.addBindValue(qint64(payload.terminalId));
    q.addBindValue(qint64(payload.serial));
    if (!q.exec())
        return unavailable(q.lastError().text());

    GateVerdict v;
    v.kind = GateVerdict::Kind::Refused;
    if (!q.next()) {
        q.finish();
        // Offline, a counter cut off from the server too may have sold it on a seat leased to
        // it: that lease is the proof, since nobody else could sell that seat.
        if (m_queueForServer) {
            GateVerdict offlineSale = judgeOfflineSale(db, payload, scope);
            if (offlineSale.reason != GateVerdict::Reason::NotSold) {
                if (!recordScan(offlineSale) || !queueScan(db, offlineSale, payload))
                    return unavailable(db.lastError().text());
                if (!tx.commit())
                    return unavailable(tx.error());
                return offlineSale;
            }
        }
        // A good signature on a sale that never committed (the code is signed before the
        // ticket is written), or on a sale this store has not received yet.
        v.reason = GateVerdict::Reason::NotSold;
        v.scannedAt = QDateTime::currentDateTimeUtc();
        if (!recordScan(v) || !queueScan(db, v, payload))
            return unavailable(db.lastError().text());
        tx.commit();
        return v;
    }
    v.ticketId = q.value(0).toLongLong();
    v.screeningId = q.value(1).toInt();
    const int seatId = q.value(2).toInt();
    const int ticketTypeId = q.value(3).toInt();
    const QString status = q.value(4).toString();
    v.usedAt = fromMs(q.value(5));
    v.usedGate = q.value(6).toString();
    v.cancelledAt = fromMs(q.value(7));
    v.cancelledBy = q.value(8).toString();
    v.replaced = !q.value(9).isNull();
    int roomId = 0;
    const qint64 nowMs = readFacts(q, 10, v, &roomId);
    q.finish();
    const GateVerdict::Reason entry = entryRefusal(v, roomId, nowMs, scope);

    if (v.screeningId != int(payload.screeningId) || seatId != int(payload.seatId) ||
        ticketTypeId != int(payload.ticketTypeId))
        v.reason = GateVerdict::Reason::Forged; // signed, yet not what was sold: a stolen key
    else if (status == QLatin1String("cancelled"))
        v.reason = GateVerdict::Reason::Cancelled;
    else if (status == QLatin1String("used"))
        v.reason = GateVerdict::Reason::AlreadyUsed;
    else if (entry != GateVerdict::Reason::Valid)
        v.reason = entry;
    else {
        QSqlQuery admit(db);
        if (!m_database.prepare(admit, QStringLiteral("UPDATE tickets SET status = 'used', "
                                                      "used_at = ?, used_gate = ? "
                                                      "WHERE id = ? AND status = 'valid'")))
            return unavailable(admit.lastError().text());
        admit.addBindValue(nowMs);
        admit.addBindValue(m_gateName);
        admit.addBindValue(v.ticketId);
        if (!admit.exec())
            return unavailable(admit.lastError().text());
        if (admit.numRowsAffected() == 1) {
            v.kind = v.meia ? GateVerdict::Kind::Check : GateVerdict::Kind::Admitted;
            v.reason = v.meia ? GateVerdict::Reason::CheckDocument : GateVerdict::Reason::Valid;
        } else {
            // Another gate admitted it between our read and this write (PostgreSQL reads
            // committed rows, and the row lock made us wait for that gate's commit).
            QSqlQuery again(db);
            m_database.prepare(again, QStringLiteral("SELECT status, used_at, used_gate "
                                                     "FROM tickets WHERE id = ?"));
            again.addBindValue(v.ticketId);
            if (!again.exec() || !again.next())
                return unavailable(again.lastError().text());
            v.reason = again.value(0).toString() == QLatin1String("cancelled")
                           ? GateVerdict::Reason::Cancelled
                           : GateVerdict::Reason::AlreadyUsed;
            v.usedAt = fromMs(again.value(1));
            v.usedGate = again.value(2).toString();
            again.finish();
        }
    }
    if (!recordScan(v) || !queueScan(db, v, payload))
        return unavailable(db.lastError().text());
    if (!tx.commit())
        return unavailable(tx.error());
    return v;
}

bool Gatekeeper::recordScan(const GateVerdict &verdict)
{
    QSqlQuery q(m_database.connection());
    if (!m_database.prepare(q, QStringLiteral("INSERT INTO scans (ticket_id, screening_id, "
                                              "terminal_id, gate, user_name, scanned_at, "
                                              "verdict, reason, user_id) VALUES (?, ?, ?, ?, ?, "
                                              "?, ?, ?, ?)")))
        return false;
    q.addBindValue(verdict.ticketId ? QVariant(verdict.ticketId)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(verdict.screeningId ? QVariant(verdict.screeningId)
                                       : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(m_terminalId);
    q.addBindValue(m_gateName);
    q.addBindValue(m_person.name);
    q.addBindValue(verdict.scannedAt.toMSecsSinceEpoch());
    q.addBindValue(GateVerdict::kindCode(verdict.kind));
    q.addBindValue(GateVerdict::reasonCode(verdict.reason));
    q.addBindValue(m_person.userId > 0 ? QVariant(m_person.userId)
                                       : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec()) {
        qCWarning(lcGate) << "recording a scan failed:" << q.lastError().text();
        return false;
    }
    return true;
}

GateVerdict::Reason Gatekeeper::entryRefusal(const GateVerdict &v, int roomId, qint64 nowMs,
                                             const GateScope &scope) const
{
    const StoreSettings settings(m_database);
    const qint64 startsMs = v.startsAt.toMSecsSinceEpoch();
    const qint64 opensMs =
        startsMs -
        qint64(settings.intValue(QStringLiteral("gate_opens_minutes_before"), 60)) * 60'000;
    const qint64 closesMs =
        startsMs +
        qint64(settings.intValue(QStringLiteral("gate_closes_minutes_after"), 30)) * 60'000;
    if (scope.screeningId != 0 && scope.screeningId != v.screeningId)
        return GateVerdict::Reason::WrongScreening;
    if (scope.roomId != 0 && scope.roomId != roomId)
        return GateVerdict::Reason::WrongRoom;
    if (nowMs < opensMs)
        return GateVerdict::Reason::TooEarly;
    if (nowMs > closesMs)
        return GateVerdict::Reason::TooLate;
    return GateVerdict::Reason::Valid;
}

GateVerdict Gatekeeper::judgeOfflineSale(QSqlDatabase &db, const TicketCode::Payload &payload,
                                         const GateScope &scope)
{
    GateVerdict v;
    v.kind = GateVerdict::Kind::Refused;
    v.reason = GateVerdict::Reason::NotSold;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT %1, h.expires_at FROM holds h "
                  "JOIN screenings s ON s.id = h.screening_id JOIN seats se ON se.id = h.seat_id "
                  "JOIN ticket_types tt ON tt.id = ? %2 "
                  "WHERE h.screening_id = ? AND h.seat_id = ? AND h.hold_token = ?")
                  .arg(factColumns(m_database), kFactJoins));
    q.addBindValue(qint64(payload.ticketTypeId));
    q.addBindValue(qint64(payload.screeningId));
    q.addBindValue(qint64(payload.seatId));
    q.addBindValue(TerminalIdentity::leaseToken(int(payload.terminalId)));
    // Issued while the lease held (it may have ended since: leases end before the doors open).
    if (!q.exec() || !q.next() ||
        payload.issuedAt.toMSecsSinceEpoch() > q.value(10).toLongLong() + 60'000)
        return v;
    v.screeningId = int(payload.screeningId);
    int roomId = 0;
    const qint64 nowMs = readFacts(q, 0, v, &roomId);
    q.finish();

    // This gate's own earlier admission of it (no ticket row to mark: the outbox has it).
    QSqlQuery used(db);
    used.prepare(QStringLiteral(
        "SELECT json_extract(payload, '$.scanned_at'), json_extract(payload, '$.gate') "
        "FROM outbox WHERE kind = 'scan' AND json_extract(payload, '$.admitted') = 1 "
        "AND json_extract(payload, '$.ticket_terminal_id') = ? "
        "AND json_extract(payload, '$.ticket_serial') = ? ORDER BY id LIMIT 1"));
    used.addBindValue(qint64(payload.terminalId));
    used.addBindValue(qint64(payload.serial));
    if (used.exec() && used.next()) {
        v.reason = GateVerdict::Reason::AlreadyUsed;
        v.usedAt = fromMs(used.value(0));
        v.usedGate = used.value(1).toString();
    } else if (const auto entry = entryRefusal(v, roomId, nowMs, scope);
               entry != GateVerdict::Reason::Valid) {
        v.reason = entry;
    } else {
        v.kind = v.meia ? GateVerdict::Kind::Check : GateVerdict::Kind::Admitted;
        v.reason = v.meia ? GateVerdict::Reason::CheckDocument : GateVerdict::Reason::Valid;
    }
    return v;
}

bool Gatekeeper::queueScan(QSqlDatabase &db, const GateVerdict &verdict,
                           const std::optional<TicketCode::Payload> &ticket)
{
    if (!m_queueForServer)
        return true;
    QJsonObject p;
    p.insert(QStringLiteral("gate"), m_gateName);
    p.insert(QStringLiteral("user"), m_person.name);
    if (m_person.userId > 0)
        p.insert(QStringLiteral("user_id"), m_person.userId);
    p.insert(QStringLiteral("scanned_at"), double(verdict.scannedAt.toMSecsSinceEpoch()));
    p.insert(QStringLiteral("verdict"), GateVerdict::kindCode(verdict.kind));
    p.insert(QStringLiteral("reason"), GateVerdict::reasonCode(verdict.reason));
    p.insert(QStringLiteral("admitted"), verdict.kind != GateVerdict::Kind::Refused);
    p.insert(QStringLiteral("ticket_terminal_id"),
             ticket ? QJsonValue(double(ticket->terminalId)) : QJsonValue());
    p.insert(QStringLiteral("ticket_serial"),
             ticket ? QJsonValue(double(ticket->serial)) : QJsonValue());
    p.insert(QStringLiteral("screening_id"),
             verdict.screeningId ? QJsonValue(verdict.screeningId) : QJsonValue());
    return Outbox::enqueue(db, QStringLiteral("scan"),
                           OutboxReplayer::newKey(QStringLiteral("scan")), p,
                           verdict.scannedAt.toMSecsSinceEpoch());
}

std::optional<Gatekeeper::Attendance> Gatekeeper::attendance(int screeningId) const
{
    QSqlQuery q(m_database.connection());
    m_database.prepare(q, QStringLiteral("SELECT COALESCE(SUM(CASE WHEN status = 'used' THEN 1 "
                                         "ELSE 0 END), 0), COUNT(*) FROM tickets "
                                         "WHERE screening_id = ? AND status <> 'cancelled'"));
    q.addBindValue(screeningId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Attendance{q.value(0).toInt(), q.value(1).toInt()};
}

void Gatekeeper::learnAdmission(const GateVerdict &serverVerdict)
{
    if (serverVerdict.ticketId == 0 || serverVerdict.kind == GateVerdict::Kind::Refused)
        return;
    QSqlQuery q(m_database.connection());
    if (!m_database.prepare(q, QStringLiteral("UPDATE tickets SET status = 'used', used_at = ?, "
                                              "used_gate = ? WHERE id = ? AND status = 'valid'")))
        return;
    q.addBindValue(serverVerdict.scannedAt.toMSecsSinceEpoch());
    q.addBindValue(m_gateName);
    q.addBindValue(serverVerdict.ticketId);
    // A copy that misses it is corrected by the next pull; the admission is the server's.
    q.exec();
}
