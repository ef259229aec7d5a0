// SPDX-License-Identifier: GPL-3.0-or-later
#include "localreplica.h"

#include "core/store/database.h"
#include "core/store/storesettings.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace {
const QString kTicketColumns = QStringLiteral(
    "id, order_id, screening_id, seat_id, ticket_type_id, price_cents, customer_cpf, "
    "terminal_id, serial, code, status, created_at, used_at, used_gate, cancelled_at, "
    "cancelled_by, replaced_by");
// Admissions this gate made offline and has not uploaded yet are facts the server's copy does
// not show: laid back over it, so a ticket let in offline stays used here.
const QString kReapplyOfflineAdmissions = QStringLiteral(
    "UPDATE tickets SET status = 'used', used_at = json_extract(o.payload, '$.scanned_at'), "
    "used_gate = json_extract(o.payload, '$.gate') FROM outbox o "
    "WHERE o.state = 'pending' AND o.kind = 'scan' AND json_extract(o.payload, '$.admitted') = 1 "
    "AND tickets.terminal_id = json_extract(o.payload, '$.ticket_terminal_id') "
    "AND tickets.serial = json_extract(o.payload, '$.ticket_serial') "
    "AND tickets.status = 'valid'");
const QString kHoldColumns =
    QStringLiteral("screening_id, seat_id, hold_token, terminal_id, created_at, expires_at");

// One copy from the server into the local store. Everything is read first, in one read-only
// repeatable-read snapshot of the server; only then is the local store written, in one
// transaction, so a slow or stalled server never holds the local write lock (the screens and
// the ticket serials need it) and the copy lands whole or not at all. Replicated rows were
// judged by the server already, and orders are not copied, so the local foreign keys are off
// while writing. The first failing step's error is kept.
class ReplicaCopy
{
public:
    ReplicaCopy(const Database &server, const Database &local)
        : m_server(server.connection()), m_local(local.connection())
    {
        if (!m_server.isOpen()) {
            m_error = m_server.lastError().text();
            return;
        }
        QSqlQuery snapshot(m_server);
        if (!snapshot.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            m_error = snapshot.lastError().text();
        else
            m_snapshot = true;
    }
    ~ReplicaCopy() { endSnapshot(); }
    Q_DISABLE_COPY_MOVE(ReplicaCopy)

    // A statement for the local copy, run in order when the copy is written.
    void exec(const QString &sql, const QVariantList &binds = {})
    {
        m_steps.append(Step{sql, binds, {}, {}});
    }
    // The rows `select` returns on the server, read now, for `table` locally.
    void copy(const QString &select, const QVariantList &binds, const QString &table)
    {
        if (m_error)
            return;
        QSqlQuery from(m_server);
        from.setForwardOnly(true);
        from.prepare(select);
        for (const QVariant &v : binds)
            from.addBindValue(v);
        if (!from.exec()) {
            m_error = from.lastError().text();
            return;
        }
        const QSqlRecord record = from.record();
        QStringList columns, marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        Step step{QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                  {},
                  table,
                  {}};
        while (from.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row << from.value(i);
            step.rows.append(row);
        }
        m_rowsCopied += int(step.rows.size());
        m_steps.append(step);
    }
    int rowsCopied() const { return m_rowsCopied; }
    // Ends the server snapshot, then writes every step locally in one transaction.
    std::optional<QString> finish()
    {
        endSnapshot();
        if (m_error)
            return m_error;
        QSqlQuery q(m_local);
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        const auto done = [&](std::optional<QString> error) {
            if (error)
                QSqlQuery(m_local).exec(QStringLiteral("ROLLBACK"));
            QSqlQuery(m_local).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            return error;
        };
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return done(q.lastError().text());
        for (const Step &step : std::as_const(m_steps)) {
            QSqlQuery w(m_local);
            if (!w.prepare(step.sql))
                return done(w.lastError().text());
            if (step.table.isEmpty()) {
                for (const QVariant &v : step.binds)
                    w.addBindValue(v);
                if (!w.exec())
                    return done(w.lastError().text());
                continue;
            }
            for (const QVariantList &row : step.rows) {
                for (int i = 0; i < row.size(); ++i)
                    w.bindValue(i, row.at(i));
                if (!w.exec())
                    return done(w.lastError().text() + QStringLiteral(" (") + step.table +
                                QLatin1Char(')'));
            }
        }
        // How fresh the copy is, for the status bar while the server is away.
        QSqlQuery stamp(m_local);
        stamp.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                                     "VALUES ('replica_copied_at', ?)"));
        stamp.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
        if (!stamp.exec())
            return done(stamp.lastError().text());
        if (!q.exec(QStringLiteral("COMMIT")))
            return done(q.lastError().text());
        return done(std::nullopt);
    }

