// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinesalesauthority.h"

#include "core/catalog/money.h"
#include "core/sales/cpf.h"
#include "core/sales/orderpricing.h"
#include "core/sales/saleerror.h"
#include "core/sales/ticketissue.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/writetransaction.h"
#include "core/sync/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
SaleError orderNotPending()
{
    return SaleError(
        SaleError::OrderNotPending,
        QCoreApplication::translate("SaleError", "This order is already paid or cancelled."));
}

SaleError notLeased(const QList<int> &seats)
{
    return SaleError(SaleError::SeatUnavailable,
                     QCoreApplication::translate(
                         "SaleError",
                         "The server is out of reach: only the seats kept for this counter "
                         "(free on the map) can be sold until it is back."),
                     seats);
}

QString saleKey(const QString &orderKey)
{
    return QStringLiteral("sale:") + orderKey;
}
} // namespace

OfflineSalesAuthority::OfflineSalesAuthority(const Database &local, TerminalIdentity terminal)
    : m_local(local), m_terminal(std::move(terminal)), m_catalog(local)
{
    m_catalog.setLeaseToken(m_terminal.leaseToken());
    m_catalog.setOnlyLeasedSeatsFree(true);
}

QSet<int> OfflineSalesAuthority::leasedSeats(int screeningId, const QString &holdToken) const
{
    // Leased to this terminal (or already taken from the lease by this sale), live for a while
    // yet (CatalogRepository::kOfflineLeaseMarginMs), and not sold offline.
    QSet<int> seats;
    QSqlQuery q(m_local.connection());
    q.prepare(QStringLiteral("SELECT seat_id FROM holds WHERE screening_id = ? AND "
                             "hold_token IN (?, ?) AND expires_at > ? AND seat_id NOT IN "
                             "(SELECT seat_id FROM offline_tickets WHERE screening_id = ?)"));
    q.addBindValue(screeningId);
    q.addBindValue(m_terminal.leaseToken());
    q.addBindValue(holdToken);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() + CatalogRepository::kOfflineLeaseMarginMs);
    q.addBindValue(screeningId);
    if (q.exec()) {
        while (q.next())
            seats.insert(q.value(0).toInt());
    }
    return seats;
}

SaleResult<HoldGrant> OfflineSalesAuthority::hold(int screeningId, const QList<int> &seatIds,
                                                  const QString &holdToken)
{
    const QSet<int> available = leasedSeats(screeningId, holdToken);
    QList<int> refused;
    for (const int id : seatIds) {
        if (!available.contains(id))
            refused << id;
    }
    if (!refused.isEmpty())
        return notLeased(refused);
    // The lease row becomes this sale's hold in the local copy, so the map shows it as the
    // sale's; releasing it gives it back to the lease.
    QSqlDatabase db = m_local.connection();
    WriteTransaction tx(db, m_local);
    if (!tx.isOpen())
        return SaleError::storage(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE holds SET hold_token = ? WHERE screening_id = ? AND "
                             "seat_id = ? AND hold_token = ?"));
    for (const int id : seatIds) {
        q.addBindValue(holdToken);
        q.addBindValue(screeningId);
        q.addBindValue(id);
        q.addBindValue(m_terminal.leaseToken());
        if (!q.exec())
            return SaleError::storage(q.lastError().text());
    }
    QList<int> held;
    q.prepare(QStringLiteral("SELECT seat_id FROM holds WHERE screening_id = ? AND hold_token = ? "
                             "ORDER BY seat_id"));
    q.addBindValue(screeningId);
    q.addBindValue(holdToken);
    if (!q.exec())
        return SaleError::storage(q.lastError().text());
    while (q.next())
        held << q.value(0).toInt();
    q.finish();
    if (!tx.commit())
        return SaleError::storage(tx.error());

    QMutexLocker lock(&m_mutex);
    Hold &h = m_holds[holdToken];
    if (h.screeningId != screeningId)
        h = Hold{screeningId,
                 {},
                 QDateTime::currentMSecsSinceEpoch() +
                     qint64(StoreSettings(m_local).holdMinutes()) * 60'000};
    h.seats = held;
    return HoldGrant{held, QDateTime::fromMSecsSinceEpoch(h.expiresAtMs)};
}

