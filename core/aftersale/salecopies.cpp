// SPDX-License-Identifier: GPL-3.0-or-later
#include "salecopies.h"

#include "core/catalog/catalogrepository.h"
#include "core/store/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

TicketDocument::Content SaleCopies::content(const SoldOrder &order, const Database &local,
                                            const QString &terminalName, const QString &copyNote)
{
    const CatalogRepository catalog(local);
    Screening screening;
    if (const auto known = catalog.screening(order.screeningId)) {
        screening = *known;
    } else {
        // A screening this terminal's copy no longer holds: the sale says what the page needs.
        screening.id = order.screeningId;
        screening.filmTitle = order.film;
        screening.roomName = order.room;
        screening.setStartsAt(order.startsAt);
    }
    TicketDocument::Content content =
        TicketDocument::contentOf(order.receipt(), screening, catalog.ticketTypes(), terminalName);
    for (const SoldOrder::Ticket &t : order.tickets)
        if (!content.ticketTypeNames.contains(t.typeId))
            content.ticketTypeNames.insert(t.typeId, t.typeName);
    content.copyNote = copyNote;
    content.refundedCents = order.refundedCents();
    return content;
}

TicketDocument::Content SaleCopies::reissuedContent(const SoldOrder &order, const Reissue &reissue,
                                                    const Database &local,
                                                    const QString &terminalName)
{
    SoldOrder one = order;
    one.tickets.clear();
    const SoldOrder::Ticket *old = order.ticket(reissue.oldTicketId);
    SoldOrder::Ticket t;
    t.id = reissue.ticket.id;
    t.seatId = reissue.ticket.seatId;
    t.seatRow = reissue.ticket.seatRow;
    t.seatNumber = reissue.ticket.seatNumber;
    t.seat = reissue.ticket.seatLabel();
    t.typeId = reissue.ticket.ticketTypeId;
    t.typeName = old ? old->typeName : QString();
    t.priceCents = reissue.ticket.priceCents;
    t.serial = reissue.ticket.serial;
    t.code = reissue.ticket.code;
    one.tickets.append(t);
    return content(one, local, terminalName, copyNote(Kind::Reissue, reissue.createdAt));
}

QString SaleCopies::copyNote(Kind kind, const QDateTime &at)
{
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    switch (kind) {
    case Kind::Reprint:
        return tr("Reprint · %1").arg(when);
    case Kind::Resend:
        return tr("Sent again · %1").arg(when);
    case Kind::Reissue:
        break;
    }
    return tr("Reissued · %1").arg(when);
}

SaleResult<bool> SaleCopies::record(const Database &store, int orderId, Kind kind,
                                    const QString &recipient, int terminalId, int userId)
{
    if (kind == Kind::Reissue) // recorded by the reissue itself, with its reason
        return true;
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("INSERT INTO order_copies (order_id, kind, recipient, terminal_id, "
                             "user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(kind == Kind::Reprint ? QStringLiteral("reprint") : QStringLiteral("resend"));
    q.addBindValue(recipient.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(recipient));
    q.addBindValue(terminalId > 0 ? QVariant(terminalId) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    return true;
}

RefundSlip::Content SaleCopies::slipOf(const Refund &refund, const SoldOrder &order,
                                       const QString &by, const QString &authorizedBy,
                                       const QString &terminalName)
{
    RefundSlip::Content c;
    c.venueName = TicketDocument::venueName();
    c.terminalName = terminalName;
    c.orderId = refund.orderId;
    c.refundId = refund.id;
    c.film = order.film;
    c.room = order.room;
    c.startsAt = order.startsAt;
    for (const int id : refund.ticketIds)
        if (const SoldOrder::Ticket *t = order.ticket(id))
            c.lines.append(RefundSlip::Line{t->seat, t->typeName, t->priceCents});
    c.amountCents = refund.amountCents;
    c.method = refund.method;
    c.due = refund.status == Refund::Status::Due;
    c.paymentReference = refund.paymentReference;
    c.providerReference = refund.providerReference;
    c.reason = refund.reason;
    c.by = by;
    c.authorizedBy = authorizedBy;
    c.at = refund.createdAt;
    return c;
}

RefundSlip::Content SaleCopies::slipOf(const Exchange &exchange, const SoldOrder &order,
                                       const Screening &newScreening, const QString &by,
                                       const QString &authorizedBy, const QString &terminalName)
{
    RefundSlip::Content c = slipOf(exchange.refund, order, by, authorizedBy, terminalName);
    RefundSlip::Content::Exchanged e;
    e.orderId = exchange.receipt.order.id;
    e.film = newScreening.filmTitle;
    e.room = newScreening.roomName;
    e.startsAt = newScreening.startsAt();
    for (const IssuedTicket &t : exchange.receipt.tickets)
        e.seats << t.seatLabel();
    e.newCents = exchange.receipt.order.totalCents;
    e.creditCents = exchange.creditCents;
    e.cashCents = exchange.cashCents;
    e.changeCents = exchange.changeCents;
    c.exchange = e;
    return c;
}
