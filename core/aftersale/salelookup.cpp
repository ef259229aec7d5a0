// SPDX-License-Identifier: GPL-3.0-or-later
#include "salelookup.h"

#include "core/sales/cpf.h"
#include "core/store/database.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QDateTime timeOrNull(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong());
}

QString inLanguage(const QVariant &pt, const QVariant &en)
{
    return QLocale().language() == QLocale::Portuguese ? pt.toString() : en.toString();
}
} // namespace

qint64 SoldOrder::refundedCents() const
{
    qint64 sum = 0;
    for (const RefundLine &r : refunds)
        sum += r.amountCents;
    return sum;
}

int SoldOrder::liveTickets() const
{
    return int(std::count_if(tickets.cbegin(), tickets.cend(),
                             [](const Ticket &t) { return t.state != Ticket::State::Cancelled; }));
}

const SoldOrder::Ticket *SoldOrder::ticket(int ticketId) const
{
    for (const Ticket &t : tickets)
        if (t.id == ticketId)
            return &t;
    return nullptr;
}

SaleReceipt SoldOrder::receipt() const
{
    SaleReceipt r;
    r.order.id = orderId;
    r.order.screeningId = screeningId;
    r.order.status = Order::Status::Paid;
    r.order.totalCents = totalCents;
    r.order.cpf = cpf;
    r.order.email = email;
    r.method = method;
    r.tenderedCents = tenderedCents;
    r.changeCents = changeCents;
    r.providerReference = paymentReference;
    r.paidAt = paidAt;
    for (const Ticket &t : tickets) {
        if (t.state != Ticket::State::Valid)
            continue;
        r.order.lines.append(OrderLine{t.seatId, t.typeId, t.priceCents});
        r.tickets.append(IssuedTicket{t.id, t.seatId, t.seatRow, t.seatNumber, t.typeId,
                                      t.priceCents, t.serial, t.code});
    }
    return r;
}

SaleLookup::Key SaleLookup::keyOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Key::Unknown;
    if (t.contains(QLatin1Char('@')))
        return Key::Email;
    static const QRegularExpression digits(QStringLiteral("^[0-9.\\-\\s]+$"));
    if (digits.match(t).hasMatch()) {
        const QString d = Cpf::digitsOf(t);
        if (d.size() == 11)
            return Cpf::isValid(d) ? Key::Cpf : Key::Unknown;
        return d.size() <= 10 ? Key::OrderNumber : Key::Unknown;
    }
    // A ticket's code is long base45 text; a handheld scanner types it as it reads it.
    return t.size() >= 20 ? Key::Code : Key::Unknown;
}

SaleResult<QList<SoldOrder>> SaleLookup::find(const Database &store, const QString &text, int limit)
{
    const QString t = text.trimmed();
    QString where;
    QVariant key;
    switch (keyOf(t)) {
    case Key::Code:
        where = QStringLiteral("o.id IN (SELECT order_id FROM tickets WHERE code = ?)");
        key = t;
        break;
    case Key::OrderNumber:
        where = QStringLiteral("o.id = ?");
        key = Cpf::digitsOf(t).toLongLong();
        break;
    case Key::Cpf:
        where = QStringLiteral("o.customer_cpf = ?");
        key = Cpf::digitsOf(t);
        break;
    case Key::Email:
        where = QStringLiteral("lower(o.customer_email) = ?");
        key = t.toLower();
        break;
    case Key::Unknown:
        return SaleError(SaleError::NotFound,
                         tr("Type or scan a ticket's code, an order number, a CPF or an e-mail "
                            "address."));
    }
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("SELECT o.id FROM orders o WHERE o.status = 'paid' AND %1 "
                             "ORDER BY o.paid_at DESC LIMIT %2")
                  .arg(where)
                  .arg(limit));
    q.addBindValue(key);
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    QList<int> ids;
    while (q.next())
        ids.append(q.value(0).toInt());
    if (ids.isEmpty())
        return SaleError(SaleError::NotFound, tr("No paid sale matches “%1”.").arg(t));
    QList<SoldOrder> found;
    for (const int id : ids) {
        auto order = load(store, id);
        if (!order)
            return order.error();
        found.append(*order);
    }
    return found;
}

