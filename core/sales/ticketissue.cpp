// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketissue.h"

#include "core/catalog/roomlayout.h"
#include "core/store/terminalidentity.h"
#include "core/tickets/ticketcode.h"

#include <QSqlQuery>

QList<IssuedTicket> TicketIssue::sign(const Order &order, const TerminalIdentity &terminal,
                                      quint32 firstSerial, const QDateTime &issuedAt,
                                      const RoomLayout &layout)
{
    QList<IssuedTicket> tickets;
    quint32 serial = firstSerial;
    for (const OrderLine &line : order.lines) {
        TicketCode::Payload payload;
        payload.terminalId = quint32(terminal.terminalId());
        payload.serial = serial;
        payload.screeningId = quint32(order.screeningId);
        payload.seatId = quint32(line.seatId);
        payload.ticketTypeId = quint32(line.ticketTypeId);
        payload.issuedAt = issuedAt;
        IssuedTicket ticket;
        ticket.seatId = line.seatId;
        ticket.ticketTypeId = line.ticketTypeId;
        ticket.priceCents = line.priceCents;
        ticket.serial = serial++;
        ticket.code = TicketCode::encode(payload, terminal.secretKey());
        if (const Seat *seat = layout.seat(line.seatId)) {
            ticket.seatRow = seat->row;
            ticket.seatNumber = seat->number;
        }
        tickets << ticket;
    }
    return tickets;
}

QString TicketIssue::columns()
{
    return QStringLiteral("order_id, screening_id, seat_id, ticket_type_id, price_cents, "
                          "customer_cpf, terminal_id, serial, code, status, created_at, user_id");
}

QString TicketIssue::insertStatement()
{
    return QStringLiteral("INSERT INTO tickets (") + columns() +
           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'valid', ?, ?) RETURNING id");
}

void TicketIssue::bind(QSqlQuery &query, int orderId, int screeningId, const QString &cpf,
                       int terminalId, qint64 createdAtMs, const IssuedTicket &ticket, int userId)
{
    query.bindValue(0, orderId);
    query.bindValue(1, screeningId);
    query.bindValue(2, ticket.seatId);
    query.bindValue(3, ticket.ticketTypeId);
    query.bindValue(4, ticket.priceCents);
    query.bindValue(5, cpf.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(cpf));
    query.bindValue(6, terminalId);
    query.bindValue(7, qint64(ticket.serial));
    query.bindValue(8, ticket.code);
    query.bindValue(9, createdAtMs);
    query.bindValue(10, userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::Int)));
}
