// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "core/catalog/money.h"
#include "core/catalog/roomlayout.h"
#include "core/sales/ticketissue.h"
#include "core/store/database.h"
#include "core/tickets/ticketcode.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
struct DemoFilm
{
    const char *title;
    const char *original;
    int minutes;
    const char *rating;
    const char *genre;
};

const DemoFilm kFilms[] = {
    {"Ação em Alto Mar", "High Seas Action", 128, "14", "Ação"},
    {"O Último Samba", "The Last Samba", 104, "12", "Drama"},
    {"Coração de Pedra", "Heart of Stone", 117, "16", "Suspense"},
    {"A Ilha das Tartarugas", "Turtle Island", 92, "L", "Animação"},
    {"Crônicas do Sertão", "Backland Chronicles", 141, "14", "Aventura"},
    {"Noite em São Paulo", "Night in São Paulo", 99, "16", "Romance"},
    {"O Mistério da Estação Sé", "The Sé Station Mystery", 112, "12", "Mistério"},
    {"Família à Deriva", "Family Adrift", 96, "L", "Comédia"},
    {"Sob o Céu de Brasília", "Under the Brasília Sky", 123, "10", "Drama"},
    {"Órbita Perdida", "Lost Orbit", 136, "12", "Ficção científica"},
    {"A Canção do Pantanal", "Song of the Pantanal", 88, "L", "Documentário"},
    {"Vingança Pública", "Public Revenge", 119, "18", "Policial"},
};

struct SeatSpec
{
    QString row;
    int number;
    int x;
    int y;
    SeatKind kind;
};

// Sala 1, small: 8 rows of 5 + aisle + 5; wheelchair spaces with companions in front.
QList<SeatSpec> smallRoom()
{
    QList<SeatSpec> seats;
    for (int r = 0; r < 8; ++r) {
        int n = 0;
        for (int c = 0; c < 11; ++c) {
            if (c == 5)
                continue; // centre aisle
            SeatKind kind = SeatKind::Standard;
            if (r == 0 && (c == 0 || c == 10))
                kind = SeatKind::Wheelchair;
            else if (r == 0 && (c == 1 || c == 9))
                kind = SeatKind::Companion;
            seats.append({RoomLayout::rowName(r), ++n, c, r, kind});
        }
    }
    return seats;
}

// Sala 2, medium: 12 rows, blocks of 4 | 10 | 4 with two aisles; two broken seats.
QList<SeatSpec> mediumRoom()
{
    QList<SeatSpec> seats;
    for (int r = 0; r < 12; ++r) {
        int n = 0;
        for (int c = 0; c < 20; ++c) {
            if (c == 4 || c == 15)
                continue;
            SeatKind kind = SeatKind::Standard;
            if (r == 11 && (c == 0 || c == 19))
                kind = SeatKind::Wheelchair;
            else if (r == 11 && (c == 1 || c == 18))
                kind = SeatKind::Companion;
            else if ((r == 3 && c == 9) || (r == 7 && c == 12))
                kind = SeatKind::Blocked;
            seats.append({RoomLayout::rowName(r), ++n, c, r, kind});
        }
    }
    return seats;
}

// Sala 3 VIP, a fan: rows widen towards the back; the middle rows' centre is premium.
QList<SeatSpec> fanRoom()
{
    QList<SeatSpec> seats;
    const int width = 32;
    for (int r = 0; r < 15; ++r) {
        const int perSide = 6 + r / 2 + (r > 8 ? 1 : 0);
        int n = 0;
        const int centre = width / 2;
        // Left block ends two cells before the centre aisle; right block starts after it.
        for (int c = centre - 1 - perSide; c < centre + 1 + perSide; ++c) {
            if (c == centre - 1 || c == centre)
                continue; // wide centre aisle
            SeatKind kind = SeatKind::Standard;
            if (r >= 6 && r <= 10 && std::abs(c - centre) <= 6)
                kind = SeatKind::Premium;
            if (r == 14 && (c == centre - 1 - perSide || c == centre + perSide))
                kind = SeatKind::Wheelchair;
            else if (r == 14 && (c == centre - perSide || c == centre + perSide - 1))
                kind = SeatKind::Companion;
            seats.append({RoomLayout::rowName(r), ++n, c, r, kind});
        }
    }
    return seats;
}

