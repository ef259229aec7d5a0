// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatleaser.h"

#include "core/catalog/catalogrepository.h"
#include "core/catalog/seatselector.h"
#include "core/sales/saleerror.h"
#include "core/store/database.h"
#include "core/store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

SeatLeaser::SeatLeaser(const Database &server, TerminalIdentity terminal)
    : m_server(server), m_terminal(std::move(terminal))
{}

QList<SeatLeaser::SeatKey> SeatLeaser::seatsInUseHere(const Database &local,
                                                      const TerminalIdentity &terminal)
{
    // An offline sale takes its seats from the lease by giving the local lease rows its own
    // token; once paid, they are in offline_tickets until the server has the sale.
    QList<SeatKey> seats;
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("SELECT screening_id, seat_id FROM holds WHERE terminal_id = ? "
                             "AND hold_token <> ? UNION SELECT screening_id, seat_id FROM "
                             "offline_tickets WHERE upload_state = 'pending'"));
    q.addBindValue(terminal.terminalId());
    q.addBindValue(terminal.leaseToken());
    if (q.exec()) {
        while (q.next())
            seats.append({q.value(0).toInt(), q.value(1).toInt()});
    }
    return seats;
}

SaleResult<int> SeatLeaser::returnAll(const QList<SeatKey> &keep)
{
    QStringList screenings;
    QStringList seats;
    for (const SeatKey &key : keep) {
        screenings << QString::number(key.screeningId);
        seats << QString::number(key.seatId);
    }
    // Leases that already ended go too, but only live ones were still kept from anyone.
    QSqlQuery q(m_server.connection());
    m_server.prepare(q, QStringLiteral("WITH gone AS (DELETE FROM holds WHERE hold_token = ? "
                                       "AND (screening_id, seat_id) NOT IN (SELECT * FROM "
                                       "unnest(?::int[], ?::int[])) RETURNING expires_at) "
                                       "SELECT COUNT(*) FILTER (WHERE expires_at > "
                                       "marquee_now_ms()) FROM gone"));
    q.addBindValue(m_terminal.leaseToken());
    q.addBindValue(QStringLiteral("{%1}").arg(screenings.join(QLatin1Char(','))));
    q.addBindValue(QStringLiteral("{%1}").arg(seats.join(QLatin1Char(','))));
    if (!q.exec() || !q.next()) {
        return SaleError::fromStore(m_server, q.lastError());
    }
    return q.value(0).toInt();
}

SaleResult<int> SeatLeaser::refresh(int days, int maxScreenings, bool *more)
{
    if (more)
        *more = false;
    QSqlDatabase db = m_server.connection();
    QSqlQuery q(db);
    m_server.prepare(q, QStringLiteral("SELECT lease_seats FROM terminals WHERE id = ?"));
    q.addBindValue(m_terminal.terminalId());
    if (!q.exec())
        return SaleError::storage(q.lastError().text());
    const int perScreening = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (perScreening <= 0)
        return 0;

    // Screenings far enough from their start that a lease would not end at once.
    m_server.prepare(
        q, QStringLiteral(
               "SELECT s.id, s.room_id, (SELECT COUNT(*) FROM holds h WHERE h.screening_id = s.id "
               "AND h.hold_token = ? AND h.expires_at > marquee_now_ms()) FROM screenings s "
               "WHERE s.starts_at > marquee_now_ms() + "
               "marquee_setting('lease_return_minutes', 60)::bigint * 60000 "
               "AND s.starts_at < marquee_now_ms() + ?::bigint * 86400000 ORDER BY s.starts_at"));
    q.addBindValue(m_terminal.leaseToken());
    q.addBindValue(days);
    if (!q.exec())
        return SaleError::storage(q.lastError().text());
    struct Need
    {
        int screeningId, roomId, missing;
    };
    QList<Need> needs;
    int leased = 0;
    while (q.next()) {
        const int have = q.value(2).toInt();
        leased += have;
        if (have < perScreening)
            needs.append({q.value(0).toInt(), q.value(1).toInt(), perScreening - have});
    }
    q.finish();

    if (maxScreenings >= 0 && needs.size() > maxScreenings) {
        needs.resize(maxScreenings);
        if (more)
            *more = true;
    }
    const CatalogRepository catalog(m_server);
    for (const Need &need : std::as_const(needs)) {
        const RoomLayout layout = catalog.roomLayout(need.roomId);
        QHash<int, SeatState> states = catalog.seatStates(need.screeningId, QString());
        // Good seats, in small blocks, as a counter would sell them.
        QList<int> seats;
        int missing = need.missing;
        for (int group = std::min(missing, 4); missing > 0 && group > 0;) {
            const QList<int> block = SeatSelector::bestAvailable(layout, states, group);
            if (block.isEmpty()) {
                --group;
                continue;
            }
            for (const int id : block)
                states.insert(id, SeatState::HeldByOther);
            seats += block;
            missing -= int(block.size());
            group = std::min(group, missing);
        }
        if (seats.isEmpty())
            continue;
        WriteTransaction tx(db, m_server);
        if (!tx.isOpen())
            return SaleError::storage(tx.error());
        QSqlQuery insert(db);
        m_server.prepare(insert,
                         QStringLiteral("INSERT INTO holds (screening_id, seat_id, hold_token, "
                                        "terminal_id, created_at, expires_at) VALUES "
                                        "(?, ?, ?, ?, marquee_now_ms(), ?) "
                                        "ON CONFLICT (screening_id, seat_id) DO NOTHING"));
        for (const int seatId : std::as_const(seats)) {
            insert.bindValue(0, need.screeningId);
            insert.bindValue(1, seatId);
            insert.bindValue(2, m_terminal.leaseToken());
            insert.bindValue(3, m_terminal.terminalId());
            insert.bindValue(4, std::numeric_limits<qint64>::max()); // the server caps it
            if (!insert.exec())
                return SaleError::storage(insert.lastError().text());
            leased += insert.numRowsAffected() > 0 ? 1 : 0;
        }
        // A seat sold meanwhile (its hold gone, its ticket in) must not stay leased.
        QSqlQuery sold(db);
        m_server.prepare(sold, QStringLiteral("DELETE FROM holds h USING tickets t WHERE "
                                              "h.hold_token = ? AND h.screening_id = ? AND "
                                              "t.screening_id = h.screening_id AND t.seat_id = "
                                              "h.seat_id AND t.status <> 'cancelled'"));
        sold.addBindValue(m_terminal.leaseToken());
        sold.addBindValue(need.screeningId);
        if (!sold.exec())
            return SaleError::storage(sold.lastError().text());
        leased -= sold.numRowsAffected();
        if (!tx.commit())
            return SaleError::storage(tx.error());
    }
    return leased;
}