SaleResult<bool> OfflineSalesAuthority::release(const QString &holdToken, const QList<int> &seatIds)
{
    QSqlQuery q(m_local.connection());
    QString sql = QStringLiteral("UPDATE holds SET hold_token = ? WHERE hold_token = ?");
    if (!seatIds.isEmpty()) {
        QStringList ids;
        for (const int id : seatIds)
            ids << QString::number(id);
        sql += QStringLiteral(" AND seat_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    q.prepare(sql);
    q.addBindValue(m_terminal.leaseToken());
    q.addBindValue(holdToken);
    if (!q.exec())
        return SaleError::storage(q.lastError().text());
    QMutexLocker lock(&m_mutex);
    if (seatIds.isEmpty()) {
        m_holds.remove(holdToken);
    } else if (auto it = m_holds.find(holdToken); it != m_holds.end()) {
        for (const int id : seatIds)
            it->seats.removeAll(id);
    }
    return true;
}

SaleResult<Order> OfflineSalesAuthority::placeOrder(const OrderRequest &request)
{
    if (const SaleError e = OrderPricing::requestError(request); e.isError())
        return e;
    const QString cpf = Cpf::digitsOf(request.cpf);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_orderOfKey.constFind(request.idempotencyKey);
            it != m_orderOfKey.cend())
            return m_orders.value(*it);
        const Hold h = m_holds.value(request.holdToken);
        if (h.expiresAtMs <= QDateTime::currentMSecsSinceEpoch() ||
            h.screeningId != request.screeningId)
            return SaleError::holdExpired();
        for (const OrderLine &line : request.lines) {
            if (!h.seats.contains(line.seatId))
                return SaleError::holdExpired();
        }
    }
    const auto screening = m_catalog.screening(request.screeningId);
    if (!screening)
        return SaleError(SaleError::NotFound,
                         QCoreApplication::translate("SaleError",
                                                     "This screening no longer exists. Search "
                                                     "again."));
    const QList<TicketType> types = m_catalog.ticketTypes();
    const auto pricedOrder = OrderPricing::priced(
        request, cpf, m_catalog.roomLayout(screening->roomId), screening->priceCents, types);
    if (!pricedOrder)
        return pricedOrder;
    Order order = *pricedOrder;
    // The limits, as far as this terminal can see: its copy and its own offline sales.
    const StoreSettings settings(m_local);
    if (!cpf.isEmpty()) {
        const int limit = settings.maxTicketsPerCpf();
        const int already = m_catalog.ticketsForCpf(request.screeningId, cpf);
        if (already + order.lines.size() > limit)
            return SaleError::cpfLimit(limit, std::max(0, limit - already));
    }
    if (const int meia = OrderPricing::meiaCount(order, types); meia > 0) {
        const int cap = screening->meiaCap();
        const int sold = m_catalog.meiaSold(request.screeningId);
        if (sold + meia > cap)
            return SaleError::meiaCap(cap, std::max(0, cap - sold));
    }
    QMutexLocker lock(&m_mutex);
    order.id = m_nextOrderId--;
    order.createdAt = QDateTime::currentDateTime();
    m_orders.insert(order.id, order);
    m_orderOfKey.insert(order.idempotencyKey, order.id);
    return order;
}

SaleResult<bool> OfflineSalesAuthority::beginCardPayment(int orderId, const QString &paymentKey)
{
    Order order;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_orders.constFind(orderId);
        if (it == m_orders.cend() || it->status != Order::Status::Pending)
            return orderNotPending();
        order = *it;
    }
    // The order itself lives in memory: this row is what a crash leaves of the attempt, so
    // the payment sweep can give the money back. No row, no charge.
    QSqlQuery q(m_local.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO offline_card_attempts (payment_key, "
                             "order_key, amount_cents, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(paymentKey);
    q.addBindValue(order.idempotencyKey);
    q.addBindValue(order.totalCents);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return SaleError::storage(q.lastError().text());
    return true;
}

std::optional<bool> OfflineSalesAuthority::markAttempt(QSqlDatabase db, const QString &paymentKey,
                                                       const QString &from, const QString &to,
                                                       const QString &reference)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE offline_card_attempts SET status = ?, "
                                  "provider_reference = COALESCE(provider_reference, ?) "
                                  "WHERE payment_key = ? AND instr(?, ',' || status || ',') > 0")))
        return std::nullopt;
    q.addBindValue(to);
    q.addBindValue(reference.isEmpty() ? QVariant() : QVariant(reference));
    q.addBindValue(paymentKey);
    q.addBindValue(QString(QLatin1Char(',') + from + QLatin1Char(',')));
    if (!q.exec())
        return std::nullopt;
    return q.numRowsAffected() == 1;
}