SaleResult<SoldOrder> SaleLookup::load(const Database &store, int orderId)
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral(
        "SELECT o.id, o.paid_at, te.name, u.name, s.id, f.title, r.name, s.starts_at, "
        "p.method, o.total_cents, o.customer_cpf, o.customer_email, p.tendered_cents, "
        "p.change_cents, p.provider_reference FROM orders o "
        "JOIN screenings s ON s.id = o.screening_id JOIN films f ON f.id = s.film_id "
        "JOIN rooms r ON r.id = s.room_id LEFT JOIN terminals te ON te.id = o.terminal_id "
        "LEFT JOIN users u ON u.id = o.user_id "
        "LEFT JOIN payments p ON p.order_id = o.id AND p.status = 'approved' "
        "WHERE o.id = ? AND o.status = 'paid'"));
    q.addBindValue(orderId);
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    if (!q.next())
        return SaleError(SaleError::NotFound, tr("There is no paid sale number %1.").arg(orderId));
    SoldOrder o;
    o.orderId = q.value(0).toInt();
    o.paidAt = timeOrNull(q.value(1));
    o.terminal = q.value(2).toString();
    o.seller = q.value(3).toString();
    o.screeningId = q.value(4).toInt();
    o.film = q.value(5).toString();
    o.room = q.value(6).toString();
    o.startsAt = timeOrNull(q.value(7));
    o.method =
        q.value(8).toString() == QLatin1String("card") ? PaymentMethod::Card : PaymentMethod::Cash;
    o.totalCents = q.value(9).toLongLong();
    o.cpf = q.value(10).toString();
    o.email = q.value(11).toString();
    o.tenderedCents = q.value(12).toLongLong();
    o.changeCents = q.value(13).toLongLong();
    o.paymentReference = q.value(14).toString();

    q.prepare(QStringLiteral(
        "SELECT t.id, t.seat_id, se.row_label, se.number, tt.name_pt, tt.name_en, t.price_cents, "
        "t.status, t.used_at, t.used_gate, t.cancelled_at, u.name, t.code, t.ticket_type_id, "
        "t.serial, t.replaced_by FROM tickets t "
        "JOIN seats se ON se.id = t.seat_id JOIN ticket_types tt ON tt.id = t.ticket_type_id "
        "LEFT JOIN users u ON u.id = t.cancelled_by WHERE t.order_id = ? "
        "ORDER BY se.grid_y, se.grid_x, t.id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    while (q.next()) {
        SoldOrder::Ticket t;
        t.id = q.value(0).toInt();
        t.seatId = q.value(1).toInt();
        t.seatRow = q.value(2).toString();
        t.seatNumber = q.value(3).toInt();
        t.seat = t.seatRow + QString::number(t.seatNumber);
        t.typeName = inLanguage(q.value(4), q.value(5));
        t.priceCents = q.value(6).toLongLong();
        const QString status = q.value(7).toString();
        t.state = status == QLatin1String("used")        ? SoldOrder::Ticket::State::Used
                  : status == QLatin1String("cancelled") ? SoldOrder::Ticket::State::Cancelled
                                                         : SoldOrder::Ticket::State::Valid;
        t.usedAt = timeOrNull(q.value(8));
        t.usedGate = q.value(9).toString();
        t.cancelledAt = timeOrNull(q.value(10));
        t.cancelledBy = q.value(11).toString();
        t.code = q.value(12).toString();
        t.typeId = q.value(13).toInt();
        t.serial = q.value(14).toUInt();
        t.replaced = !q.value(15).isNull();
        o.tickets.append(t);
    }

    q.prepare(QStringLiteral("SELECT r.created_at, r.amount_cents, r.method, r.status, r.reason, "
                             "u.name, m.name, e.new_order_id FROM refunds r "
                             "LEFT JOIN users u ON u.id = r.user_id "
                             "LEFT JOIN users m ON m.id = r.authorized_by "
                             "LEFT JOIN exchanges e ON e.refund_id = r.id WHERE r.order_id = ? "
                             "ORDER BY r.id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    while (q.next()) {
        SoldOrder::RefundLine r;
        r.at = timeOrNull(q.value(0));
        r.amountCents = q.value(1).toLongLong();
        r.method = q.value(2).toString() == QLatin1String("card") ? PaymentMethod::Card
                                                                  : PaymentMethod::Cash;
        r.due = q.value(3).toString() == QLatin1String("due");
        r.reason = q.value(4).toString();
        r.by = q.value(5).toString();
        r.authorizedBy = q.value(6).toString();
        r.exchangedFor = q.value(7).toInt();
        o.refunds.append(r);
    }

    // Paid (in part) with tickets of another sale given back.
    q.prepare(QStringLiteral("SELECT old_order_id, credit_cents FROM exchanges "
                             "WHERE new_order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    if (q.next()) {
        o.exchangedFrom = q.value(0).toInt();
        o.exchangeCreditCents = q.value(1).toLongLong();
    }

    q.prepare(QStringLiteral("SELECT c.created_at, c.kind, c.recipient, u.name FROM order_copies c "
                             "LEFT JOIN users u ON u.id = c.user_id WHERE c.order_id = ? "
                             "ORDER BY c.id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return SaleError::fromStore(store, q.lastError());
    while (q.next())
        o.copies.append(SoldOrder::CopyLine{timeOrNull(q.value(0)),
                                            q.value(1).toString() == QLatin1String("resend"),
                                            q.value(2).toString(), q.value(3).toString()});
    return o;
}
