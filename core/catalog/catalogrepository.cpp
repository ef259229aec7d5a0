// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrepository.h"

#include "core/store/database.h"
#include "core/store/storesettings.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCatalog, "marquee.catalog")

namespace {
const QString kScreeningColumns = QStringLiteral(
    "SELECT s.id, s.film_id, f.title, f.duration_min, f.rating, s.room_id, r.name, "
    "s.starts_at, s.price_cents, s.seat_count, s.sold_count, "
    "(SELECT COUNT(*) FROM holds h WHERE h.screening_id = s.id AND h.expires_at > :now), "
    "COALESCE(s.meia_cap_percent, :cap) "
    "FROM screenings s JOIN films f ON f.id = s.film_id JOIN rooms r ON r.id = s.room_id ");

Screening screeningFrom(const QSqlQuery &q)
{
    Screening s;
    s.id = q.value(0).toInt();
    s.filmId = q.value(1).toInt();
    s.filmTitle = q.value(2).toString();
    s.durationMinutes = q.value(3).toInt();
    s.rating = q.value(4).toString();
    s.roomId = q.value(5).toInt();
    s.roomName = q.value(6).toString();
    // Local-time conversion costs more than the query itself for a long result list.
    s.startsAtMs = q.value(7).toLongLong();
    s.priceCents = q.value(8).toLongLong();
    s.seatCount = q.value(9).toInt();
    s.soldCount = q.value(10).toInt();
    s.heldCount = q.value(11).toInt();
    s.meiaCapPercent = q.value(12).toInt();
    return s;
}
} // namespace

