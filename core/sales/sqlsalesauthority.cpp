// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsalesauthority.h"

#include "core/catalog/catalogrepository.h"
#include "core/catalog/money.h"
#include "core/sales/cpf.h"
#include "core/sales/orderpricing.h"
#include "core/sales/sqlrefunds.h"
#include "core/sales/sqlreissues.h"
#include "core/sales/sqlvalues.h"
#include "core/sales/ticketissue.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/writetransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcSqliteAuthority, "marquee.authority")

using SqlValues::nullableId;

namespace {
// Runs a prepared query; on failure the caller returns storeError(lastError).
bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcSqliteAuthority) << "query failed:" << q.lastQuery() << q.lastError().text();
    return false;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}
} // namespace

SqlSalesAuthority::SqlSalesAuthority(const Database &database, TerminalIdentity terminal)
    : SqlSalesAuthority(database, database, std::move(terminal))
{}

SqlSalesAuthority::SqlSalesAuthority(const Database &authority, const Database &local,
                                     TerminalIdentity terminal)
    : m_database(authority), m_local(local), m_catalog(authority), m_terminal(std::move(terminal)),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

qint64 SqlSalesAuthority::transactionNow(QSqlDatabase &db) const
{
    if (!m_database.isPostgres())
        return m_nowMs();
    // The offset between the clocks drifts slowly: asking the server every few seconds keeps
    // expiry on its clock without a round trip in every transaction.
    {
        QMutexLocker lock(&m_cacheMutex);
        if (m_offsetAge.isValid() && m_offsetAge.elapsed() < kCacheMs)
            return nowMs();
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT marquee_now_ms()")) && q.next()) {
        const qint64 server = q.value(0).toLongLong();
        m_serverOffsetMs = server - m_nowMs();
        QMutexLocker lock(&m_cacheMutex);
        m_offsetAge.start();
        return server;
    }
    return nowMs();
}

SaleError SqlSalesAuthority::storeError(const QSqlError &error) const
{
    // A lost session is replaced before the step is tried again.
    return SaleError::fromStore(m_database, error);
}

SaleError SqlSalesAuthority::commitError(const WriteTransaction &tx) const
{
    return tx.commitUnknown() ? SaleError::commitUnknown() : SaleError::fromStore(tx.sqlError());
}

template<typename T>
SaleResult<T> SqlSalesAuthority::retried(const std::function<SaleResult<T>()> &step)
{
    SaleResult<T> result = step();
    if (!m_database.isPostgres())
        return result;
    // A read that failed on the way (a layout, a screening's facts) can surface as a final
    // answer ("no such screening", "seat unavailable"); if the session died meanwhile, it was
    // the line that failed, and that is never a final answer.
    const auto lineFailed = [this](const SaleResult<T> &r) {
        if (!r && !r.error().isUnanswered() && r.error().code() != SaleError::LocalStore &&
            m_database.sessionLost()) {
            m_database.resetConnection();
            return true;
        }
        return false;
    };
    if (lineFailed(result))
        result = SaleError::serverUnreachable();
    // A step the line lost is sent again on a new session with the same keys: each step is
    // idempotent (the hold token, the order's key, the payment key), so one that did commit
    // answers with what it made, and one that did not is made now. This is also how a COMMIT
    // whose answer was lost is asked about: it stays Unknown until the server answers.
    bool unknown = false;
    for (const int pauseMs : {50, 250, 700}) {
        const SaleError::Code code = result ? SaleError::None : result.error().code();
        if (code != SaleError::ServerUnreachable && code != SaleError::CommitUnknown)
            break;
        unknown = unknown || code == SaleError::CommitUnknown;
        QThread::msleep(pauseMs);
        // One connection attempt: a server that does not take it is not asked again here (a
        // cut line would make each attempt wait for the connect timeout).
        if (!m_database.connection().isOpen())
            break;
        result = step();
        if (lineFailed(result))
            result = SaleError::serverUnreachable();
    }
    if (!result && unknown && result.error().code() == SaleError::ServerUnreachable)
        return SaleError::commitUnknown();
    return result;
}

std::optional<quint32> SqlSalesAuthority::reserveSerials(QSqlDatabase &db, int count)
{
    // Embedded: inside the sale's own transaction. With a server: a local transaction of its
    // own first; if the sale then fails, those numbers are simply never used.
    const bool sameStore = &m_local == &m_database;
    if (!sameStore) {
        // Numbers are taken from the local store a block at a time (one durable write per
        // block, not per sale); a crash only leaves a gap.
        QMutexLocker lock(&m_serialMutex);
        if (m_serialNext + quint32(count) <= m_serialEnd) {
            const quint32 first = m_serialNext;
            m_serialNext += quint32(count);
            return first;
        }
    }
    const int take = sameStore ? count : std::max(count, kSerialBlock);
    QSqlDatabase local = sameStore ? db : m_local.connection();
    std::optional<WriteTransaction> tx;
    if (!sameStore) {
        tx.emplace(local, m_local);
        if (!tx->isOpen())
            return std::nullopt;
    }
    QSqlQuery q(local);
    if (!q.exec(QStringLiteral("SELECT next_ticket_serial FROM local_identity WHERE id = 1")) ||
        !q.next())
        return std::nullopt;
    const quint32 first = q.value(0).toUInt();
    q.finish();
    m_local.prepare(
        q, QStringLiteral("UPDATE local_identity SET next_ticket_serial = ? WHERE id = 1"));
    q.addBindValue(qint64(first) + take);
    if (!run(q))
        return std::nullopt;
    if (tx && !tx->commit())
        return std::nullopt;
    if (!sameStore) {
        QMutexLocker lock(&m_serialMutex);
        m_serialNext = first + quint32(count);
        m_serialEnd = first + quint32(take);
    }
    return first;
}

int SqlSalesAuthority::setting(const QString &key, int fallback) const
{
    // On a server every read is a round trip, and settings change rarely; the server's own
    // triggers hold the limits with its current values whatever this copy says. The embedded
    // store is read each time (in-process, and tests change settings between sales).
    if (!m_database.isPostgres())
        return StoreSettings(m_database).intValue(key, fallback);
    QMutexLocker lock(&m_cacheMutex);
    if (!m_cacheAge.isValid() || m_cacheAge.elapsed() > kCacheMs) {
        lock.unlock();
        QHash<QString, QString> fresh;
        QSqlQuery q(m_database.connection());
        const bool read = q.exec(QStringLiteral("SELECT key, value FROM settings"));
        while (read && q.next())
            fresh.insert(q.value(0).toString(), q.value(1).toString());
        const QList<TicketType> types = m_catalog.ticketTypes();
        lock.relock();
        // A failed read is not remembered: the next call asks again.
        if (read && !types.isEmpty()) {
            m_settings = fresh;
            m_types = types;
            m_cacheAge.start();
            // Room layouts follow the same rhythm: a seat blocked by a manager is seen
            // within seconds.
            m_catalog.clearLayoutCache();
        }
    }
    bool ok = false;
    const int value = m_settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}