private:
    struct Step
    {
        QString sql;
        QVariantList binds;
        QString table; // set for copied rows
        QList<QVariantList> rows;
    };

    void endSnapshot()
    {
        if (m_snapshot)
            QSqlQuery(m_server).exec(QStringLiteral("COMMIT"));
        m_snapshot = false;
    }

    QSqlDatabase m_server;
    QSqlDatabase m_local;
    bool m_snapshot = false;
    QList<Step> m_steps;
    std::optional<QString> m_error;
    int m_rowsCopied = 0;
};

// Replicated tickets must not trip the local limit triggers (the server's settings rule).
const QStringList kLocalLimitTriggers = {QStringLiteral("tickets_cpf_limit"),
                                         QStringLiteral("tickets_meia_cap")};
} // namespace

std::optional<QString> LocalReplica::pullCatalogue(const Database &server, const Database &local,
                                                   int days, int *rowsCopied)
{
    const StoreSettings copied(local);
    if (days <= 0) // the store's setting, as last copied from the server
        days = std::clamp(copied.intValue(QStringLiteral("replica_days"), 7), 1, 60);
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - 6 * 3600 * 1000;
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + qint64(days) * 86400 * 1000;
    // The oldest server transaction still running at the last copy: every change since was
    // written by it or a later one. None (or another server's): the copy is made whole.
    const QString since = copied.value(QStringLiteral("replica_xmin"));
    const qint64 coveredUntil = copied.value(QStringLiteral("replica_until")).toLongLong();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const bool whole = !digits.match(since).hasMatch() ||
                       copied.value(QStringLiteral("replica_of")) != server.path();
    const QString changed =
        whole ? QString() : QStringLiteral(" WHERE written_by >= '%1'::xid8").arg(since);

    ReplicaCopy copy(server, local);
    // Read first, so it belongs to the snapshot everything below is read in; kept aside until
    // the settings are written.
    copy.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS replica_state "
                             "(key TEXT PRIMARY KEY, value TEXT)"));
    copy.exec(QStringLiteral("DELETE FROM replica_state"));
    copy.copy(QStringLiteral("SELECT 'replica_xmin' AS key, "
                             "pg_snapshot_xmin(pg_current_snapshot())::text AS value"),
              {}, QStringLiteral("replica_state"));
    if (whole) {
        for (const char *table :
             {"holds", "tickets", "order_items", "payments", "orders", "screenings", "seats",
              "rooms", "films", "ticket_types", "settings", "users"})
            copy.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    } else {
        // Screenings that left the window go, with their tickets.
        copy.exec(QStringLiteral("DELETE FROM tickets WHERE screening_id IN "
                                 "(SELECT id FROM screenings WHERE starts_at < ?)"),
                  {from});
        copy.exec(QStringLiteral("DELETE FROM screenings WHERE starts_at < ?"), {from});
        copy.exec(QStringLiteral("DELETE FROM holds"));
    }
    copy.copy(QStringLiteral("SELECT key, value FROM settings") + changed, {},
              QStringLiteral("settings"));
    // Marks the file as a copy, so it is never mistaken for an embedded store with its own sales.
    copy.exec(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('replica_of', ?)"),
        {server.path()});
    copy.copy(QStringLiteral("SELECT id, name, kind, version, public_key, created_at, "
                             "last_seen_at, revoked_at FROM terminals") +
                  changed,
              {}, QStringLiteral("terminals"));
    // The people, hashes only, so they log in at this terminal while the server is away.
    copy.copy(QStringLiteral("SELECT id, login, name, role, active, password_hash, pin_hash, "
                             "pin_failures, pin_locked_until, created_at FROM users") +
                  changed,
              {}, QStringLiteral("users"));
    copy.copy(QStringLiteral("SELECT id, code, name_pt, name_en, percent, is_meia, active, "
                             "sort_order FROM ticket_types") +
                  changed,
              {}, QStringLiteral("ticket_types"));
    copy.copy(QStringLiteral("SELECT id, title, original_title, duration_min, rating, genre "
                             "FROM films") +
                  changed,
              {}, QStringLiteral("films"));
    copy.copy(QStringLiteral("SELECT id, name, premium_surcharge_cents FROM rooms") + changed, {},
              QStringLiteral("rooms"));
    copy.copy(QStringLiteral("SELECT id, room_id, row_label, number, grid_x, grid_y, kind "
                             "FROM seats") +
                  changed,
              {}, QStringLiteral("seats"));
    // Screenings and tickets: what changed, and whatever came into the window since.
    const QString newOrChanged =
        whole ? QString() : QStringLiteral(" AND (%1written_by >= '%2'::xid8 OR s.starts_at > %3)");
    copy.copy(QStringLiteral("SELECT id, film_id, room_id, starts_at, local_date, price_cents, "
                             "meia_cap_percent, seat_count, sold_count FROM screenings s "
                             "WHERE starts_at BETWEEN ? AND ?") +
                  (whole ? QString() : newOrChanged.arg(QString(), since).arg(coveredUntil)),
              {from, to}, QStringLiteral("screenings"));
    for (const QString &trigger : kLocalLimitTriggers)
        copy.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger);
    // Holds live minutes: the live ones are copied again each time.
    copy.copy(QStringLiteral("SELECT %1 FROM holds WHERE screening_id IN "
                             "(SELECT id FROM screenings WHERE starts_at BETWEEN ? AND ?) "
                             "AND expires_at > marquee_now_ms()")
                  .arg(kHoldColumns),
              {from, to}, QStringLiteral("holds"));
    copy.copy(
        QStringLiteral("SELECT %1 FROM tickets t JOIN screenings s ON s.id = "
                       "t.screening_id WHERE s.starts_at BETWEEN ? AND ?")
                .arg(
                    QStringLiteral("t.") +
                    QString(kTicketColumns).replace(QStringLiteral(", "), QStringLiteral(", t."))) +
            (whole ? QString() : newOrChanged.arg(QStringLiteral("t."), since).arg(coveredUntil)),
        {from, to}, QStringLiteral("tickets"));
    copy.exec(kReapplyOfflineAdmissions);
    // The sold counts came with the screenings; the ticket insert triggers added them again.
    copy.exec(QStringLiteral("UPDATE screenings SET sold_count = (SELECT COUNT(*) FROM tickets t "
                             "WHERE t.screening_id = screenings.id AND t.status <> 'cancelled')"));
    copy.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                             "SELECT key, value FROM replica_state"));
    copy.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                             "VALUES ('replica_until', ?)"),
              {QString::number(to)});
    const auto error = copy.finish();
    if (rowsCopied)
        *rowsCopied = copy.rowsCopied();
    return error;
}