SaleResult<bool> OfflineSalesAuthority::recordDecline(const QString &paymentKey, const QString &)
{
    if (!markAttempt(m_local.connection(), paymentKey, QStringLiteral("pending"),
                     QStringLiteral("declined"), {}))
        return SaleError::storage(m_local.connection().lastError().text());
    return true;
}

SaleResult<bool> OfflineSalesAuthority::recordRefund(const QString &paymentKey,
                                                     const QString &providerReference)
{
    // Nothing was sold: the provider's refund and this row are the whole story.
    if (!markAttempt(m_local.connection(), paymentKey, QStringLiteral("pending,refund_due"),
                     QStringLiteral("refunded"), providerReference))
        return SaleError::storage(m_local.connection().lastError().text());
    return true;
}

SaleResult<bool> OfflineSalesAuthority::cancelOrder(int orderId, bool releaseSeats)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_orders.find(orderId);
    if (it == m_orders.end())
        return true;
    if (it->status == Order::Status::Paid)
        return orderNotPending();
    it->status = Order::Status::Cancelled;
    const QString token = it->holdToken;
    lock.unlock();
    if (releaseSeats)
        return release(token, {});
    return true;
}

SaleResult<Refund> OfflineSalesAuthority::refundTickets(const RefundRequest &)
{
    return SaleError(SaleError::NeedsServer,
                     QCoreApplication::translate(
                         "SaleError", "Giving tickets back needs the server, which this "
                                      "terminal cannot reach now: while it is away another "
                                      "terminal could sell the same seat. Keep the tickets and "
                                      "try again when the server is back."));
}

SaleResult<Exchange> OfflineSalesAuthority::exchangeTickets(const ExchangeRequest &)
{
    return SaleError(SaleError::NeedsServer,
                     QCoreApplication::translate(
                         "SaleError", "Exchanging tickets needs the server, which this terminal "
                                      "cannot reach now: while it is away another terminal could "
                                      "sell the seats given back. Keep the tickets and try again "
                                      "when the server is back."));
}

SaleResult<Reissue> OfflineSalesAuthority::reissueTicket(const ReissueRequest &)
{
    return SaleError(SaleError::NeedsServer,
                     QCoreApplication::translate(
                         "SaleError", "Reissuing a ticket needs the server, which this terminal "
                                      "cannot reach now: gates that cannot reach it either would "
                                      "still let the lost ticket in. Reprint the same ticket "
                                      "instead, or try again when the server is back."));
}

SaleResult<bool> OfflineSalesAuthority::settleRefund(const QString &, const QString &)
{
    return SaleError::serverUnreachable();
}

std::optional<SaleReceipt> OfflineSalesAuthority::receiptForPayment(const QString &paymentKey) const
{
    QSqlQuery q(m_local.connection());
    q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'sale' AND "
                             "json_extract(payload, '$.payment.key') = ?"));
    q.addBindValue(paymentKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject p = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QJsonObject o = p.value(QStringLiteral("order")).toObject();
    const QJsonObject pay = p.value(QStringLiteral("payment")).toObject();
    SaleReceipt r;
    r.order.id = o.value(QStringLiteral("offline_id")).toInt();
    r.order.idempotencyKey = o.value(QStringLiteral("key")).toString();
    r.order.screeningId = o.value(QStringLiteral("screening_id")).toInt();
    r.order.status = Order::Status::Paid;
    r.order.totalCents = qint64(o.value(QStringLiteral("total_cents")).toDouble());
    r.order.cpf = o.value(QStringLiteral("cpf")).toString();
    r.order.email = o.value(QStringLiteral("email")).toString();
    r.method = pay.value(QStringLiteral("method")).toString() == QLatin1String("card")
                   ? PaymentMethod::Card
                   : PaymentMethod::Cash;
    r.tenderedCents = qint64(pay.value(QStringLiteral("tendered_cents")).toDouble());
    r.changeCents = r.method == PaymentMethod::Cash ? r.tenderedCents - r.order.totalCents : 0;
    r.providerReference = pay.value(QStringLiteral("provider_reference")).toString();
    r.paidAt =
        QDateTime::fromMSecsSinceEpoch(qint64(pay.value(QStringLiteral("paid_at")).toDouble()));
    const auto screening = m_catalog.screening(r.order.screeningId);
    const RoomLayout layout = m_catalog.roomLayout(screening ? screening->roomId : 0);
    for (const QJsonValue &v : p.value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        IssuedTicket ticket;
        ticket.seatId = t.value(QStringLiteral("seat_id")).toInt();
        ticket.ticketTypeId = t.value(QStringLiteral("ticket_type_id")).toInt();
        ticket.priceCents = qint64(t.value(QStringLiteral("price_cents")).toDouble());
        ticket.serial = quint32(t.value(QStringLiteral("serial")).toDouble());
        ticket.code = t.value(QStringLiteral("code")).toString();
        if (const Seat *seat = layout.seat(ticket.seatId)) {
            ticket.seatRow = seat->row;
            ticket.seatNumber = seat->number;
        }
        r.order.lines.append({ticket.seatId, ticket.ticketTypeId, ticket.priceCents});
        r.tickets << ticket;
    }
    return r;
}

