// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlrefunds.h"

#include "core/catalog/money.h"
#include "core/sales/sqlvalues.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using SqlValues::nullableId;
using SqlValues::timeOf;

namespace {
struct SoldTicket
{
    QString status;
    qint64 priceCents = 0;
    QString seat;
    qint64 usedAt = 0;
    QString usedGate;
    qint64 cancelledAt = 0;
    QString cancelledBy;
};
} // namespace

std::optional<Refund> SqlRefunds::load(const QString &refundKey, QSqlError *error) const
{
    QSqlQuery q(m_db);
    m_store.prepare(q, QStringLiteral("SELECT r.id, r.order_id, r.method, r.amount_cents, "
                                      "r.status, r.payment_reference, r.provider_reference, "
                                      "r.reason, r.user_id, r.authorized_by, r.created_at, "
                                      "o.screening_id FROM refunds r "
                                      "JOIN orders o ON o.id = r.order_id "
                                      "WHERE r.idempotency_key = ?"));
    q.addBindValue(refundKey);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Refund r;
    r.id = q.value(0).toInt();
    r.idempotencyKey = refundKey;
    r.orderId = q.value(1).toInt();
    r.method =
        q.value(2).toString() == QLatin1String("card") ? PaymentMethod::Card : PaymentMethod::Cash;
    r.amountCents = q.value(3).toLongLong();
    r.status =
        q.value(4).toString() == QLatin1String("done") ? Refund::Status::Done : Refund::Status::Due;
    r.paymentReference = q.value(5).toString();
    r.providerReference = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.userId = q.value(8).toInt();
    r.authorizedBy = q.value(9).toInt();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong());
    r.screeningId = q.value(11).toInt();
    m_store.prepare(q, QStringLiteral("SELECT ticket_id, amount_cents FROM refund_items "
                                      "WHERE refund_id = ? ORDER BY ticket_id"));
    q.addBindValue(r.id);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    // The items keep what each ticket cost; of that, what did not go back paid for an
    // exchange's new seats.
    qint64 worth = 0;
    while (q.next()) {
        r.ticketIds.append(q.value(0).toInt());
        worth += q.value(1).toLongLong();
    }
    r.creditCents = worth - r.amountCents;
    return r;
}