QList<TicketType> SqlSalesAuthority::ticketTypes() const
{
    if (!m_database.isPostgres())
        return m_catalog.ticketTypes();
    setting(QString(), 0); // refreshes the cache when it is old
    QMutexLocker lock(&m_cacheMutex);
    return m_types;
}

std::optional<SqlSalesAuthority::ScreeningFacts>
SqlSalesAuthority::screeningFacts(int screeningId) const
{
    QSqlQuery q(m_database.connection());
    m_database.prepare(q, QStringLiteral("SELECT price_cents, room_id, seat_count, "
                                         "meia_cap_percent FROM screenings WHERE id = ?"));
    q.addBindValue(screeningId);
    if (!run(q) || !q.next())
        return std::nullopt;
    ScreeningFacts facts;
    facts.priceCents = q.value(0).toLongLong();
    facts.roomId = q.value(1).toInt();
    const int percent =
        q.value(3).isNull() ? setting(QStringLiteral("meia_cap_percent"), 40) : q.value(3).toInt();
    facts.meiaCap = q.value(2).toInt() * percent / 100;
    return facts;
}

int SqlSalesAuthority::roomOf(int screeningId) const
{
    // A screening never changes room: asked once per screening.
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto found = m_roomOfScreening.constFind(screeningId);
        if (found != m_roomOfScreening.cend())
            return *found;
    }
    QSqlQuery q(m_database.connection());
    m_database.prepare(q, QStringLiteral("SELECT room_id FROM screenings WHERE id = ?"));
    q.addBindValue(screeningId);
    if (!run(q) || !q.next())
        return 0;
    const int room = q.value(0).toInt();
    QMutexLocker lock(&m_cacheMutex);
    m_roomOfScreening.insert(screeningId, room);
    return room;
}

QDateTime SqlSalesAuthority::now() const
{
    // Before the first write, learn the server's clock once, so the first countdown shown
    // already follows it.
    if (m_database.isPostgres()) {
        bool measured = false;
        {
            QMutexLocker lock(&m_cacheMutex);
            measured = m_offsetAge.isValid();
        }
        if (!measured) {
            QSqlDatabase db = m_database.connection();
            if (db.isOpen())
                transactionNow(db);
        }
    }
    return QDateTime::fromMSecsSinceEpoch(nowMs());
}

SaleResult<HoldGrant> SqlSalesAuthority::hold(int screeningId, const QList<int> &seatIds,
                                              const QString &holdToken)
{
    return retried<HoldGrant>([&] { return holdOnce(screeningId, seatIds, holdToken); });
}

SaleResult<HoldGrant> SqlSalesAuthority::holdOnce(int screeningId, const QList<int> &seatIds,
                                                  const QString &holdToken)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    const qint64 now = transactionNow(db);

    QSqlQuery q(db);
    const int roomId = roomOf(screeningId);
    if (!roomId)
        return SaleError(SaleError::NotFound,
                         QCoreApplication::translate("SaleError",
                                                     "This screening no longer exists. Search "
                                                     "again."));
    const RoomLayout layout = m_catalog.roomLayout(roomId);

    // The token's live holds here: new seats share their expiry.
    m_database.prepare(
        q, QStringLiteral("SELECT seat_id, expires_at FROM holds WHERE screening_id = ? "
                          "AND hold_token = ? AND expires_at > ?"));
    q.addBindValue(screeningId);
    q.addBindValue(holdToken);
    q.addBindValue(now);
    if (!run(q))
        return storeError(q.lastError());
    QSet<int> mine;
    qint64 expiresAt = 0;
    while (q.next()) {
        mine.insert(q.value(0).toInt());
        expiresAt =
            expiresAt ? std::min(expiresAt, q.value(1).toLongLong()) : q.value(1).toLongLong();
    }
    if (!expiresAt) {
        const int minutes = std::max(1, std::min(setting(QStringLiteral("hold_minutes"), 15),
                                                 setting(QStringLiteral("hold_max_minutes"), 30)));
        expiresAt = now + qint64(minutes) * 60000;
    }

    QSet<int> wanted(seatIds.cbegin(), seatIds.cend());
    const int maxSeats = setting(QStringLiteral("max_seats_per_sale"), 20);
    if ((mine | wanted).size() > maxSeats)
        return SaleError(SaleError::HoldLimit,
                         QCoreApplication::translate("SaleError",
                                                     "One sale can take at most %1 seats. "
                                                     "Finish this sale and start another.")
                             .arg(maxSeats));

    QList<int> taken;
    QStringList takenLabels;
    QList<int> unavailable;
    QList<int> candidates;
    for (const int seatId : seatIds) {
        if (mine.contains(seatId) || candidates.contains(seatId))
            continue;
        const Seat *seat = layout.seat(seatId);
        if (!seat || !seat->isSellable())
            unavailable << seatId;
        else
            candidates << seatId;
    }
    if (!candidates.isEmpty() && unavailable.isEmpty()) {
        const QString in = placeholders(int(candidates.size()));
        // Expired holds never block anyone: they go first, in this transaction. So do this
        // terminal's own leases on these seats: a sale of a leased seat takes it over.
        m_database.prepare(
            q, QStringLiteral("DELETE FROM holds WHERE screening_id = ? AND seat_id IN (%1) "
                              "AND (expires_at <= ? OR hold_token = ?)")
                   .arg(in));
        q.addBindValue(screeningId);
        for (const int id : std::as_const(candidates))
            q.addBindValue(id);
        q.addBindValue(now);
        q.addBindValue(m_terminal.leaseToken());
        if (!run(q))
            return storeError(q.lastError());
        QSqlQuery insert(db);
        m_database.prepare(insert,
                           QStringLiteral("INSERT INTO holds (screening_id, seat_id, hold_token, "
                                          "terminal_id, created_at, expires_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?) "
                                          "ON CONFLICT (screening_id, seat_id) DO NOTHING"));
        for (const int seatId : std::as_const(candidates)) {
            insert.bindValue(0, screeningId);
            insert.bindValue(1, seatId);
            insert.bindValue(2, holdToken);
            insert.bindValue(3, m_terminal.terminalId());
            insert.bindValue(4, now);
            insert.bindValue(5, expiresAt);
            if (!run(insert))
                return storeError(insert.lastError());
            if (insert.numRowsAffected() == 1)
                mine.insert(seatId);
            else
                taken << seatId;
        }
        // Tickets are checked after the holds are in: a sale that committed while we were
        // inserting (its hold gone, its ticket in) is seen here, on PostgreSQL's next snapshot.
        m_database.prepare(q,
                           QStringLiteral("SELECT seat_id FROM tickets WHERE screening_id = ? AND "
                                          "seat_id IN (%1) AND status <> 'cancelled'")
                               .arg(in));
        q.addBindValue(screeningId);
        for (const int id : std::as_const(candidates))
            q.addBindValue(id);
        if (!run(q))
            return storeError(q.lastError());
        while (q.next()) {
            const int sold = q.value(0).toInt();
            mine.remove(sold);
            if (!taken.contains(sold))
                taken << sold;
        }
        for (const int id : std::as_const(taken))
            takenLabels << layout.seat(id)->label();
    }
    if (!unavailable.isEmpty())
        return SaleError(SaleError::SeatUnavailable,
                         QCoreApplication::translate("SaleError",
                                                     "That place cannot be sold (blocked or "
                                                     "not part of this room). Pick another "
                                                     "seat."),
                         unavailable);
    if (!taken.isEmpty())
        return SaleError::seatTaken(taken, takenLabels);
    if (!tx.commit())
        return commitError(tx);
    QList<int> held(mine.cbegin(), mine.cend());
    std::sort(held.begin(), held.end());
    return HoldGrant{held, QDateTime::fromMSecsSinceEpoch(expiresAt)};
}