CatalogRepository::CatalogRepository(const Database &database)
    : m_database(database), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString CatalogRepository::ftsQuery(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = text.split(nonWord, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words)
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QList<Screening> CatalogRepository::search(const QString &text, const QDate &from, const QDate &to,
                                           int limit) const
{
    QString sql = QStringLiteral("WHERE 1 = 1 ");
    const QString match = ftsQuery(text);
    // With a short date range, walking the date index and checking the film is far cheaper
    // than walking every screening of each matching film (12 ms against 0.2 ms over 100,000
    // screenings, see BENCHMARKS.md); the unary + keeps SQLite off the film index then.
    const bool shortRange = from.isValid() && to.isValid() && from.daysTo(to) <= 31;
    if (!match.isEmpty())
        sql += (shortRange ? QStringLiteral("AND +s.film_id IN ")
                           : QStringLiteral("AND s.film_id IN ")) +
               QStringLiteral("(SELECT rowid FROM films_fts WHERE films_fts MATCH :match) ");
    if (from.isValid())
        sql += QStringLiteral("AND s.local_date >= :from ");
    if (to.isValid())
        sql += QStringLiteral("AND s.local_date <= :to ");
    sql += QStringLiteral("ORDER BY s.starts_at, r.name LIMIT :limit");
    QList<QPair<QString, QVariant>> binds{{QStringLiteral(":limit"), limit}};
    if (!match.isEmpty())
        binds.append({QStringLiteral(":match"), match});
    if (from.isValid())
        binds.append({QStringLiteral(":from"), from.toString(Qt::ISODate)});
    if (to.isValid())
        binds.append({QStringLiteral(":to"), to.toString(Qt::ISODate)});
    return select(sql, binds);
}

QList<Screening> CatalogRepository::select(const QString &where,
                                           const QList<QPair<QString, QVariant>> &binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    m_database.prepare(q, kScreeningColumns + where);
    q.bindValue(QStringLiteral(":now"), m_nowMs());
    q.bindValue(QStringLiteral(":cap"), StoreSettings(m_database).meiaCapPercent());
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    QList<Screening> result;
    if (!q.exec()) {
        qCWarning(lcCatalog) << "screenings query failed" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(screeningFrom(q));
    return result;
}

QList<Screening> CatalogRepository::screeningsOfFilm(int filmId, const QDateTime &after,
                                                     const QDate &to) const
{
    return select(QStringLiteral("WHERE s.film_id = :film AND s.starts_at > :after AND "
                                 "s.local_date <= :to ORDER BY s.starts_at, r.name"),
                  {{QStringLiteral(":film"), filmId},
                   {QStringLiteral(":after"), after.toMSecsSinceEpoch()},
                   {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
}

QList<Screening> CatalogRepository::nextScreeningOfEachFilm(const QDateTime &after,
                                                            const QDate &to) const
{
    // SQLite gives the row of the MIN() with it: each film's first screening.
    return select(QStringLiteral("WHERE s.id IN (SELECT id FROM (SELECT id, MIN(starts_at) "
                                 "FROM screenings WHERE starts_at > :after AND local_date <= :to "
                                 "GROUP BY film_id)) ORDER BY s.starts_at"),
                  {{QStringLiteral(":after"), after.toMSecsSinceEpoch()},
                   {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
}

QList<Screening> CatalogRepository::startingAfter(const QDateTime &after, int limit) const
{
    return select(
        QStringLiteral("WHERE s.starts_at > :after AND s.sold_count < s.seat_count "
                       "ORDER BY s.starts_at, r.name LIMIT :limit"),
        {{QStringLiteral(":after"), after.toMSecsSinceEpoch()}, {QStringLiteral(":limit"), limit}});
}

std::optional<Screening> CatalogRepository::screening(int screeningId) const
{
    const QList<Screening> found =
        select(QStringLiteral("WHERE s.id = :id"), {{QStringLiteral(":id"), screeningId}});
    return found.isEmpty() ? std::nullopt : std::optional<Screening>(found.first());
}

RoomLayout CatalogRepository::roomLayout(int roomId) const
{
    const auto cached = m_layouts.constFind(roomId);
    if (cached != m_layouts.cend())
        return *cached;
    QSqlQuery q(m_database.connection());
    m_database.prepare(
        q, QStringLiteral("SELECT name, premium_surcharge_cents FROM rooms WHERE id = ?"));
    q.addBindValue(roomId);
    if (!q.exec() || !q.next())
        return {};
    const QString name = q.value(0).toString();
    const qint64 surcharge = q.value(1).toLongLong();
    m_database.prepare(
        q, QStringLiteral("SELECT id, row_label, number, grid_x, grid_y, kind FROM seats "
                          "WHERE room_id = ? ORDER BY grid_y, grid_x"));
    q.addBindValue(roomId);
    q.setForwardOnly(true);
    QList<Seat> seats;
    if (q.exec()) {
        while (q.next())
            seats.append(Seat{q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(),
                              q.value(3).toInt(), q.value(4).toInt(),
                              Seat::kindFromCode(q.value(5).toString())});
    }
    RoomLayout layout(roomId, name, seats, surcharge);
    m_layouts.insert(roomId, layout);
    return layout;
}

QList<TicketType> CatalogRepository::ticketTypes() const
{
    QList<TicketType> types;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name_pt, name_en, percent, is_meia "
                               "FROM ticket_types WHERE active = 1 ORDER BY sort_order, id")))
        return types;
    while (q.next())
        types.append(TicketType{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toInt(), q.value(5).toBool()});
    return types;
}

std::optional<TicketType> CatalogRepository::ticketType(int id) const
{
    for (const TicketType &t : ticketTypes()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QHash<int, SeatState> CatalogRepository::seatStates(int screeningId, const QString &holdToken) const
{
    QHash<int, SeatState> states;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    m_database.prepare(q, QStringLiteral("SELECT seat_id, hold_token FROM holds "
                                         "WHERE screening_id = ? AND expires_at > ?"));
    q.addBindValue(screeningId);
    q.addBindValue(m_nowMs());
    if (q.exec()) {
        while (q.next()) {
            const QString token = q.value(1).toString();
            if (!m_leaseToken.isEmpty() && token == m_leaseToken)
                continue; // this terminal's lease: free for its own sales
            states.insert(q.value(0).toInt(),
                          token == holdToken ? SeatState::HeldByMe : SeatState::HeldByOther);
        }
    }
    // A local store also counts the sales this counter made offline and has not seen come
    // back from the server yet.
    m_database.prepare(
        q, m_database.isPostgres()
               ? QStringLiteral("SELECT seat_id FROM tickets WHERE screening_id = ? AND "
                                "status <> 'cancelled'")
               : QStringLiteral("SELECT seat_id FROM tickets WHERE screening_id = ? AND "
                                "status <> 'cancelled' UNION ALL SELECT seat_id FROM "
                                "offline_tickets WHERE screening_id = ?"));
    q.addBindValue(screeningId);
    if (!m_database.isPostgres())
        q.addBindValue(screeningId);
    if (q.exec()) {
        while (q.next())
            states.insert(q.value(0).toInt(), SeatState::Sold);
    }
    if (m_onlyLeasedSeatsFree) {
        // Offline: only this terminal's leased seats can be sold; the rest waits for the server.
        QSqlQuery leases(m_database.connection());
        m_database.prepare(leases, QStringLiteral("SELECT seat_id FROM holds WHERE screening_id "
                                                  "= ? AND hold_token = ? AND expires_at > ?"));
        leases.addBindValue(screeningId);
        leases.addBindValue(m_leaseToken);
        leases.addBindValue(m_nowMs() + kOfflineLeaseMarginMs);
        QSet<int> leased;
        if (leases.exec()) {
            while (leases.next())
                leased.insert(leases.value(0).toInt());
        }
        const auto facts = screening(screeningId);
        const RoomLayout layout = roomLayout(facts ? facts->roomId : 0);
        for (const Seat &seat : layout.seats()) {
            if (!states.contains(seat.id) && !leased.contains(seat.id))
                states.insert(seat.id, SeatState::HeldByOther);
        }
    }
    return states;
}

int CatalogRepository::meiaSold(int screeningId) const
{
    QSqlQuery q(m_database.connection());
    m_database.prepare(
        q, m_database.isPostgres()
               ? QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN ticket_types tt ON tt.id = "
                                "t.ticket_type_id WHERE t.screening_id = ? AND t.status <> "
                                "'cancelled' AND tt.is_meia = 1")
               : QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets t JOIN ticket_types tt ON "
                                "tt.id = t.ticket_type_id WHERE t.screening_id = ? AND t.status "
                                "<> 'cancelled' AND tt.is_meia = 1) + (SELECT COUNT(*) FROM "
                                "offline_tickets WHERE screening_id = ? AND is_meia = 1)"));
    q.addBindValue(screeningId);
    if (!m_database.isPostgres())
        q.addBindValue(screeningId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int CatalogRepository::ticketsForCpf(int screeningId, const QString &cpfDigits) const
{
    QSqlQuery q(m_database.connection());
    m_database.prepare(
        q, m_database.isPostgres()
               ? QStringLiteral("SELECT COUNT(*) FROM tickets WHERE screening_id = ? AND "
                                "customer_cpf = ? AND status <> 'cancelled'")
               : QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets WHERE screening_id = ? "
                                "AND customer_cpf = ? AND status <> 'cancelled') + (SELECT "
                                "COUNT(*) FROM offline_tickets WHERE screening_id = ? AND "
                                "customer_cpf = ?)"));
    q.addBindValue(screeningId);
    q.addBindValue(cpfDigits);
    if (!m_database.isPostgres()) {
        q.addBindValue(screeningId);
        q.addBindValue(cpfDigits);
    }
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}