// Sala 4, large: 20 rows of 20 with two aisles, a gap for the projection booth pillar and a
// back row of wheelchair spaces.
QList<SeatSpec> largeRoom()
{
    QList<SeatSpec> seats;
    for (int r = 0; r < 20; ++r) {
        int n = 0;
        for (int c = 0; c < 22; ++c) {
            if (c == 5 || c == 16)
                continue;
            if (r >= 17 && (c == 10 || c == 11))
                continue; // pillar
            SeatKind kind = SeatKind::Standard;
            if (r == 19 && (c == 0 || c == 2 || c == 19 || c == 21))
                kind = SeatKind::Wheelchair;
            else if (r == 19 && (c == 1 || c == 3 || c == 18 || c == 20))
                kind = SeatKind::Companion;
            seats.append({RoomLayout::rowName(r), ++n, c, r, kind});
        }
    }
    return seats;
}

// The id of the row an INSERT … RETURNING id just made (the same on SQLite and PostgreSQL).
int insertedId(QSqlQuery &q)
{
    const int id = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return id;
}

bool exec(QSqlQuery &q, QString &error)
{
    if (q.exec())
        return true;
    error = q.lastError().text() + QStringLiteral(" in ") + q.lastQuery();
    return false;
}
} // namespace

bool DemoData::isEmpty(const Database &database)
{
    QSqlQuery q(database.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM films")) && q.next() &&
           q.value(0).toInt() == 0;
}

std::optional<QString> DemoData::populate(const Database &database, const QDate &firstDay,
                                          quint32 seed)
{
    QRandomGenerator random(seed);
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    QString error;
    if (!q.exec(database.beginWriteStatement()))
        return q.lastError().text();
    const auto fail = [&]() -> std::optional<QString> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    // The server keeps per-CPF counters too; they go with the tickets.
    if (database.isPostgres()) {
        q.prepare(QStringLiteral("DELETE FROM cpf_ticket_counts"));
        if (!exec(q, error))
            return fail();
    }
    for (const char *table : {"tickets", "payments", "order_items", "orders", "holds", "screenings",
                              "seats", "rooms", "films", "customers"}) {
        q.prepare(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
        if (!exec(q, error))
            return fail();
    }

    QList<int> filmIds;
    QList<int> filmMinutes;
    for (const DemoFilm &f : kFilms) {
        q.prepare(QStringLiteral("INSERT INTO films (title, original_title, duration_min, "
                                 "rating, genre) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(QString::fromUtf8(f.title));
        q.addBindValue(QString::fromUtf8(f.original));
        q.addBindValue(f.minutes);
        q.addBindValue(QString::fromUtf8(f.rating));
        q.addBindValue(QString::fromUtf8(f.genre));
        if (!exec(q, error))
            return fail();
        filmIds << insertedId(q);
        filmMinutes << f.minutes;
    }

    struct RoomSpec
    {
        QString name;
        QList<SeatSpec> seats;
        qint64 basePrice;
        qint64 premiumSurcharge;
    };
    const QList<RoomSpec> rooms = {
        {QStringLiteral("Sala 1"), smallRoom(), 2400, 0},
        {QStringLiteral("Sala 2"), mediumRoom(), 2800, 0},
        {QStringLiteral("Sala 3 VIP"), fanRoom(), 4200, 1200},
        {QStringLiteral("Sala 4"), largeRoom(), 3000, 0},
    };
    QList<int> roomIds;
    QList<QList<int>> sellableSeatsByRoom;
    for (const RoomSpec &room : rooms) {
        q.prepare(QStringLiteral("INSERT INTO rooms (name, premium_surcharge_cents) "
                                 "VALUES (?, ?) RETURNING id"));
        q.addBindValue(room.name);
        q.addBindValue(room.premiumSurcharge);
        if (!exec(q, error))
            return fail();
        const int roomId = insertedId(q);
        roomIds << roomId;
        QList<int> sellable;
        for (const SeatSpec &s : room.seats) {
            q.prepare(QStringLiteral("INSERT INTO seats (room_id, row_label, number, grid_x, "
                                     "grid_y, kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
            q.addBindValue(roomId);
            q.addBindValue(s.row);
            q.addBindValue(s.number);
            q.addBindValue(s.x);
            q.addBindValue(s.y);
            q.addBindValue(Seat::kindCode(s.kind));
            if (!exec(q, error))
                return fail();
            if (s.kind != SeatKind::Blocked)
                sellable << insertedId(q);
        }
        sellableSeatsByRoom << sellable;
    }

    // A demo box office that sold the existing tickets, with its own signing key.
    const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
    q.prepare(QStringLiteral(
        "INSERT INTO terminals (name, kind, version, public_key, "
        "created_at) VALUES ('Bilheteria (demo)', 'counter', ?, ?, ?) RETURNING id"));
    q.addBindValue(QStringLiteral(MARQUEE_VERSION));
    q.addBindValue(publicKey);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!exec(q, error))
        return fail();
    const int demoTerminal = insertedId(q);
    quint32 serial = 1;

    int inteira = 0, meia = 0;
    if (q.exec(QStringLiteral("SELECT id, code FROM ticket_types"))) {
        while (q.next()) {
            if (q.value(1).toString() == QLatin1String("inteira"))
                inteira = q.value(0).toInt();
            if (q.value(1).toString() == QLatin1String("meia"))
                meia = q.value(0).toInt();
        }
    }

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int filmCursor = 0;
    for (int day = 0; day < 7; ++day) {
        const QDate date = firstDay.addDays(day);
        const bool weekend = date.dayOfWeek() >= 6;
        for (int r = 0; r < rooms.size(); ++r) {
            // Each room shows a few films a day, back to back with 20 min for cleaning.
            const QTime time = QTime(13, 0).addSecs(qint64(r * 15 + (weekend ? 0 : 30)) * 60);
            QDateTime start(date, time);
            const QDateTime last(date, QTime(22, 45));
            while (start <= last) {
                const int f = (filmCursor++ * 5 + r) % int(filmIds.size());
                const bool evening = start.time().hour() >= 17;
                qint64 price = rooms[r].basePrice + (evening ? 600 : 0) + (weekend ? 400 : 0);
                const QList<int> &sellable = sellableSeatsByRoom[r];
                q.prepare(QStringLiteral("INSERT INTO screenings (film_id, room_id, starts_at, "
                                         "local_date, price_cents, seat_count) "
                                         "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
                q.addBindValue(filmIds[f]);
                q.addBindValue(roomIds[r]);
                q.addBindValue(start.toMSecsSinceEpoch());
                q.addBindValue(date.toString(Qt::ISODate));
                q.addBindValue(price);
                q.addBindValue(sellable.size());
                if (!exec(q, error))
                    return fail();
                const int screeningId = insertedId(q);

                // The first days already sold some: more in the evening and at weekends.
                if (day < 3) {
                    const double share = (evening ? 0.35 : 0.12) + (weekend ? 0.2 : 0.0) +
                                         random.bounded(0.25) - day * 0.08;
                    const int toSell =
                        std::clamp(int(sellable.size() * share), 0, int(sellable.size()));
                    QList<int> pool = sellable;
                    // Sold seats cluster towards the centre: take from the middle outwards.
                    const int middle = int(pool.size()) / 2;
                    q.prepare(
                        QStringLiteral("INSERT INTO orders (idempotency_key, "
                                       "screening_id, terminal_id, hold_token, status, "
                                       "total_cents, created_at, paid_at) "
                                       "VALUES (?, ?, ?, 'demo', 'paid', 0, ?, ?) RETURNING id"));
                    q.addBindValue(QStringLiteral("demo-%1").arg(screeningId));
                    q.addBindValue(screeningId);
                    q.addBindValue(demoTerminal);
                    q.addBindValue(nowMs);
                    q.addBindValue(nowMs);
                    if (!exec(q, error))
                        return fail();
                    const int orderId = insertedId(q);
                    const int meiaCap = int(sellable.size()) * 40 / 100;
                    int meiaSold = 0;
                    qint64 total = 0;
                    QSet<int> taken;
                    for (int k = 0; k < toSell; ++k) {
                        int index = middle + int(random.bounded(int(pool.size())) - middle) / 2 +
                                    int(random.bounded(int(pool.size() / 3) + 1)) -
                                    int(pool.size() / 6);
                        index = std::clamp(index, 0, int(pool.size()) - 1);
                        while (taken.contains(pool[index]))
                            index = (index + 1) % int(pool.size());
                        const int seatId = pool[index];
                        taken.insert(seatId);
                        const bool isMeia = random.bounded(100) < 30 && meiaSold < meiaCap;
                        meiaSold += isMeia;
                        const qint64 ticketPrice = Money::ticketPrice(price, 0, isMeia ? 50 : 100);
                        total += ticketPrice;
                        TicketCode::Payload payload{quint32(demoTerminal),
                                                    serial,
                                                    quint32(screeningId),
                                                    quint32(seatId),
                                                    quint32(isMeia ? meia : inteira),
                                                    QDateTime::fromMSecsSinceEpoch(nowMs)};
                        IssuedTicket ticket;
                        ticket.seatId = seatId;
                        ticket.ticketTypeId = isMeia ? meia : inteira;
                        ticket.priceCents = ticketPrice;
                        ticket.serial = serial;
                        ticket.code = TicketCode::encode(payload, secretKey);
                        q.prepare(TicketIssue::insertStatement());
                        TicketIssue::bind(q, orderId, screeningId, QString(), demoTerminal, nowMs,
                                          ticket, 0);
                        if (!exec(q, error))
                            return fail();
                        // The order records what it sold, like any other.
                        q.prepare(
                            QStringLiteral("INSERT INTO order_items (order_id, seat_id, "
                                           "ticket_type_id, price_cents) VALUES (?, ?, ?, ?)"));
                        q.addBindValue(orderId);
                        q.addBindValue(seatId);
                        q.addBindValue(isMeia ? meia : inteira);
                        q.addBindValue(ticketPrice);
                        if (!exec(q, error))
                            return fail();
                        ++serial;
                    }
                    q.prepare(QStringLiteral("UPDATE orders SET total_cents = ? WHERE id = ?"));
                    q.addBindValue(total);
                    q.addBindValue(orderId);
                    if (!exec(q, error))
                        return fail();
                    q.prepare(
                        QStringLiteral("INSERT INTO payments (order_id, method, idempotency_key, "
                                       "amount_cents, tendered_cents, change_cents, status, "
                                       "created_at, updated_at) VALUES (?, 'cash', ?, ?, ?, 0, "
                                       "'approved', ?, ?)"));
                    q.addBindValue(orderId);
                    q.addBindValue(QStringLiteral("demo-pay-%1").arg(screeningId));
                    q.addBindValue(total);
                    q.addBindValue(total);
                    q.addBindValue(nowMs);
                    q.addBindValue(nowMs);
                    if (!exec(q, error))
                        return fail();
                }
                const int minutes = filmMinutes[f] + 20;
                start = start.addSecs(qint64((minutes + 14) / 15 * 15) * 60);
            }
        }
    }
    // The demo's people (README lists them), kept when the demo is laid again. Their hashes
    // were made once with crypto_pwhash_str at the interactive limits, so a demo store costs no
    // hashing time and holds no password in the clear.
    struct DemoUser
    {
        const char *login, *name, *role, *passwordHash, *pinHash;
    };
    static const DemoUser kUsers[] = {
        {"admin", "Administração", "admin",
         "$argon2id$v=19$m=65536,t=2,p=1$sVfwUpzOavtEUWTV/"
         "cxUUw$+eh2tpsfaF8JSaGpkU9v+5IYxiKu9xVWiZVt0yQMYtA",
         "$argon2id$v=19$m=65536,t=2,p=1$iDNQrgohQvpDQCNYAJBTMg$W+naEwvBmScAY7cR+"
         "JSWvEtEWqu5DEYGcPeNsHHRfqs"},
        {"gerente", "Gerente Demo", "manager",
         "$argon2id$v=19$m=65536,t=2,p=1$EtFopNs0jlJ9jtyT77XJtA$/"
         "tZR24YFVRpAeF4gv6Q17hAZPgISZY8ff31/amp/Cg8",
         "$argon2id$v=19$m=65536,t=2,p=1$EBpVOmRom+1F9/"
         "tqiL4anA$xmZzoe7D30YbK9LJjsxuBCnvesf7Dfe6BKTm+KI3G0A"},
        {"caixa", "Caixa Demo", "cashier",
         "$argon2id$v=19$m=65536,t=2,p=1$7IK4zvNKFOYn8gdZh3/"
         "9sg$lyjCw8O17dlJt1Mju5jCnsfKswcPKXV3Ytwu0frAPq4",
         "$argon2id$v=19$m=65536,t=2,p=1$6TLvQJX+MYHg1vAN2WC/"
         "rw$gutMWq4g1eVnRgO1MT0HaMRD0rscsbZZNqCTeczBMKM"},
        {"porta", "Porteiro Demo", "door",
         "$argon2id$v=19$m=65536,t=2,p=1$Vks5wAsvN/"
         "W1SfZY9vow4A$xP4lahtXCHCaH46KKe0SgZPS87JNSFU6ohK3yMA8aA0",
         "$argon2id$v=19$m=65536,t=2,p=1$hV3edvng/ZaWSyYx8ZROBw$5us72rirggwtbyZoxzDGpJ/"
         "bqvLgZhdx5IzxPOh2dME"},
    };
    for (const DemoUser &u : kUsers) {
        q.prepare(QStringLiteral("INSERT INTO users (login, name, role, password_hash, pin_hash, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (login) DO NOTHING"));
        q.addBindValue(QString::fromLatin1(u.login));
        q.addBindValue(QString::fromUtf8(u.name));
        q.addBindValue(QString::fromLatin1(u.role));
        q.addBindValue(QString::fromLatin1(u.passwordHash));
        q.addBindValue(QString::fromLatin1(u.pinHash));
        q.addBindValue(nowMs);
        if (!exec(q, error))
            return fail();
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return q.lastError().text();
    return std::nullopt;
}