SaleResult<bool> SqlSalesAuthority::writeOne(const QString &sql, const QVariantList &binds)
{
    // In a transaction of its own even for one statement: that is where a connection lost
    // since the last call is replaced.
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    QSqlQuery q(db);
    m_database.prepare(q, sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!run(q))
        return storeError(q.lastError());
    if (!tx.commit())
        return commitError(tx);
    return true;
}

SaleResult<bool> SqlSalesAuthority::release(const QString &holdToken, const QList<int> &seatIds)
{
    return retried<bool>([&] { return releaseOnce(holdToken, seatIds); });
}

SaleResult<bool> SqlSalesAuthority::releaseOnce(const QString &holdToken, const QList<int> &seatIds)
{
    if (seatIds.isEmpty())
        return writeOne(QStringLiteral("DELETE FROM holds WHERE hold_token = ?"), {holdToken});
    QVariantList binds{holdToken};
    for (const int id : seatIds)
        binds << id;
    return writeOne(QStringLiteral("DELETE FROM holds WHERE hold_token = ? AND seat_id IN (%1)")
                        .arg(placeholders(int(seatIds.size()))),
                    binds);
}

SaleResult<Order> SqlSalesAuthority::lockedOrder(QSqlDatabase &db, int orderId) const
{
    // Completions, card attempts and cancellations of one order take turns: the row lock on
    // PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises every writer).
    QSqlError error;
    const auto order = loadOrder(db,
                                 m_database.isPostgres() ? QStringLiteral("id = ? FOR UPDATE")
                                                         : QStringLiteral("id = ?"),
                                 orderId, &error);
    // A failed read is never "not found": that is a final answer, and the outbox would give
    // up on a payment the server never saw.
    if (error.isValid())
        return storeError(error);
    if (!order)
        return SaleError(SaleError::NotFound, QStringLiteral("order %1").arg(orderId));
    return *order;
}

std::optional<Order> SqlSalesAuthority::loadOrder(QSqlDatabase &db, const QString &where,
                                                  const QVariant &key, QSqlError *error) const
{
    QSqlQuery q(db);
    m_database.prepare(
        q, QStringLiteral("SELECT id, idempotency_key, screening_id, hold_token, status, "
                          "total_cents, customer_cpf, customer_email, created_at, user_id "
                          "FROM orders WHERE ") +
               where);
    q.addBindValue(key);
    if (!run(q)) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Order o;
    o.id = q.value(0).toInt();
    o.idempotencyKey = q.value(1).toString();
    o.screeningId = q.value(2).toInt();
    o.holdToken = q.value(3).toString();
    o.status = Order::statusFromCode(q.value(4).toString());
    o.totalCents = q.value(5).toLongLong();
    o.cpf = q.value(6).toString();
    o.email = q.value(7).toString();
    o.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong());
    o.userId = q.value(9).toInt();
    m_database.prepare(
        q, QStringLiteral("SELECT seat_id, ticket_type_id, price_cents FROM order_items "
                          "WHERE order_id = ? ORDER BY seat_id"));
    q.addBindValue(o.id);
    if (!run(q)) {
        if (error)
            *error = q.lastError();
        return std::nullopt; // an order without its seats must not be paid
    }
    while (q.next())
        o.lines.append(OrderLine{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong()});
    return o;
}

SaleResult<Order> SqlSalesAuthority::placeOrder(const OrderRequest &request)
{
    return retried<Order>([&] { return placeOrderOnce(request); });
}

