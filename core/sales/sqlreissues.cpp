// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlreissues.h"

#include "core/sales/sqlvalues.h"
#include "core/sales/ticketissue.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using SqlValues::nullableId;
using SqlValues::timeOf;

namespace {
SaleError refused(const QString &message)
{
    return SaleError(SaleError::NotReissuable, message);
}
} // namespace

std::optional<Reissue> SqlReissues::load(const QString &key, QSqlError *error) const
{
    QSqlQuery q(m_db);
    m_store.prepare(q, QStringLiteral("SELECT r.order_id, r.old_ticket_id, r.new_ticket_id, "
                                      "r.created_at, t.screening_id, t.seat_id, se.row_label, "
                                      "se.number, t.ticket_type_id, t.price_cents, t.serial, "
                                      "t.code FROM ticket_reissues r "
                                      "JOIN tickets t ON t.id = r.new_ticket_id "
                                      "JOIN seats se ON se.id = t.seat_id "
                                      "WHERE r.idempotency_key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Reissue r;
    r.orderId = q.value(0).toInt();
    r.oldTicketId = q.value(1).toInt();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong());
    r.screeningId = q.value(4).toInt();
    r.ticket = IssuedTicket{q.value(2).toInt(),   q.value(5).toInt(),    q.value(6).toString(),
                            q.value(7).toInt(),   q.value(8).toInt(),    q.value(9).toLongLong(),
                            q.value(10).toUInt(), q.value(11).toString()};
    return r;
}

SaleResult<Reissue> SqlReissues::reissue(const ReissueRequest &request, qint64 nowMs,
                                         int terminalId, const Signer &sign)
{
    if (request.idempotencyKey.isEmpty())
        return SaleError::storage(QStringLiteral("reissue without key"));
    QSqlError error;
    // A retry of a reissue that was recorded answers the ticket it made.
    if (auto made = load(request.idempotencyKey, &error)) {
        if (made->orderId != request.orderId || made->oldTicketId != request.ticketId)
            return SaleError::storage(QStringLiteral("reissue key of another ticket"));
        return *made;
    }
    if (error.isValid())
        return SaleError::fromStore(m_store, error);
    if (request.reason.trimmed().isEmpty())
        return refused(QCoreApplication::translate(
            "SaleError", "Say why the ticket is reissued: the reason is kept with it."));

    QSqlQuery q(m_db);
    m_store.prepare(q, QStringLiteral("SELECT status, screening_id FROM orders WHERE id = ?"));
    q.addBindValue(request.orderId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    if (!q.next())
        return SaleError(SaleError::NotFound,
                         QCoreApplication::translate("SaleError", "There is no such sale."));
    if (q.value(0).toString() != QLatin1String("paid"))
        return refused(QCoreApplication::translate(
            "SaleError", "This sale was never paid, so it has no ticket to reissue."));
    const int screeningId = q.value(1).toInt();

    // The ticket, locked on PostgreSQL: a second reissue or a refund of it waits here and
    // then finds it cancelled.
    m_store.prepare(q, QStringLiteral("SELECT t.order_id, t.status, t.seat_id, se.row_label, "
                                      "se.number, t.ticket_type_id, t.price_cents, "
                                      "t.customer_cpf, t.used_at, t.used_gate, t.cancelled_at, "
                                      "u.name FROM tickets t JOIN seats se ON se.id = t.seat_id "
                                      "LEFT JOIN users u ON u.id = t.cancelled_by "
                                      "WHERE t.id = ?") +
                           (m_store.isPostgres() ? QStringLiteral(" FOR UPDATE OF t") : QString()));
    q.addBindValue(request.ticketId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    if (!q.next() || q.value(0).toInt() != request.orderId)
        return refused(
            QCoreApplication::translate("SaleError", "Ticket %1 is not one of this sale's.")
                .arg(request.ticketId));
    IssuedTicket ticket;
    const QString status = q.value(1).toString();
    ticket.seatId = q.value(2).toInt();
    ticket.seatRow = q.value(3).toString();
    ticket.seatNumber = q.value(4).toInt();
    ticket.ticketTypeId = q.value(5).toInt();
    ticket.priceCents = q.value(6).toLongLong();
    const QString cpf = q.value(7).toString();
    const QString seat = ticket.seatLabel();
    if (status == QLatin1String("cancelled")) {
        const QString when = timeOf(q.value(10).toLongLong());
        const QString by = q.value(11).toString();
        return refused(by.isEmpty()
                           ? QCoreApplication::translate(
                                 "SaleError", "Seat %1's ticket was cancelled at %2: it was given "
                                              "back or replaced already.")
                                 .arg(seat, when)
                           : QCoreApplication::translate(
                                 "SaleError", "Seat %1's ticket was cancelled at %2 by %3: it was "
                                              "given back or replaced already.")
                                 .arg(seat, when, by));
    }
    if (status == QLatin1String("used"))
        // A second code for a ticket that let someone in would let a second person in.
        return refused(QCoreApplication::translate("SaleError",
                                                   "Seat %1's ticket was used at %2 at %3: a "
                                                   "ticket that let someone in is not reissued.")
                           .arg(seat, timeOf(q.value(8).toLongLong()), q.value(9).toString()));
    q.finish();

    // Cancelled first: the seat's one live ticket is the new one from here on, and the CPF
    // and meia counters go down by one before they go up by one again.
    m_store.prepare(q, QStringLiteral("UPDATE tickets SET status = 'cancelled', cancelled_at = ?, "
                                      "cancelled_by = ? WHERE id = ? AND status = 'valid'"));
    q.addBindValue(nowMs);
    q.addBindValue(nullableId(request.userId));
    q.addBindValue(request.ticketId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    if (q.numRowsAffected() != 1)
        return refused(QCoreApplication::translate(
                           "SaleError", "Seat %1's ticket was given back or replaced already.")
                           .arg(seat));

    const auto issued = sign(ticket, screeningId);
    if (!issued) // this terminal's own file could not number the ticket
        return SaleError(SaleError::LocalStore,
                         QCoreApplication::translate(
                             "SaleError", "This terminal could not number the new ticket."));
    ticket = *issued;
    m_store.prepare(q, TicketIssue::insertStatement());
    TicketIssue::bind(q, request.orderId, screeningId, cpf, terminalId, nowMs, ticket,
                      request.userId);
    if (!q.exec() || !q.next())
        return SaleError::fromStore(m_store, q.lastError());
    ticket.id = q.value(0).toInt();
    q.finish();

    m_store.prepare(q, QStringLiteral("UPDATE tickets SET replaced_by = ? WHERE id = ?"));
    q.addBindValue(ticket.id);
    q.addBindValue(request.ticketId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    m_store.prepare(q, QStringLiteral("INSERT INTO ticket_reissues (idempotency_key, order_id, "
                                      "old_ticket_id, new_ticket_id, reason, terminal_id, "
                                      "user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(request.idempotencyKey);
    q.addBindValue(request.orderId);
    q.addBindValue(request.ticketId);
    q.addBindValue(ticket.id);
    q.addBindValue(request.reason.trimmed());
    q.addBindValue(nullableId(terminalId));
    q.addBindValue(nullableId(request.userId));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        if (Database::brokenRule(q.lastError()) ==
            QLatin1String("ticket_reissues_old_ticket_id_key"))
            return refused(
                QCoreApplication::translate("SaleError", "Seat %1's ticket was replaced already.")
                    .arg(seat));
        return SaleError::fromStore(m_store, q.lastError());
    }

    Reissue made;
    made.orderId = request.orderId;
    made.screeningId = screeningId;
    made.oldTicketId = request.ticketId;
    made.ticket = ticket;
    made.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs);
    return made;
}