bool SqlRefunds::isManager(int userId, QSqlError *error) const
{
    QSqlQuery q(m_db);
    m_store.prepare(q, QStringLiteral("SELECT 1 FROM users WHERE id = ? AND active <> 0 "
                                      "AND role IN ('manager', 'admin')"));
    q.addBindValue(userId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return q.next();
}

SaleResult<Refund> SqlRefunds::refund(const RefundRequest &request, qint64 nowMs, int terminalId,
                                      const Rules &rules)
{
    if (request.idempotencyKey.isEmpty())
        return SaleError::storage(QStringLiteral("refund without key"));
    QSqlError error;
    // A retry of a refund that was recorded answers what it made.
    if (auto made = load(request.idempotencyKey, &error)) {
        if (made->orderId != request.orderId)
            return SaleError::storage(QStringLiteral("refund key of another order"));
        return *made;
    }
    if (error.isValid())
        return SaleError::fromStore(m_store, error);
    if (request.ticketIds.isEmpty())
        return SaleError(SaleError::NoSeats, QCoreApplication::translate(
                                                 "SaleError", "Choose the tickets to give back."));
    if (request.reason.trimmed().isEmpty())
        return SaleError(SaleError::NotRefundable,
                         QCoreApplication::translate(
                             "SaleError",
                             "Say why the tickets are given back: the reason is kept with the "
                             "refund."));

    QSqlQuery q(m_db);
    m_store.prepare(q, QStringLiteral("SELECT o.status, o.paid_at, s.starts_at, s.id FROM orders o "
                                      "JOIN screenings s ON s.id = o.screening_id "
                                      "WHERE o.id = ?"));
    q.addBindValue(request.orderId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    if (!q.next())
        return SaleError(SaleError::NotFound,
                         QCoreApplication::translate("SaleError", "There is no such sale."));
    if (q.value(0).toString() != QLatin1String("paid"))
        return SaleError(
            SaleError::NotRefundable,
            QCoreApplication::translate(
                "SaleError", "This sale was never paid, so there is nothing to give back."));
    const qint64 paidAt = q.value(1).toLongLong();
    const qint64 startsAt = q.value(2).toLongLong();
    const int screeningId = q.value(3).toInt();

    m_store.prepare(q, QStringLiteral("SELECT method, provider_reference FROM payments "
                                      "WHERE order_id = ? AND status = 'approved'"));
    q.addBindValue(request.orderId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    if (!q.next())
        return SaleError(SaleError::NotRefundable,
                         QCoreApplication::translate(
                             "SaleError", "This sale has no payment on record to give back."));
    const PaymentMethod method =
        q.value(0).toString() == QLatin1String("card") ? PaymentMethod::Card : PaymentMethod::Cash;
    const QString paymentReference = q.value(1).toString();

    // The order's tickets, locked on PostgreSQL: a second refund of any of them waits here
    // and then finds them cancelled.
    m_store.prepare(q, QStringLiteral("SELECT t.id, t.status, t.price_cents, s.row_label, "
                                      "s.number, t.used_at, t.used_gate, t.cancelled_at, u.name "
                                      "FROM tickets t JOIN seats s ON s.id = t.seat_id "
                                      "LEFT JOIN users u ON u.id = t.cancelled_by "
                                      "WHERE t.order_id = ?") +
                           (m_store.isPostgres() ? QStringLiteral(" FOR UPDATE OF t") : QString()));
    q.addBindValue(request.orderId);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    QHash<int, SoldTicket> sold;
    while (q.next())
        sold.insert(q.value(0).toInt(), SoldTicket{q.value(1).toString(), q.value(2).toLongLong(),
                                                   q.value(3).toString() + q.value(4).toString(),
                                                   q.value(5).toLongLong(), q.value(6).toString(),
                                                   q.value(7).toLongLong(), q.value(8).toString()});

    qint64 worth = 0;
    QStringList needsManager;
    for (const int id : request.ticketIds) {
        const auto ticket = sold.constFind(id);
        if (ticket == sold.cend())
            return SaleError(
                SaleError::NotRefundable,
                QCoreApplication::translate("SaleError", "Ticket %1 is not one of this sale's.")
                    .arg(id));
        if (ticket->status == QLatin1String("cancelled")) {
            const QString when = timeOf(ticket->cancelledAt);
            return SaleError(SaleError::NotRefundable,
                             ticket->cancelledBy.isEmpty()
                                 ? QCoreApplication::translate(
                                       "SaleError", "Seat %1 was given back already, at %2.")
                                       .arg(ticket->seat, when)
                                 : QCoreApplication::translate(
                                       "SaleError", "Seat %1 was given back already, at %2 by %3.")
                                       .arg(ticket->seat, when, ticket->cancelledBy));
        }
        if (ticket->status == QLatin1String("used"))
            needsManager << QCoreApplication::translate("SaleError", "seat %1 was used at %2 at %3")
                                .arg(ticket->seat, timeOf(ticket->usedAt), ticket->usedGate);
        worth += ticket->priceCents;
    }
    // An exchange keeps part of the value for the new seats; only the rest is money back.
    const qint64 credit = std::clamp<qint64>(request.creditCents, 0, worth);
    const qint64 amount = worth - credit;
    if (nowMs > startsAt + qint64(rules.afterStartMinutes) * 60000)
        needsManager << (rules.afterStartMinutes > 0
                             ? QCoreApplication::translate("SaleError",
                                                           "the screening started at %1, more "
                                                           "than %n minute(s) ago",
                                                           nullptr, rules.afterStartMinutes)
                                   .arg(timeOf(startsAt))
                             : QCoreApplication::translate("SaleError",
                                                           "the screening started at %1")
                                   .arg(timeOf(startsAt)));
    if (rules.limitCents >= 0 && amount > rules.limitCents)
        needsManager << QCoreApplication::translate(
                            "SaleError", "%1 is more than the %2 a cashier gives back alone")
                            .arg(Money::format(amount), Money::format(rules.limitCents));
    const QDate soldOn = QDateTime::fromMSecsSinceEpoch(paidAt).date();
    if (soldOn != QDateTime::fromMSecsSinceEpoch(nowMs).date())
        needsManager << QCoreApplication::translate("SaleError", "it was sold on %1, not today")
                            .arg(QLocale().toString(soldOn, QLocale::ShortFormat));
    if (!needsManager.isEmpty()) {
        if (request.authorizedBy <= 0)
            return SaleError(
                SaleError::NeedsManager,
                QCoreApplication::translate("SaleError", "A manager's PIN is needed: %1.")
                    .arg(needsManager.join(QStringLiteral("; "))));
        const bool manager = isManager(request.authorizedBy, &error);
        if (error.isValid())
            return SaleError::fromStore(m_store, error);
        if (!manager)
            return SaleError(SaleError::NeedsManager,
                             QCoreApplication::translate(
                                 "SaleError", "Only an active manager can allow this: %1.")
                                 .arg(needsManager.join(QStringLiteral("; "))));
    }

    const bool cash = method == PaymentMethod::Cash;
    // Nothing to ask a card provider for when the whole value went to an exchange.
    const bool settledNow = cash || amount == 0;
    m_store.prepare(q, QStringLiteral("INSERT INTO refunds (idempotency_key, order_id, method, "
                                      "amount_cents, status, payment_reference, reason, "
                                      "terminal_id, user_id, authorized_by, created_at, "
                                      "settled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"));
    q.addBindValue(request.idempotencyKey);
    q.addBindValue(request.orderId);
    q.addBindValue(cash ? QStringLiteral("cash") : QStringLiteral("card"));
    q.addBindValue(amount);
    // Cash leaves the drawer now; card money is back only when the provider says so.
    q.addBindValue(settledNow ? QStringLiteral("done") : QStringLiteral("due"));
    q.addBindValue(cash ? QVariant(QMetaType(QMetaType::QString)) : QVariant(paymentReference));
    q.addBindValue(request.reason.trimmed());
    q.addBindValue(nullableId(terminalId));
    q.addBindValue(nullableId(request.userId));
    q.addBindValue(nullableId(request.authorizedBy));
    q.addBindValue(nowMs);
    q.addBindValue(settledNow ? QVariant(nowMs) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec() || !q.next())
        return SaleError::fromStore(m_store, q.lastError());
    Refund made;
    made.id = q.value(0).toInt();
    q.finish();
    for (const int id : request.ticketIds) {
        m_store.prepare(q, QStringLiteral("INSERT INTO refund_items (refund_id, ticket_id, "
                                          "amount_cents) VALUES (?, ?, ?)"));
        q.addBindValue(made.id);
        q.addBindValue(id);
        q.addBindValue(sold.value(id).priceCents);
        if (!q.exec()) {
            if (Database::brokenRule(q.lastError()) == QLatin1String("refund_items_ticket_id_key"))
                return SaleError(
                    SaleError::NotRefundable,
                    QCoreApplication::translate("SaleError", "Seat %1 was given back already.")
                        .arg(sold.value(id).seat));
            return SaleError::fromStore(m_store, q.lastError());
        }
        m_store.prepare(q, QStringLiteral("UPDATE tickets SET status = 'cancelled', "
                                          "cancelled_at = ?, cancelled_by = ? "
                                          "WHERE id = ? AND status <> 'cancelled'"));
        q.addBindValue(nowMs);
        q.addBindValue(nullableId(request.userId));
        q.addBindValue(id);
        if (!q.exec())
            return SaleError::fromStore(m_store, q.lastError());
        if (q.numRowsAffected() != 1)
            return SaleError(
                SaleError::NotRefundable,
                QCoreApplication::translate("SaleError", "Seat %1 was given back already.")
                    .arg(sold.value(id).seat));
    }
    made.idempotencyKey = request.idempotencyKey;
    made.orderId = request.orderId;
    made.screeningId = screeningId;
    made.method = method;
    made.amountCents = amount;
    made.creditCents = credit;
    made.status = settledNow ? Refund::Status::Done : Refund::Status::Due;
    made.paymentReference = cash ? QString() : paymentReference;
    made.ticketIds = request.ticketIds;
    std::sort(made.ticketIds.begin(), made.ticketIds.end());
    made.reason = request.reason.trimmed();
    made.userId = request.userId;
    made.authorizedBy = request.authorizedBy;
    made.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs);
    return made;
}

SaleResult<bool> SqlRefunds::settle(const QString &refundKey, const QString &providerReference,
                                    qint64 nowMs)
{
    QSqlQuery q(m_db);
    m_store.prepare(q, QStringLiteral("UPDATE refunds SET status = 'done', provider_reference = ?, "
                                      "settled_at = ? WHERE idempotency_key = ? "
                                      "AND status = 'due'"));
    q.addBindValue(providerReference);
    q.addBindValue(nowMs);
    q.addBindValue(refundKey);
    if (!q.exec())
        return SaleError::fromStore(m_store, q.lastError());
    return true;
}