SaleResult<Order> SqlSalesAuthority::placeOrderOnce(const OrderRequest &request)
{
    if (request.idempotencyKey.isEmpty() || request.holdToken.isEmpty())
        return SaleError::storage(QStringLiteral("order without key"));
    if (const SaleError e = OrderPricing::requestError(request); e.isError())
        return e;
    const QString cpf = Cpf::digitsOf(request.cpf);

    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    transactionNow(db); // refreshes the server clock offset on PostgreSQL
    QSqlError readError;
    if (auto existing = loadOrder(db, QStringLiteral("idempotency_key = ?"), request.idempotencyKey,
                                  &readError))
        return *existing; // a retry: the first attempt's order, unchanged
    if (readError.isValid())
        return storeError(readError);

    const CatalogRepository &catalog = m_catalog;
    const auto screening = screeningFacts(request.screeningId);
    if (!screening)
        return SaleError(SaleError::NotFound,
                         QCoreApplication::translate("SaleError",
                                                     "This screening no longer exists. Search "
                                                     "again."));
    const RoomLayout layout = catalog.roomLayout(screening->roomId);
    const auto types = ticketTypes();

    auto pricedOrder = OrderPricing::priced(request, cpf, layout, screening->priceCents, types);
    if (!pricedOrder)
        return pricedOrder.error();
    Order order = *pricedOrder;
    if (const SaleError e = checkSeatsStillOurs(db, order); e.isError())
        return e;
    if (const SaleError e = checkLimits(db, order); e.isError())
        return e;

    QSqlQuery q(db);
    if (!cpf.isEmpty()) {
        m_database.prepare(
            q, QStringLiteral("INSERT INTO customers (cpf, email, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (cpf) DO UPDATE SET "
                              "email = COALESCE(excluded.email, customers.email), "
                              "updated_at = excluded.updated_at"));
        q.addBindValue(cpf);
        q.addBindValue(order.email.isEmpty() ? QVariant() : QVariant(order.email));
        q.addBindValue(nowMs());
        q.addBindValue(nowMs());
        if (!run(q))
            return storeError(q.lastError());
    }
    m_database.prepare(
        q, QStringLiteral("INSERT INTO orders (idempotency_key, screening_id, terminal_id, "
                          "hold_token, customer_cpf, customer_email, status, total_cents, "
                          "created_at, user_id) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) "
                          "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"));
    q.addBindValue(order.idempotencyKey);
    q.addBindValue(order.screeningId);
    q.addBindValue(m_terminal.terminalId());
    q.addBindValue(order.holdToken);
    q.addBindValue(cpf.isEmpty() ? QVariant() : QVariant(cpf));
    q.addBindValue(order.email.isEmpty() ? QVariant() : QVariant(order.email));
    q.addBindValue(order.totalCents);
    q.addBindValue(nowMs());
    q.addBindValue(nullableId(order.userId));
    if (!run(q))
        return storeError(q.lastError());
    if (!q.next()) {
        // The same key committed by a concurrent retry meanwhile: that order is the answer.
        q.finish();
        tx.rollback();
        if (auto existing =
                loadOrder(db, QStringLiteral("idempotency_key = ?"), request.idempotencyKey))
            return *existing;
        return SaleError::storage(QStringLiteral("order key conflict"));
    }
    order.id = q.value(0).toInt();
    q.finish();
    for (const OrderLine &line : order.lines) {
        m_database.prepare(
            q, QStringLiteral("INSERT INTO order_items (order_id, seat_id, ticket_type_id, "
                              "price_cents) VALUES (?, ?, ?, ?)"));
        q.addBindValue(order.id);
        q.addBindValue(line.seatId);
        q.addBindValue(line.ticketTypeId);
        q.addBindValue(line.priceCents);
        if (!run(q))
            return storeError(q.lastError());
    }
    if (!tx.commit())
        return commitError(tx);
    order.createdAt = now();
    return order;
}

SaleError SqlSalesAuthority::checkSeatsStillOurs(QSqlDatabase &db, const Order &order) const
{
    const qint64 now = nowMs();
    QList<int> seatIds;
    for (const OrderLine &line : order.lines)
        seatIds << line.seatId;
    const QString in = placeholders(int(seatIds.size()));
    // Holds and tickets of the order's seats in one round trip.
    QSqlQuery q(db);
    m_database.prepare(q, QStringLiteral("SELECT seat_id, hold_token, expires_at FROM holds "
                                         "WHERE screening_id = ? AND seat_id IN (%1) "
                                         "UNION ALL SELECT seat_id, NULL, NULL FROM tickets "
                                         "WHERE screening_id = ? AND seat_id IN (%1) "
                                         "AND status <> 'cancelled'")
                              .arg(in));
    q.addBindValue(order.screeningId);
    for (const int id : seatIds)
        q.addBindValue(id);
    q.addBindValue(order.screeningId);
    for (const int id : seatIds)
        q.addBindValue(id);
    if (!run(q))
        return storeError(q.lastError());
    QSet<int> taken;
    QSet<int> ours;
    while (q.next()) {
        const int seat = q.value(0).toInt();
        if (q.value(1).isNull()) { // a ticket
            taken.insert(seat);
            continue;
        }
        const bool live = q.value(2).toLongLong() > now;
        if (q.value(1).toString() != order.holdToken) {
            if (live)
                taken.insert(seat);
        } else if (live) {
            ours.insert(seat);
        }
    }
    if (!taken.isEmpty()) {
        // Labels only on the error path: the layout is not needed otherwise.
        const auto screening = m_catalog.screening(order.screeningId);
        const RoomLayout layout =
            screening ? m_catalog.roomLayout(screening->roomId) : RoomLayout();
        QList<int> ids;
        QStringList labels;
        for (const int id : seatIds) {
            if (!taken.contains(id))
                continue;
            ids << id;
            const Seat *seat = layout.seat(id);
            labels << (seat ? seat->label() : QString::number(id));
        }
        return SaleError::seatTaken(ids, labels);
    }
    if (ours.size() < seatIds.size())
        return SaleError::holdExpired();
    return {};
}

SaleError SqlSalesAuthority::checkLimits(QSqlDatabase &db, const Order &order) const
{
    Q_UNUSED(db)
    const CatalogRepository &catalog = m_catalog;
    const auto types = ticketTypes();
    const int meiaWanted = OrderPricing::meiaCount(order, types);
    if (!order.cpf.isEmpty()) {
        const int limit = setting(QStringLiteral("max_tickets_per_cpf"), 10);
        const int already = catalog.ticketsForCpf(order.screeningId, order.cpf);
        if (already + order.lines.size() > limit)
            return SaleError::cpfLimit(limit, std::max(0, limit - already));
    }
    if (meiaWanted > 0) {
        const auto screening = screeningFacts(order.screeningId);
        const int cap = screening ? screening->meiaCap : 0;
        const int sold = catalog.meiaSold(order.screeningId);
        if (sold + meiaWanted > cap)
            return SaleError::meiaCap(cap, std::max(0, cap - sold));
    }
    return {};
}

SaleResult<bool> SqlSalesAuthority::beginCardPayment(int orderId, const QString &paymentKey)
{
    return retried<bool>([&] { return beginCardPaymentOnce(orderId, paymentKey); });
}

