// SPDX-License-Identifier: GPL-3.0-or-later
#include "localreplica.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace {
// Copies the rows `select` returns on the server into `table` locally, column for column.
std::optional<QString> copyRows(QSqlDatabase &server, QSqlDatabase &local, const QString &select,
                                const QVariantList &binds, const QString &table)
{
    QSqlQuery from(server);
    from.setForwardOnly(true);
    from.prepare(select);
    for (const QVariant &v : binds)
        from.addBindValue(v);
    if (!from.exec())
        return from.lastError().text();
    const QSqlRecord record = from.record();
    QStringList columns, marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery to(local);
    if (!to.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))))
        return to.lastError().text();
    while (from.next()) {
        for (int i = 0; i < record.count(); ++i)
            to.bindValue(i, from.value(i));
        if (!to.exec())
            return to.lastError().text() + QStringLiteral(" (") + table + QLatin1Char(')');
    }
    return std::nullopt;
}

const QString kTicketColumns = QStringLiteral(
    "id, order_id, screening_id, seat_id, ticket_type_id, price_cents, customer_cpf, "
    "terminal_id, serial, code, status, created_at, used_at, used_gate");
const QString kHoldColumns =
    QStringLiteral("screening_id, seat_id, hold_token, terminal_id, created_at, expires_at");

// Local writes of replicated rows: the server already enforced every rule, and orders are
// not copied, so the local foreign keys and limit triggers must not judge them again.
class ReplicaTransaction
{
public:
    explicit ReplicaTransaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = q.lastError().text();
    }
    ~ReplicaTransaction()
    {
        QSqlQuery q(m_db);
        if (m_open)
            q.exec(QStringLiteral("ROLLBACK"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    std::optional<QString> commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return q.lastError().text();
        m_open = false;
        return std::nullopt;
    }
    std::optional<QString> exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text();
        return std::nullopt;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// Replicated tickets must not trip the local limit triggers (the server's settings rule).
const QStringList kLocalLimitTriggers = {QStringLiteral("tickets_cpf_limit"),
                                         QStringLiteral("tickets_meia_cap")};
} // namespace

std::optional<QString> LocalReplica::pullCatalogue(const Database &server, const Database &local,
                                                   int days)
{
    QSqlDatabase s = server.connection();
    QSqlDatabase l = local.connection();
    if (!s.isOpen())
        return s.lastError().text();
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - 6 * 3600 * 1000;
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + qint64(days) * 86400 * 1000;
    // One snapshot of the server for the whole copy.
    QSqlQuery snapshot(s);
    if (!snapshot.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return snapshot.lastError().text();
    ReplicaTransaction tx(l);
    if (!tx.isOpen()) {
        snapshot.exec(QStringLiteral("ROLLBACK"));
        return tx.error();
    }
    std::optional<QString> error;
    const auto step = [&](std::optional<QString> e) {
        if (!error && e)
            error = e;
    };
    for (const char *table : {"holds", "tickets", "order_items", "payments", "orders", "screenings",
                              "seats", "rooms", "films", "ticket_types", "settings"})
        step(tx.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    step(copyRows(s, l, QStringLiteral("SELECT key, value FROM settings"), {},
                  QStringLiteral("settings")));
    step(copyRows(s, l,
                  QStringLiteral("SELECT id, name, kind, version, public_key, created_at, "
                                 "last_seen_at, revoked_at FROM terminals"),
                  {}, QStringLiteral("terminals")));
    step(copyRows(s, l,
                  QStringLiteral("SELECT id, code, name_pt, name_en, percent, is_meia, active, "
                                 "sort_order FROM ticket_types"),
                  {}, QStringLiteral("ticket_types")));
    step(copyRows(s, l,
                  QStringLiteral("SELECT id, title, original_title, duration_min, rating, genre "
                                 "FROM films"),
                  {}, QStringLiteral("films")));
    step(copyRows(s, l, QStringLiteral("SELECT id, name, premium_surcharge_cents FROM rooms"), {},
                  QStringLiteral("rooms")));
    step(copyRows(s, l,
                  QStringLiteral("SELECT id, room_id, row_label, number, grid_x, grid_y, kind "
                                 "FROM seats"),
                  {}, QStringLiteral("seats")));
    step(copyRows(s, l,
                  QStringLiteral("SELECT id, film_id, room_id, starts_at, local_date, price_cents, "
                                 "meia_cap_percent, seat_count, sold_count FROM screenings "
                                 "WHERE starts_at BETWEEN ? AND ?"),
                  {from, to}, QStringLiteral("screenings")));
    for (const QString &trigger : kLocalLimitTriggers)
        step(tx.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger));
    step(copyRows(s, l,
                  QStringLiteral("SELECT %1 FROM holds WHERE screening_id IN "
                                 "(SELECT id FROM screenings WHERE starts_at BETWEEN ? AND ?) "
                                 "AND expires_at > marquee_now_ms()")
                      .arg(kHoldColumns),
                  {from, to}, QStringLiteral("holds")));
    step(copyRows(s, l,
                  QStringLiteral("SELECT %1 FROM tickets WHERE screening_id IN "
                                 "(SELECT id FROM screenings WHERE starts_at BETWEEN ? AND ?)")
                      .arg(kTicketColumns),
                  {from, to}, QStringLiteral("tickets")));
    // The sold counts came with the screenings; the ticket insert triggers added them again.
    step(tx.exec(
        QStringLiteral("UPDATE screenings SET sold_count = (SELECT COUNT(*) FROM tickets t "
                       "WHERE t.screening_id = screenings.id AND t.status <> 'cancelled')")));
    snapshot.exec(QStringLiteral("COMMIT"));
    if (error)
        return error;
    return tx.commit();
}

std::optional<QString> LocalReplica::pullSeats(const Database &server, const Database &local,
                                               int screeningId)
{
    QSqlDatabase s = server.connection();
    QSqlDatabase l = local.connection();
    if (!s.isOpen())
        return s.lastError().text();
    QSqlQuery snapshot(s);
    if (!snapshot.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return snapshot.lastError().text();
    ReplicaTransaction tx(l);
    if (!tx.isOpen()) {
        snapshot.exec(QStringLiteral("ROLLBACK"));
        return tx.error();
    }
    std::optional<QString> error;
    const auto step = [&](std::optional<QString> e) {
        if (!error && e)
            error = e;
    };
    step(tx.exec(QStringLiteral("DELETE FROM holds WHERE screening_id = ?"), {screeningId}));
    step(tx.exec(QStringLiteral("DELETE FROM tickets WHERE screening_id = ?"), {screeningId}));
    for (const QString &trigger : kLocalLimitTriggers)
        step(tx.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger));
    step(copyRows(s, l,
                  QStringLiteral("SELECT %1 FROM holds WHERE screening_id = ? "
                                 "AND expires_at > marquee_now_ms()")
                      .arg(kHoldColumns),
                  {screeningId}, QStringLiteral("holds")));
    step(copyRows(
        s, l, QStringLiteral("SELECT %1 FROM tickets WHERE screening_id = ?").arg(kTicketColumns),
        {screeningId}, QStringLiteral("tickets")));
    step(tx.exec(
        QStringLiteral("UPDATE screenings SET sold_count = (SELECT COUNT(*) FROM tickets t "
                       "WHERE t.screening_id = ? AND t.status <> 'cancelled') WHERE id = ?"),
        {screeningId, screeningId}));
    snapshot.exec(QStringLiteral("COMMIT"));
    if (error)
        return error;
    return tx.commit();
}