SaleResult<SaleReceipt> OfflineSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    if (auto done = receiptForPayment(completion.paymentKey))
        return *done; // a retry of a sale already written
    Order order;
    Hold hold;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_orders.constFind(completion.orderId);
        if (it == m_orders.cend() || it->status != Order::Status::Pending)
            return orderNotPending();
        order = *it;
        hold = m_holds.value(order.holdToken);
    }
    const bool cash = completion.method == PaymentMethod::Cash;
    if (cash && completion.tenderedCents < order.totalCents)
        return SaleError(
            SaleError::InsufficientCash,
            QCoreApplication::translate("SaleError", "The amount tendered, %1, is less than "
                                                     "the total, %2. Take the rest or choose "
                                                     "another way to pay.")
                .arg(Money::format(completion.tenderedCents), Money::format(order.totalCents)));
    // Still leased and not sold: a lease ends before the screening, even offline.
    const QSet<int> available = leasedSeats(order.screeningId, order.holdToken);
    QList<int> lost;
    for (const OrderLine &line : std::as_const(order.lines)) {
        if (!available.contains(line.seatId) || !hold.seats.contains(line.seatId))
            lost << line.seatId;
    }
    if (!lost.isEmpty()) {
        // The card paid for seats this terminal can no longer sell: the money is owed back.
        if (!cash)
            markAttempt(m_local.connection(), completion.paymentKey, QStringLiteral("pending"),
                        QStringLiteral("refund_due"), completion.providerReference);
        return notLeased(lost);
    }

    const QList<TicketType> types = m_catalog.ticketTypes();
    const auto screening = m_catalog.screening(order.screeningId);
    const RoomLayout layout = m_catalog.roomLayout(screening ? screening->roomId : 0);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    QSqlDatabase db = m_local.connection();
    WriteTransaction tx(db, m_local);
    if (!tx.isOpen())
        return SaleError::storage(tx.error());
    // Serials from this terminal's own counter, in the same transaction as the sale: a crash
    // keeps both or neither.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT next_ticket_serial FROM local_identity WHERE id = 1")) ||
        !q.next())
        return SaleError::storage(q.lastError().text());
    quint32 serial = q.value(0).toUInt();
    q.finish();
    q.prepare(QStringLiteral("UPDATE local_identity SET next_ticket_serial = ? WHERE id = 1"));
    q.addBindValue(qint64(serial) + order.lines.size());
    if (!q.exec())
        return SaleError::storage(q.lastError().text());

    SaleReceipt receipt;
    receipt.order = order;
    receipt.order.status = Order::Status::Paid;
    receipt.method = completion.method;
    receipt.tenderedCents = cash ? completion.tenderedCents : order.totalCents;
    receipt.changeCents = cash ? completion.tenderedCents - order.totalCents : 0;
    receipt.providerReference = completion.providerReference;
    receipt.paidAt = QDateTime::fromMSecsSinceEpoch(nowMs);
    receipt.tickets = TicketIssue::sign(order, m_terminal, serial, receipt.paidAt, layout);
    const QJsonObject payload =
        salePayload(receipt, completion.paymentKey, types, completion.userId);
    if (!Outbox::enqueue(db, QStringLiteral("sale"), saleKey(order.idempotencyKey), payload, nowMs))
        return SaleError::storage(db.lastError().text());
    // The card's attempt ends with the sale it paid for, in the same transaction, and only if
    // nobody settled it first: the payment sweep may have given that money back already.
    if (!cash) {
        const auto approved = markAttempt(db, completion.paymentKey, QStringLiteral("pending"),
                                          QStringLiteral("approved"), completion.providerReference);
        if (!approved)
            return SaleError::storage(db.lastError().text());
        if (!*approved)
            return SaleError(SaleError::OrderNotPending,
                             QCoreApplication::translate(
                                 "SaleError", "This card payment was already settled while "
                                              "the sale waited (the money goes back to the "
                                              "customer). Start the sale again."));
    }
    // Sold: the seats are no longer held (the outbox entry marks them sold in the copy).
    q.prepare(QStringLiteral("DELETE FROM holds WHERE hold_token = ?"));
    q.addBindValue(order.holdToken);
    if (!q.exec())
        return SaleError::storage(q.lastError().text());
    if (!tx.commit())
        return SaleError::storage(tx.error());

    QMutexLocker lock(&m_mutex);
    m_orders[order.id].status = Order::Status::Paid;
    m_holds.remove(order.holdToken);
    return receipt;
}

