// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"
#include "core/sales/salesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"

#include <QSqlQuery>
#include <QUuid>

// What several suites need: a demo screening nobody has bought from yet, a whole sale in one
// call, and a number from the database.
namespace TestHelpers {

// A screening five days ahead in `room`: the demo data pre-sells only the first days.
inline Screening freshScreening(const Database &db, const QString &room = QStringLiteral("Sala 4"))
{
    const QDate day = QDate::currentDate().addDays(5);
    const auto results = CatalogRepository(db).search(QString(), day, day);
    for (const Screening &s : results) {
        if (s.roomName == room && s.soldCount == 0)
            return s;
    }
    return {};
}

// Holds, orders and pays cash for the seats in one go, as a counter does; a failed step
// releases what it held.
inline SaleResult<SaleReceipt> sell(SalesAuthority &authority, int screeningId,
                                    const QList<int> &seats, int ticketTypeId,
                                    const QString &cpf = QString())
{
    const QString token = QUuid::createUuid().toString();
    const auto held = authority.hold(screeningId, seats, token);
    if (!held)
        return held.error();
    OrderRequest request{QUuid::createUuid().toString(), screeningId, token, {}, cpf, {}};
    for (const int id : seats)
        request.lines.append({id, ticketTypeId, 0});
    const auto order = authority.placeOrder(request);
    if (!order) {
        authority.release(token, {});
        return order.error();
    }
    const auto receipt = authority.completePayment(
        {order->id, QUuid::createUuid().toString(), PaymentMethod::Cash, order->totalCents, {}});
    if (!receipt)
        authority.cancelOrder(order->id);
    return receipt;
}

inline int scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// The first `count` standard seats of a screening's room, in seat order.
inline QList<int> standardSeats(const Database &db, int screeningId, int count)
{
    QList<int> seats;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT se.id FROM seats se JOIN screenings s ON s.room_id = "
                          "se.room_id WHERE s.id = %1 AND se.kind = 'standard' ORDER BY se.id "
                          "LIMIT %2")
               .arg(screeningId)
               .arg(count));
    while (q.next())
        seats << q.value(0).toInt();
    return seats;
}

// Sells the first `count` standard seats at full price, as sell() does.
inline SaleResult<SaleReceipt> sellFullPrice(const Database &db, SalesAuthority &authority,
                                             int screeningId, int count)
{
    const int inteira =
        scalar(db, QStringLiteral("SELECT MIN(id) FROM ticket_types WHERE is_meia = 0"));
    return sell(authority, screeningId, standardSeats(db, screeningId, count), inteira);
}

// The server leased this terminal the standard seats of a screening's rows before
// `beforeRow`, as it does before it goes away: what OfflineSalesAuthority may sell. How many.
inline int leaseSeats(const Database &db, const TerminalIdentity &terminal, const Screening &s,
                      const QString &beforeRow)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO holds (screening_id, seat_id, hold_token, terminal_id, "
                             "created_at, expires_at) SELECT ?, id, ?, ?, 0, 9000000000000 FROM "
                             "seats WHERE room_id = ? AND kind = 'standard' AND row_label < ?"));
    q.addBindValue(s.id);
    q.addBindValue(terminal.leaseToken());
    q.addBindValue(terminal.terminalId());
    q.addBindValue(s.roomId);
    q.addBindValue(beforeRow);
    return q.exec() ? q.numRowsAffected() : -1;
}

// A card payment begun and never finished, as a crash leaves it: the seats held, the order
// placed, the attempt recorded before the card reader was asked.
struct BegunCardPayment
{
    Order order;
    QString paymentKey;
};
inline std::optional<BegunCardPayment> beginCardPayment(SalesAuthority &authority, int screeningId,
                                                        const QList<int> &seats)
{
    const QString token = QUuid::createUuid().toString();
    if (!authority.hold(screeningId, seats, token))
        return std::nullopt;
    OrderRequest request{QUuid::createUuid().toString(), screeningId, token, {}, {}, {}};
    for (const int id : seats)
        request.lines.append({id, 1, 0});
    const auto order = authority.placeOrder(request);
    const QString key = QUuid::createUuid().toString();
    if (!order || !authority.beginCardPayment(order->id, key))
        return std::nullopt;
    return BegunCardPayment{*order, key};
}

// Writes that break the store's rules, each with the rule Database::brokenRule names: a
// second ticket for a sold seat, a ticket reusing a sold ticket's serial, a trigger's refusal
// (a cancelled ticket made valid again, after cancelling it), and a statement that breaks no
// rule at all (a misspelt column).
inline QStringList rulesBrokenByForgedTickets(const Database &db, int soldTicketId, int otherSeat)
{
    const QString copy = QStringLiteral(
        "INSERT INTO tickets (order_id, screening_id, seat_id, ticket_type_id, price_cents, "
        "customer_cpf, terminal_id, serial, code, status, created_at) SELECT order_id, "
        "screening_id, %1, ticket_type_id, price_cents, customer_cpf, terminal_id, %2, "
        "code || 'x', 'valid', created_at FROM tickets WHERE id = %3");
    QStringList rules;
    for (const QString &sql :
         {copy.arg(QStringLiteral("seat_id"), QStringLiteral("serial + 1000")).arg(soldTicketId),
          copy.arg(QString::number(otherSeat), QStringLiteral("serial")).arg(soldTicketId),
          QStringLiteral("UPDATE tickets SET status = 'cancelled' WHERE id = %1").arg(soldTicketId),
          QStringLiteral("UPDATE tickets SET status = 'valid' WHERE id = %1").arg(soldTicketId),
          QStringLiteral("UPDATE tickets SET no_such_column = 1")}) {
        QSqlQuery q(db.connection());
        rules << (q.exec(sql) ? QStringLiteral("(accepted)") : Database::brokenRule(q.lastError()));
    }
    return rules;
}
} // namespace TestHelpers