SaleResult<bool> SqlSalesAuthority::beginCardPaymentOnce(int orderId, const QString &paymentKey)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    transactionNow(db); // refreshes the server clock offset on PostgreSQL
    const auto order = lockedOrder(db, orderId);
    if (!order)
        return order.error();
    if (order->status != Order::Status::Pending)
        return SaleError(SaleError::OrderNotPending,
                         QCoreApplication::translate("SaleError", "This order is already paid or "
                                                                  "cancelled."));
    // Charging for seats or tickets we can no longer sell would mean a refund: check first.
    if (const SaleError e = checkSeatsStillOurs(db, *order); e.isError())
        return e;
    if (const SaleError e = checkLimits(db, *order); e.isError())
        return e;
    QSqlQuery q(db);
    m_database.prepare(q, QStringLiteral("INSERT INTO payments (order_id, method, idempotency_key, "
                                         "amount_cents, status, created_at, updated_at, user_id) "
                                         "VALUES (?, 'card', ?, ?, 'pending', ?, ?, ?) "
                                         "ON CONFLICT (idempotency_key) DO NOTHING"));
    q.addBindValue(orderId);
    q.addBindValue(paymentKey);
    q.addBindValue(order->totalCents);
    q.addBindValue(nowMs());
    q.addBindValue(nowMs());
    q.addBindValue(nullableId(order->userId));
    if (!run(q))
        return storeError(q.lastError());
    if (!tx.commit())
        return commitError(tx);
    return true;
}

SaleResult<bool> SqlSalesAuthority::recordDecline(const QString &paymentKey,
                                                  const QString &declineCode)
{
    return retried<bool>([&] {
        return writeOne(
            QStringLiteral("UPDATE payments SET status = 'declined', decline_code = ?, "
                           "updated_at = ? WHERE idempotency_key = ? AND status = 'pending'"),
            {declineCode, nowMs(), paymentKey});
    });
}

SaleResult<bool> SqlSalesAuthority::recordRefund(const QString &paymentKey,
                                                 const QString &providerReference)
{
    // Also from 'pending': a completion that failed before it could mark the money as owed
    // (a storage error, a crash) still ends with the refund on record.
    return retried<bool>([&] {
        return writeOne(
            QStringLiteral("UPDATE payments SET status = 'refunded', updated_at = ?, "
                           "provider_reference = COALESCE(provider_reference, ?) "
                           "WHERE idempotency_key = ? AND status IN ('pending', 'refund_due')"),
            {nowMs(), providerReference, paymentKey});
    });
}

std::optional<SaleReceipt> SqlSalesAuthority::loadReceipt(QSqlDatabase &db, int orderId) const
{
    const auto order = loadOrder(db, QStringLiteral("id = ?"), orderId);
    if (!order || order->status != Order::Status::Paid)
        return std::nullopt;
    SaleReceipt receipt;
    receipt.order = *order;
    QSqlQuery q(db);
    m_database.prepare(
        q, QStringLiteral("SELECT method, tendered_cents, change_cents, provider_reference, "
                          "updated_at FROM payments WHERE order_id = ? AND status = "
                          "'approved'"));
    q.addBindValue(orderId);
    if (run(q) && q.next()) {
        receipt.method = q.value(0).toString() == QLatin1String("card") ? PaymentMethod::Card
                                                                        : PaymentMethod::Cash;
        receipt.tenderedCents = q.value(1).toLongLong();
        receipt.changeCents = q.value(2).toLongLong();
        receipt.providerReference = q.value(3).toString();
        receipt.paidAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong());
    }
    m_database.prepare(
        q, QStringLiteral("SELECT t.id, t.seat_id, s.row_label, s.number, "
                          "t.ticket_type_id, t.price_cents, t.serial, t.code FROM tickets t "
                          "JOIN seats s ON s.id = t.seat_id WHERE t.order_id = ? "
                          "ORDER BY s.grid_y, s.grid_x"));
    q.addBindValue(orderId);
    if (run(q)) {
        while (q.next())
            receipt.tickets.append(IssuedTicket{q.value(0).toInt(), q.value(1).toInt(),
                                                q.value(2).toString(), q.value(3).toInt(),
                                                q.value(4).toInt(), q.value(5).toLongLong(),
                                                q.value(6).toUInt(), q.value(7).toString()});
    }
    return receipt;
}

SaleResult<SaleReceipt> SqlSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    return retried<SaleReceipt>([&] { return completePaymentOnce(completion); });
}

