// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsreport.h"

#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}
} // namespace

std::pair<std::optional<ProblemsReport>, QString> ProblemsReport::read(const Database &server)
{
    QSqlQuery q(server.connection());
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.ticket_id, c.reason, f.title, s.starts_at, se.row_label || se.number, "
            "c.first_gate, c.first_at, c.second_gate, c.second_at FROM admission_conflicts c "
            "JOIN tickets t ON t.id = c.ticket_id JOIN screenings s ON s.id = t.screening_id "
            "JOIN films f ON f.id = s.film_id JOIN seats se ON se.id = t.seat_id "
            "WHERE c.resolved_at IS NULL ORDER BY c.second_at DESC LIMIT 500")))
        return {std::nullopt, q.lastError().text()};
    ProblemsReport report;
    while (q.next())
        report.doubleAdmissions.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
             q.value(3).toString(), fromMs(q.value(4)), q.value(5).toString(),
             q.value(6).toString(), fromMs(q.value(7)), q.value(8).toString(), fromMs(q.value(9))});
    if (!q.exec(QStringLiteral(
            "SELECT u.id, te.name, u.flagged_at, u.reason, "
            "jsonb_array_length(u.payload -> 'tickets'), "
            "(u.payload -> 'order' ->> 'total_cents')::bigint, u.payload -> 'order' ->> 'cpf' "
            "FROM flagged_uploads u JOIN terminals te ON te.id = u.terminal_id "
            "WHERE u.resolved_at IS NULL AND u.kind = 'sale' ORDER BY u.flagged_at DESC "
            "LIMIT 500")))
        return {std::nullopt, q.lastError().text()};
    while (q.next())
        report.flaggedSales.append(
            {q.value(0).toLongLong(), q.value(1).toString(), fromMs(q.value(2)),
             q.value(3).toString().section(QLatin1Char('\n'), 0, 0), q.value(4).toInt(),
             q.value(5).toLongLong(), q.value(6).toString()});
    q.prepare(QStringLiteral(
        "SELECT te.name, p.created_at, p.amount_cents, p.status FROM payments p "
        "JOIN orders o ON o.id = p.order_id JOIN terminals te ON te.id = o.terminal_id "
        "WHERE p.method = 'card' AND (p.status = 'refund_due' OR (p.status = 'pending' AND "
        "p.created_at < marquee_now_ms() - ?)) ORDER BY p.created_at DESC LIMIT 500"));
    q.addBindValue(kCardPaymentOverdueMs);
    if (!q.exec())
        return {std::nullopt, q.lastError().text()};
    while (q.next())
        report.openCardPayments.append({q.value(0).toString(), fromMs(q.value(1)),
                                        q.value(2).toLongLong(),
                                        q.value(3).toString() == QLatin1String("refund_due")});
    return {report, QString()};
}