std::optional<QString> LocalReplica::rebuild(const Database &server, const Database &local,
                                             int days)
{
    StoreSettings(local).setValue(QStringLiteral("replica_xmin"), QString());
    return pullCatalogue(server, local, days);
}

std::optional<QString> LocalReplica::pullSeats(const Database &server, const Database &local,
                                               int screeningId)
{
    ReplicaCopy copy(server, local);
    copy.exec(QStringLiteral("DELETE FROM holds WHERE screening_id = ?"), {screeningId});
    copy.exec(QStringLiteral("DELETE FROM tickets WHERE screening_id = ?"), {screeningId});
    for (const QString &trigger : kLocalLimitTriggers)
        copy.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger);
    copy.copy(QStringLiteral("SELECT %1 FROM holds WHERE screening_id = ? "
                             "AND expires_at > marquee_now_ms()")
                  .arg(kHoldColumns),
              {screeningId}, QStringLiteral("holds"));
    copy.copy(QStringLiteral("SELECT %1 FROM tickets WHERE screening_id = ?").arg(kTicketColumns),
              {screeningId}, QStringLiteral("tickets"));
    copy.exec(kReapplyOfflineAdmissions);
    copy.exec(QStringLiteral("UPDATE screenings SET sold_count = (SELECT COUNT(*) FROM tickets t "
                             "WHERE t.screening_id = ? AND t.status <> 'cancelled') WHERE id = ?"),
              {screeningId, screeningId});
    return copy.finish();
}

QDateTime LocalReplica::copiedAt(const Database &local)
{
    const QString ms = StoreSettings(local).value(QStringLiteral("replica_copied_at"));
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong());
}