QJsonObject OfflineSalesAuthority::salePayload(const SaleReceipt &receipt,
                                               const QString &paymentKey,
                                               const QList<TicketType> &types, int payerId)
{
    const Order &order = receipt.order;
    const bool cash = receipt.method == PaymentMethod::Cash;
    const int payer = payerId > 0 ? payerId : order.userId;
    QJsonArray tickets;
    for (const IssuedTicket &ticket : receipt.tickets) {
        bool meia = false;
        for (const TicketType &t : types)
            meia = meia || (t.id == ticket.ticketTypeId && t.isMeia);
        tickets.append(QJsonObject{{QStringLiteral("seat_id"), ticket.seatId},
                                   {QStringLiteral("ticket_type_id"), ticket.ticketTypeId},
                                   {QStringLiteral("price_cents"), double(ticket.priceCents)},
                                   {QStringLiteral("serial"), double(ticket.serial)},
                                   {QStringLiteral("code"), ticket.code},
                                   {QStringLiteral("meia"), meia ? 1 : 0}});
    }
    QJsonArray lines;
    for (const OrderLine &line : order.lines)
        lines.append(QJsonObject{{QStringLiteral("seat_id"), line.seatId},
                                 {QStringLiteral("ticket_type_id"), line.ticketTypeId},
                                 {QStringLiteral("price_cents"), double(line.priceCents)}});
    return QJsonObject{
        {QStringLiteral("order"),
         QJsonObject{{QStringLiteral("key"), order.idempotencyKey},
                     {QStringLiteral("offline_id"), order.id},
                     {QStringLiteral("screening_id"), order.screeningId},
                     {QStringLiteral("cpf"), order.cpf.isEmpty() ? QJsonValue() : order.cpf},
                     {QStringLiteral("email"), order.email.isEmpty() ? QJsonValue() : order.email},
                     {QStringLiteral("total_cents"), double(order.totalCents)},
                     {QStringLiteral("created_at"), double(order.createdAt.toMSecsSinceEpoch())},
                     {QStringLiteral("user_id"),
                      order.userId > 0 ? QJsonValue(order.userId) : QJsonValue()},
                     {QStringLiteral("lines"), lines}}},
        {QStringLiteral("payment"),
         QJsonObject{
             {QStringLiteral("key"), paymentKey},
             {QStringLiteral("method"), cash ? QStringLiteral("cash") : QStringLiteral("card")},
             {QStringLiteral("amount_cents"), double(order.totalCents)},
             {QStringLiteral("tendered_cents"), double(receipt.tenderedCents)},
             {QStringLiteral("provider_reference"), receipt.providerReference},
             {QStringLiteral("paid_at"), double(receipt.paidAt.toMSecsSinceEpoch())},
             {QStringLiteral("user_id"), payer > 0 ? QJsonValue(payer) : QJsonValue()}}},
        {QStringLiteral("tickets"), tickets},
    };
}