SaleResult<SaleReceipt> SqlSalesAuthority::completePaymentOnce(const PaymentCompletion &completion)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    transactionNow(db); // refreshes the server clock offset on PostgreSQL
    const auto order = lockedOrder(db, completion.orderId);
    if (!order)
        return order.error();
    QSqlQuery q(db);

    // A retry of a payment that went through returns what it made.
    m_database.prepare(
        q, QStringLiteral("SELECT status, order_id FROM payments WHERE idempotency_key = ?"));
    q.addBindValue(completion.paymentKey);
    if (!run(q))
        return storeError(q.lastError());
    const bool attemptRecorded = q.next();
    if (attemptRecorded && q.value(0).toString() == QLatin1String("approved")) {
        if (auto receipt = loadReceipt(db, q.value(1).toInt()))
            return *receipt;
    }

    const qint64 now = transactionNow(db);
    const bool cash = completion.method == PaymentMethod::Cash;
    // The sweep after a crash completes for whoever began the sale.
    const int payer = completion.userId > 0 ? completion.userId : order->userId;
    const auto failCard = [&](const SaleError &e) -> SaleResult<SaleReceipt> {
        tx.rollback();
        // Money is owed back only on the store's final no: a step the line lost is asked
        // again and may still become the sale.
        if (!cash && e.code() != SaleError::ServerUnreachable &&
            e.code() != SaleError::CommitUnknown && e.code() != SaleError::LocalStore) {
            // The card was charged: record the money owed back, after the rollback.
            QSqlQuery u(db);
            m_database.prepare(u,
                               QStringLiteral("UPDATE payments SET status = 'refund_due', "
                                              "provider_reference = ?, updated_at = ? "
                                              "WHERE idempotency_key = ? AND status = 'pending'"));
            u.addBindValue(completion.providerReference);
            u.addBindValue(now);
            u.addBindValue(completion.paymentKey);
            run(u);
        }
        return e;
    };
    if (order->status != Order::Status::Pending)
        return failCard(
            SaleError(SaleError::OrderNotPending,
                      QCoreApplication::translate("SaleError", "This order is already paid or "
                                                               "cancelled.")));
    if (order->lines.isEmpty())
        return failCard(SaleError::storage(QStringLiteral("order %1 has no seats").arg(order->id)));
    if (cash && completion.tenderedCents < order->totalCents)
        return SaleError(
            SaleError::InsufficientCash,
            QCoreApplication::translate("SaleError", "The amount tendered, %1, is less than "
                                                     "the total, %2. Take the rest or choose "
                                                     "another way to pay.")
                .arg(Money::format(completion.tenderedCents), Money::format(order->totalCents)));

    // Seats we no longer hold are fine if nobody else took them; the unique index on tickets
    // is the last word either way.
    // The limits were checked when the order was placed; here the store's own triggers have
    // the last word (and the error path below says by how much).
    SaleError problem = checkSeatsStillOurs(db, *order);
    if (problem.code() == SaleError::HoldExpired)
        problem = {};

    if (problem.isError())
        return failCard(problem);

    // The receipt is built from what this transaction writes, not read back.
    const RoomLayout layout = m_catalog.roomLayout(roomOf(order->screeningId));
    SaleReceipt receipt;
    receipt.order = *order;
    receipt.order.status = Order::Status::Paid;
    receipt.method = completion.method;
    receipt.tenderedCents = cash ? completion.tenderedCents : 0;
    receipt.providerReference = completion.providerReference;
    receipt.paidAt = QDateTime::fromMSecsSinceEpoch(now);
    bool limitBroken = false;
    const SaleError refused =
        issueTickets(db, *order, payer, now, layout, receipt.tickets, &limitBroken);
    if (refused.code() == SaleError::ServerUnreachable || refused.code() == SaleError::LocalStore)
        return refused; // asked again, nothing settled
    if (limitBroken) {
        // After the rollback, the committed counts give the exact message.
        const Order refusedOrder = *order;
        const auto result = failCard(refused);
        const SaleError precise = checkLimits(db, refusedOrder);
        return precise.isError() ? precise : result.error();
    }
    if (refused.isError())
        return failCard(refused);

    const qint64 change = cash ? completion.tenderedCents - order->totalCents : 0;
    if (cash) {
        m_database.prepare(
            q, QStringLiteral("INSERT INTO payments (order_id, method, idempotency_key, "
                              "amount_cents, tendered_cents, change_cents, status, "
                              "created_at, updated_at, user_id) "
                              "VALUES (?, 'cash', ?, ?, ?, ?, 'approved', ?, ?, ?)"));
        q.addBindValue(order->id);
        q.addBindValue(completion.paymentKey);
        q.addBindValue(order->totalCents);
        q.addBindValue(completion.tenderedCents);
        q.addBindValue(change);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(nullableId(payer));
    } else {
        m_database.prepare(
            q, QStringLiteral("INSERT INTO payments (order_id, method, idempotency_key, "
                              "amount_cents, status, provider_reference, created_at, "
                              "updated_at, user_id) VALUES (?, 'card', ?, ?, 'approved', ?, ?, ?, "
                              "?) ON CONFLICT (idempotency_key) DO UPDATE SET "
                              "status = 'approved', provider_reference = "
                              "excluded.provider_reference, updated_at = excluded.updated_at, "
                              "user_id = COALESCE(excluded.user_id, payments.user_id) "
                              "WHERE payments.status = 'pending'"));
        q.addBindValue(order->id);
        q.addBindValue(completion.paymentKey);
        q.addBindValue(order->totalCents);
        q.addBindValue(completion.providerReference);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(nullableId(payer));
    }
    if (!run(q))
        return storeError(q.lastError());
    if (q.numRowsAffected() != 1) {
        // The attempt was settled otherwise meanwhile (declined, or its money owed or given
        // back by the payment sweep): this charge cannot become tickets as well.
        tx.rollback();
        return SaleError(SaleError::OrderNotPending,
                         QCoreApplication::translate(
                             "SaleError", "This card payment was already settled (declined or "
                                          "given back) while the sale waited. Start the sale "
                                          "again."));
    }
    if (const SaleError e = markPaid(db, *order, now); e.isError())
        return e;
    if (!tx.commit())
        return commitError(tx);
    receipt.changeCents = change;
    std::sort(receipt.tickets.begin(), receipt.tickets.end(),
              [&layout](const IssuedTicket &a, const IssuedTicket &b) {
                  return layout.indexOf(a.seatId) < layout.indexOf(b.seatId);
              });
    return receipt;
}

SaleError SqlSalesAuthority::issueTickets(QSqlDatabase &db, const Order &order, int payer,
                                          qint64 now, const RoomLayout &layout,
                                          QList<IssuedTicket> &tickets, bool *limitBroken)
{
    // Ticket serials belong to this terminal, so codes can be made without asking anyone.
    const auto firstSerial = reserveSerials(db, int(order.lines.size()));
    if (!firstSerial) // this terminal's own file could not number the tickets
        return SaleError::localStore(m_local.connection().lastError().text());
    tickets = TicketIssue::sign(order, m_terminal, *firstSerial,
                                QDateTime::fromMSecsSinceEpoch(now), layout);
    QSqlQuery q(db);
    for (IssuedTicket &ticket : tickets) {
        m_database.prepare(q, TicketIssue::insertStatement());
        TicketIssue::bind(q, order.id, order.screeningId, order.cpf, m_terminal.terminalId(), now,
                          ticket, payer);
        if (!q.exec()) {
            if (m_database.recover(q.lastError()))
                return SaleError::serverUnreachable();
            if (Database::isLocalDiskError(q.lastError()))
                return SaleError::localStore(q.lastError().text());
            const QString text = q.lastError().text();
            const QString rule = Database::brokenRule(q.lastError());
            qCWarning(lcSqliteAuthority) << "ticket refused by the store:" << text;
            if (rule == QLatin1String("cpf_limit") || rule == QLatin1String("meia_cap")) {
                *limitBroken = true;
                return rule == QLatin1String("cpf_limit")
                           ? SaleError::cpfLimit(setting(QStringLiteral("max_tickets_per_cpf"), 10),
                                                 0)
                           : SaleError::storage(text);
            }
            // Only the one-ticket-per-seat index means the seat was taken; another unique
            // clash (a terminal's serial reused after its file was restored) is not that.
            if (rule == QLatin1String("tickets_one_active_per_seat")) {
                // The layout loaded before the transaction failed: no query inside it now.
                const Seat *seat = layout.seat(ticket.seatId);
                return SaleError::seatTaken(
                    {ticket.seatId}, {seat ? seat->label() : QString::number(ticket.seatId)});
            }
            if (rule == QLatin1String("tickets_terminal_id_serial_key"))
                return SaleError::storage(QCoreApplication::translate(
                    "SaleError", "this terminal's ticket numbers were already used — was its "
                                 "data restored from a backup? Call a manager"));
            return SaleError::storage(text);
        }
        ticket.id = q.next() ? q.value(0).toInt() : 0;
        q.finish();
    }
    return {};
}

SaleError SqlSalesAuthority::markPaid(QSqlDatabase &db, const Order &order, qint64 now)
{
    QSqlQuery q(db);
    m_database.prepare(
        q, QStringLiteral("UPDATE orders SET status = 'paid', paid_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(order.id);
    if (!run(q))
        return storeError(q.lastError());
    m_database.prepare(q, QStringLiteral("DELETE FROM holds WHERE hold_token = ?"));
    q.addBindValue(order.holdToken);
    if (!run(q))
        return storeError(q.lastError());
    return {};
}

SaleResult<bool> SqlSalesAuthority::cancelOrder(int orderId, bool releaseSeats)
{
    return retried<bool>([&] { return cancelOrderOnce(orderId, releaseSeats); });
}

SaleResult<bool> SqlSalesAuthority::cancelOrderOnce(int orderId, bool releaseSeats)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    transactionNow(db); // refreshes the server clock offset on PostgreSQL
    const auto order = lockedOrder(db, orderId);
    if (!order)
        return order.error();
    if (order->status == Order::Status::Paid)
        return SaleError(SaleError::OrderNotPending,
                         QCoreApplication::translate("SaleError",
                                                     "This order is already paid; refund it "
                                                     "instead."));
    // Cancelled already: its hold token may now hold the seats of the order that replaced it
    // in the same sale, which are not this call's to release.
    if (order->status == Order::Status::Cancelled)
        return true;
    QSqlQuery q(db);
    m_database.prepare(
        q, QStringLiteral("SELECT 1 FROM payments WHERE order_id = ? AND method = 'card' "
                          "AND status = 'pending'"));
    q.addBindValue(orderId);
    if (!run(q))
        return storeError(q.lastError());
    if (q.next())
        return SaleError(SaleError::OrderNotPending,
                         QCoreApplication::translate("SaleError",
                                                     "A card payment for this order is still "
                                                     "waiting for the card terminal. Wait for "
                                                     "its answer before cancelling."));
    q.finish();
    m_database.prepare(q, QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE id = ?"));
    q.addBindValue(orderId);
    if (!run(q))
        return storeError(q.lastError());
    if (releaseSeats) {
        m_database.prepare(q, QStringLiteral("DELETE FROM holds WHERE hold_token = ?"));
        q.addBindValue(order->holdToken);
        if (!run(q))
            return storeError(q.lastError());
    }
    if (!tx.commit())
        return commitError(tx);
    return true;
}

SaleResult<Refund> SqlSalesAuthority::refundTickets(const RefundRequest &request)
{
    return retried<Refund>([&] { return refundTicketsOnce(request); });
}

SaleResult<Refund> SqlSalesAuthority::refundTicketsOnce(const RefundRequest &request)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    const qint64 now = transactionNow(db);
    // Refunds, completions and cancellations of one order take turns on its row.
    const auto order = lockedOrder(db, request.orderId);
    if (!order)
        return order.error();
    const auto rules = refundRules(db);
    if (!rules)
        return rules.error();
    auto refund = SqlRefunds(m_database, db).refund(request, now, m_terminal.terminalId(), *rules);
    if (!refund)
        return refund;
    if (!tx.commit())
        return commitError(tx);
    return refund;
}

SaleResult<bool> SqlSalesAuthority::settleRefund(const QString &refundKey,
                                                 const QString &providerReference)
{
    return retried<bool>([&]() -> SaleResult<bool> {
        QSqlDatabase db = m_database.connection();
        WriteTransaction tx(db, m_database);
        if (!tx.isOpen())
            return storeError(tx.sqlError());
        const qint64 now = transactionNow(db);
        const auto settled = SqlRefunds(m_database, db).settle(refundKey, providerReference, now);
        if (!settled)
            return settled;
        if (!tx.commit())
            return commitError(tx);
        return true;
    });
}

SaleResult<Reissue> SqlSalesAuthority::reissueTicket(const ReissueRequest &request)
{
    return retried<Reissue>([&] { return reissueTicketOnce(request); });
}

SaleResult<Reissue> SqlSalesAuthority::reissueTicketOnce(const ReissueRequest &request)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    const qint64 now = transactionNow(db);
    // Reissues, refunds and completions of one order take turns on its row.
    const auto order = lockedOrder(db, request.orderId);
    if (!order)
        return order.error();
    const QDateTime issuedAt = QDateTime::fromMSecsSinceEpoch(now);
    const auto sign = [&](const IssuedTicket &ticket,
                          int screeningId) -> std::optional<IssuedTicket> {
        const auto serial = reserveSerials(db, 1);
        if (!serial)
            return std::nullopt;
        Order one;
        one.screeningId = screeningId;
        one.lines = {OrderLine{ticket.seatId, ticket.ticketTypeId, ticket.priceCents}};
        IssuedTicket signedTicket =
            TicketIssue::sign(one, m_terminal, *serial, issuedAt, RoomLayout()).constFirst();
        signedTicket.seatRow = ticket.seatRow;
        signedTicket.seatNumber = ticket.seatNumber;
        return signedTicket;
    };
    auto reissue = SqlReissues(m_database, db).reissue(request, now, m_terminal.terminalId(), sign);
    if (!reissue)
        return reissue;
    if (!tx.commit())
        return commitError(tx);
    return reissue;
}

SaleResult<SqlRefunds::Rules> SqlSalesAuthority::refundRules(QSqlDatabase &db) const
{
    // Not from the few seconds' cache: a manager who just lowered the limit is obeyed at once.
    SqlRefunds::Rules rules;
    QSqlQuery q(db);
    m_database.prepare(q, QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                         "('refund_after_start_minutes', 'refund_limit_cents')"));
    if (!run(q))
        return storeError(q.lastError());
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("refund_limit_cents"))
            rules.limitCents = q.value(1).toLongLong();
        else
            rules.afterStartMinutes = q.value(1).toInt();
    }
    return rules;
}

std::optional<Exchange> SqlSalesAuthority::loadExchange(QSqlDatabase &db, const QString &key,
                                                        QSqlError *error) const
{
    QSqlQuery q(db);
    m_database.prepare(q, QStringLiteral("SELECT new_order_id, credit_cents, cash_cents "
                                         "FROM exchanges WHERE idempotency_key = ?"));
    q.addBindValue(key);
    if (!run(q)) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Exchange made;
    made.idempotencyKey = key;
    const int newOrderId = q.value(0).toInt();
    made.creditCents = q.value(1).toLongLong();
    made.cashCents = q.value(2).toLongLong();
    q.finish();
    const auto refund = SqlRefunds(m_database, db).load(Exchange::refundKey(key), error);
    auto receipt = loadReceipt(db, newOrderId);
    if (!refund || !receipt) {
        if (!error->isValid())
            *error = QSqlError(QStringLiteral("exchange %1 without its refund or order").arg(key),
                               {}, QSqlError::UnknownError);
        return std::nullopt;
    }
    made.refund = *refund;
    made.receipt = *receipt;
    made.changeCents = receipt->changeCents;
    return made;
}

SaleResult<Exchange> SqlSalesAuthority::exchangeTickets(const ExchangeRequest &request)
{
    return retried<Exchange>([&] { return exchangeTicketsOnce(request); });
}

SaleResult<Exchange> SqlSalesAuthority::exchangeTicketsOnce(const ExchangeRequest &request)
{
    if (request.idempotencyKey.isEmpty())
        return SaleError::storage(QStringLiteral("exchange without key"));
    if (request.oldOrderId == request.newOrderId)
        return SaleError::storage(QStringLiteral("exchange into its own order"));
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db, m_database);
    if (!tx.isOpen())
        return storeError(tx.sqlError());
    const qint64 now = transactionNow(db);
    // Both orders' rows, always the older first, so two exchanges never wait on each other.
    const int first = std::min(request.oldOrderId, request.newOrderId);
    const int second = std::max(request.oldOrderId, request.newOrderId);
    const auto firstOrder = lockedOrder(db, first);
    if (!firstOrder)
        return firstOrder.error();
    const auto secondOrder = lockedOrder(db, second);
    if (!secondOrder)
        return secondOrder.error();
    const Order &newOrder = first == request.newOrderId ? *firstOrder : *secondOrder;

    // A retry of an exchange that was recorded answers what it made.
    QSqlError error;
    if (auto made = loadExchange(db, request.idempotencyKey, &error))
        return *made;
    if (error.isValid())
        return storeError(error);
    if (newOrder.status != Order::Status::Pending)
        return SaleError(SaleError::OrderNotPending,
                         QCoreApplication::translate("SaleError", "This order is already paid or "
                                                                  "cancelled."));
    if (newOrder.lines.isEmpty())
        return SaleError::storage(QStringLiteral("order %1 has no seats").arg(newOrder.id));
    // The new seats must still be ours or free: the unique index has the last word.
    if (SaleError problem = checkSeatsStillOurs(db, newOrder);
        problem.isError() && problem.code() != SaleError::HoldExpired)
        return problem;

    const auto rules = refundRules(db);
    if (!rules)
        return rules.error();
    RefundRequest giveBack{Exchange::refundKey(request.idempotencyKey),
                           request.oldOrderId,
                           request.ticketIds,
                           request.reason,
                           request.userId,
                           request.authorizedBy,
                           newOrder.totalCents};
    auto refund = SqlRefunds(m_database, db).refund(giveBack, now, m_terminal.terminalId(), *rules);
    if (!refund)
        return refund.error();
    const qint64 due = newOrder.totalCents - refund->creditCents;
    if (request.tenderedCents < due)
        return SaleError(SaleError::InsufficientCash,
                         QCoreApplication::translate(
                             "SaleError", "The new seats cost %1 more than the tickets given "
                                          "back; %2 was tendered. Take the rest in cash.")
                             .arg(Money::format(due), Money::format(request.tenderedCents)));

    const int payer = request.userId > 0 ? request.userId : newOrder.userId;
    const RoomLayout layout = m_catalog.roomLayout(roomOf(newOrder.screeningId));
    Exchange made;
    made.idempotencyKey = request.idempotencyKey;
    made.creditCents = refund->creditCents;
    made.cashCents = due;
    made.changeCents = request.tenderedCents - due;
    made.refund = *refund;
    made.receipt.order = newOrder;
    made.receipt.order.status = Order::Status::Paid;
    made.receipt.method = PaymentMethod::Cash;
    made.receipt.tenderedCents = request.tenderedCents;
    made.receipt.changeCents = made.changeCents;
    made.receipt.paidAt = QDateTime::fromMSecsSinceEpoch(now);
    bool limitBroken = false;
    if (const SaleError refused =
            issueTickets(db, newOrder, payer, now, layout, made.receipt.tickets, &limitBroken);
        refused.isError()) {
        if (!limitBroken)
            return refused;
        tx.rollback();
        const SaleError precise = checkLimits(db, newOrder);
        return precise.isError() ? precise : refused;
    }
    // The new order's payment is the cash taken on top (often none): with the refund of the
    // old tickets' surplus, the money on record is exactly what changed hands.
    QSqlQuery q(db);
    m_database.prepare(q, QStringLiteral("INSERT INTO payments (order_id, method, "
                                         "idempotency_key, amount_cents, tendered_cents, "
                                         "change_cents, status, created_at, updated_at, user_id) "
                                         "VALUES (?, 'cash', ?, ?, ?, ?, 'approved', ?, ?, ?)"));
    q.addBindValue(newOrder.id);
    q.addBindValue(Exchange::refundKey(request.idempotencyKey));
    q.addBindValue(due);
    q.addBindValue(request.tenderedCents);
    q.addBindValue(made.changeCents);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(nullableId(payer));
    if (!run(q))
        return storeError(q.lastError());
    if (const SaleError e = markPaid(db, newOrder, now); e.isError())
        return e;
    m_database.prepare(q, QStringLiteral("INSERT INTO exchanges (idempotency_key, old_order_id, "
                                         "new_order_id, refund_id, credit_cents, cash_cents, "
                                         "terminal_id, user_id, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(request.idempotencyKey);
    q.addBindValue(request.oldOrderId);
    q.addBindValue(newOrder.id);
    q.addBindValue(refund->id);
    q.addBindValue(made.creditCents);
    q.addBindValue(due);
    q.addBindValue(nullableId(m_terminal.terminalId()));
    q.addBindValue(nullableId(request.userId));
    q.addBindValue(now);
    if (!run(q))
        return storeError(q.lastError());
    if (!tx.commit())
        return commitError(tx);
    std::sort(made.receipt.tickets.begin(), made.receipt.tickets.end(),
              [&layout](const IssuedTicket &a, const IssuedTicket &b) {
                  return layout.indexOf(a.seatId) < layout.indexOf(b.seatId);
              });
    return made;
}
