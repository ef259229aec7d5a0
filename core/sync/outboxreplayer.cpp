// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxreplayer.h"

#include "core/catalog/catalogrepository.h"
#include "core/documents/ticketdocument.h"
#include "core/mail/mailqueue.h"
#include "core/sales/saleerror.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/sales/ticketissue.h"
#include "core/store/database.h"
#include "core/store/writetransaction.h"
#include "core/sync/journaledsalesauthority.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "marquee.outbox")

namespace {
// Who an offline order or payment names (a user id copied from the server), or NULL: older
// entries and the kiosk name nobody.
QVariant userOf(const QJsonObject &part)
{
    const int id = part.value(QStringLiteral("user_id")).toInt();
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::Int));
}

// A user the server knows, or NULL: a sale made offline is never refused for naming someone the
// server no longer has (a restored backup); it goes in under its terminal alone.
QVariant knownUser(QSqlDatabase &db, const QVariant &userId)
{
    if (userId.isNull())
        return userId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE id = ?"));
    q.addBindValue(userId);
    return q.exec() && q.next() ? userId : QVariant(QMetaType(QMetaType::Int));
}
// A failure of the line, not of the entry: try again later, in the same order.
bool isTransient(const QSqlError &error, const QSqlDatabase &db)
{
    const QString code = error.nativeErrorCode();
    return !db.isOpen() || Database::isConnectionError(error) ||
           code == QLatin1String("57014") || // statement_timeout
           code == QLatin1String("40001") || code == QLatin1String("40P01") ||
           code == QLatin1String("55P03"); // lock_timeout
}

QVariant nullable(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant(QMetaType(QMetaType::LongLong))
                                         : QVariant(qint64(v.toDouble()));
}
} // namespace

OutboxReplayer::OutboxReplayer(const Database &server, const Database &local,
                               const TerminalIdentity &terminal)
    : m_server(server), m_local(local), m_terminal(terminal), m_terminalId(terminal.terminalId())
{}

OutboxReplayer::Outcome OutboxReplayer::applySalesStep(const Outbox::Entry &entry, QString *why)
{
    // The sales authority's own step, with its own idempotency (the payment key): a payment
    // recorded meanwhile returns its receipt; one that cannot be completed is left owed back.
    SqlSalesAuthority sales(m_server, m_local, m_terminal);
    SaleError error;
    if (entry.kind == QLatin1String("release")) {
        QList<int> seats;
        for (const QJsonValue &v : entry.payload.value(QStringLiteral("seats")).toArray())
            seats << v.toInt();
        const auto released =
            sales.release(entry.payload.value(QStringLiteral("hold_token")).toString(), seats);
        if (released)
            return Outcome::Applied;
        error = released.error();
    } else if (entry.kind == QLatin1String("cancel")) {
        const auto cancelled =
            sales.cancelOrder(entry.payload.value(QStringLiteral("order_id")).toInt(),
                              entry.payload.value(QStringLiteral("release_seats")).toBool());
        if (cancelled)
            return Outcome::Applied;
        error = cancelled.error();
    } else if (entry.kind == QLatin1String("refund")) {
        const auto recorded = sales.recordRefund(
            entry.payload.value(QStringLiteral("payment_key")).toString(),
            entry.payload.value(QStringLiteral("provider_reference")).toString());
        if (recorded)
            return Outcome::Applied;
        error = recorded.error();
    } else {
        const auto receipt =
            sales.completePayment(JournaledSalesAuthority::completionFrom(entry.payload));
        if (receipt) {
            queueMail(*receipt);
            return Outcome::Applied;
        }
        error = receipt.error();
    }
    *why = error.message();
    return error.isUnanswered() || error.code() == SaleError::LocalStore ||
                   !m_server.connection().isOpen()
               ? Outcome::Interrupted
               : Outcome::Refused;
}

void OutboxReplayer::queueMail(const SaleReceipt &receipt)
{
    // A sale completed here, after a crash or an outage, may never have reached the screen
    // that queues its e-mail: queue it now (once per order, whoever asks first).
    if (const auto error = MailQueue(m_local).enqueueReceipt(receipt, m_terminal.name()))
        qCWarning(lcOutbox) << "the tickets of order" << receipt.order.id
                            << "could not be queued for e-mail:" << *error;
}

QString OutboxReplayer::newKey(const QString &kind)
{
    return kind + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OutboxReplayer::Report OutboxReplayer::replayPending(int batch)
{
    Report report;
    qint64 afterId = 0;
    for (;;) {
        // Entries deferred stay pending: the next page starts after the last one seen.
        const QList<Outbox::Entry> entries = Outbox::pending(m_local, batch, afterId);
        if (entries.isEmpty())
            break;
        afterId = entries.last().id;
        qsizetype i = 0;
        while (i < entries.size()) {
            // A run of sales (after an outage, hundreds) goes to the server in one transaction;
            // when one of them breaks a rule, the run is sent again one by one to find it.
            qsizetype end = i;
            while (end < entries.size() && entries[end].kind == QLatin1String("sale"))
                ++end;
            if (end - i >= 2) {
                QList<qint64> done;
                int fresh = 0;
                QString why;
                switch (applySaleBatch(entries.mid(i, end - i), &done, &fresh, &why)) {
                case Outcome::Applied:
                    report.applied += fresh;
                    report.alreadyApplied += int(done.size()) - fresh;
                    Outbox::markDone(m_local, done);
                    i = end;
                    continue;
                case Outcome::Interrupted:
                    Outbox::noteAttempt(m_local, entries[i].id, why);
                    report.interrupted = true;
                    report.lastError = why;
                    report.remaining = Outbox::pendingCount(m_local);
                    return report;
                case Outcome::Refused:
                case Outcome::AlreadyApplied:
                case Outcome::Deferred:
                    break; // one at a time, below
                }
            }
            for (const qsizetype last = std::max(end, i + 1); i < last; ++i) {
                if (!applyOne(entries[i], report)) {
                    report.interrupted = true;
                    report.remaining = Outbox::pendingCount(m_local);
                    return report;
                }
            }
        }
        if (entries.size() < batch)
            break;
    }
    report.remaining = Outbox::pendingCount(m_local);
    return report;
}

bool OutboxReplayer::applyOne(const Outbox::Entry &entry, Report &report)
{
    QString why;
    switch (apply(entry, &why)) {
    case Outcome::Applied:
        ++report.applied;
        Outbox::markDone(m_local, {entry.id});
        return true;
    case Outcome::AlreadyApplied:
        ++report.alreadyApplied;
        Outbox::markDone(m_local, {entry.id});
        return true;
    case Outcome::Refused:
        ++report.refused;
        report.refusals << QStringLiteral("%1 %2: %3").arg(entry.kind, entry.idempotencyKey, why);
        qCWarning(lcOutbox) << "server refused" << entry.kind << entry.idempotencyKey << why;
        Outbox::markRefused(m_local, entry.id, why);
        return true;
    case Outcome::Deferred:
        ++report.deferred;
        Outbox::noteAttempt(m_local, entry.id, why);
        return true;
    case Outcome::Interrupted:
        Outbox::noteAttempt(m_local, entry.id, why);
        report.lastError = why;
        return false;
    }
    return false;
}

OutboxReplayer::Outcome OutboxReplayer::failure(const QSqlQuery &q, const QSqlDatabase &db,
                                                QString *why)
{
    *why = q.lastError().text();
    return isTransient(q.lastError(), db) ? Outcome::Interrupted : Outcome::Refused;
}

OutboxReplayer::Outcome OutboxReplayer::apply(const Outbox::Entry &entry, QString *why)
{
    if (entry.kind == QLatin1String("completion") || entry.kind == QLatin1String("refund") ||
        entry.kind == QLatin1String("release") || entry.kind == QLatin1String("cancel"))
        return applySalesStep(entry, why);
    QSqlDatabase db = m_server.connection();
    WriteTransaction tx(db, m_server);
    if (!tx.isOpen()) {
        *why = tx.error();
        return Outcome::Interrupted;
    }
    QSqlQuery key(db);
    m_server.prepare(key, QStringLiteral("INSERT INTO applied_ops (idempotency_key, terminal_id, "
                                         "kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    key.addBindValue(entry.idempotencyKey);
    key.addBindValue(m_terminalId);
    key.addBindValue(entry.kind);
    if (!key.exec()) {
        *why = key.lastError().text();
        return isTransient(key.lastError(), db) ? Outcome::Interrupted : Outcome::Refused;
    }
    if (key.numRowsAffected() == 0) {
        tx.rollback();
        return Outcome::AlreadyApplied;
    }
    Outcome outcome = Outcome::Refused;
    if (entry.kind == QLatin1String("scan"))
        outcome = applyScan(db, entry, why);
    else if (entry.kind == QLatin1String("sale"))
        outcome = applySale(db, entry, why);
    else
        *why = QStringLiteral("unknown operation kind %1").arg(entry.kind);
    if (outcome != Outcome::Applied) {
        tx.rollback();
        // A sale happened: the customer has the tickets and the money was taken. One the
        // server's rules refuse is kept whole for a manager, never dropped.
        if (outcome == Outcome::Refused && entry.kind == QLatin1String("sale"))
            return flag(entry, why);
        return outcome;
    }
    if (!tx.commit()) {
        *why = tx.error();
        // Whether it committed is unknown: the key makes the next attempt safe either way.
        return Outcome::Interrupted;
    }
    return Outcome::Applied;
}

OutboxReplayer::Outcome OutboxReplayer::applyScan(QSqlDatabase &db, const Outbox::Entry &entry,
                                                  QString *why)
{
    const QJsonObject &p = entry.payload;
    const qint64 scannedAt = qint64(p.value(QStringLiteral("scanned_at")).toDouble());
    const QString gate = p.value(QStringLiteral("gate")).toString();
    const bool admitted = p.value(QStringLiteral("admitted")).toBool();

    QVariant ticketId(QMetaType(QMetaType::LongLong));
    QVariant screeningId = nullable(p.value(QStringLiteral("screening_id")));
    if (!p.value(QStringLiteral("ticket_serial")).isNull()) {
        QSqlQuery t(db);
        m_server.prepare(t, QStringLiteral("SELECT id, status, used_at, used_gate, screening_id "
                                           "FROM tickets WHERE terminal_id = ? AND serial = ? "
                                           "FOR UPDATE"));
        t.addBindValue(qint64(p.value(QStringLiteral("ticket_terminal_id")).toDouble()));
        t.addBindValue(qint64(p.value(QStringLiteral("ticket_serial")).toDouble()));
        if (!t.exec())
            return failure(t, db, why);
        if (!t.next()) {
            *why = QStringLiteral("the server has no ticket %1/%2")
                       .arg(p.value(QStringLiteral("ticket_terminal_id")).toInt())
                       .arg(p.value(QStringLiteral("ticket_serial")).toInt());
            // Sold offline by a counter that has not sent its sales yet: wait for them (a
            // day of tries, then a person has to look).
            return admitted && entry.attempts < kDeferAttempts ? Outcome::Deferred
                                                               : Outcome::Refused;
        }
        ticketId = t.value(0);
        const QString status = t.value(1).toString();
        const QVariant firstAt = t.value(2);
        const QVariant firstGate = t.value(3);
        screeningId = t.value(4);
        t.finish();
        if (admitted && status == QLatin1String("valid")) {
            QSqlQuery admit(db);
            m_server.prepare(admit, QStringLiteral("UPDATE tickets SET status = 'used', "
                                                   "used_at = ?, used_gate = ? WHERE id = ?"));
            admit.addBindValue(scannedAt);
            admit.addBindValue(gate);
            admit.addBindValue(ticketId);
            if (!admit.exec())
                return failure(admit, db, why);
        } else if (admitted) {
            // Let in here while the server could not say it was used (or cancelled) elsewhere.
            QSqlQuery conflict(db);
            m_server.prepare(conflict,
                             QStringLiteral("INSERT INTO admission_conflicts (ticket_id, reason, "
                                            "first_gate, first_at, second_gate, second_at, "
                                            "second_terminal_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            conflict.addBindValue(ticketId);
            conflict.addBindValue(status == QLatin1String("used")
                                      ? QStringLiteral("admitted_twice")
                                      : QStringLiteral("admitted_cancelled"));
            conflict.addBindValue(firstGate);
            conflict.addBindValue(firstAt);
            conflict.addBindValue(gate);
            conflict.addBindValue(scannedAt);
            conflict.addBindValue(m_terminalId);
            if (!conflict.exec())
                return failure(conflict, db, why);
            qCWarning(lcOutbox) << "ticket" << ticketId.toLongLong() << "was admitted at"
                                << firstGate.toString() << "and, offline, at" << gate;
        }
    }
    QSqlQuery scan(db);
    m_server.prepare(scan,
                     QStringLiteral("INSERT INTO scans (ticket_id, screening_id, terminal_id, "
                                    "gate, user_name, scanned_at, verdict, reason, user_id) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    scan.addBindValue(ticketId);
    scan.addBindValue(screeningId);
    scan.addBindValue(m_terminalId);
    scan.addBindValue(gate);
    scan.addBindValue(p.value(QStringLiteral("user")).toString());
    scan.addBindValue(scannedAt);
    scan.addBindValue(p.value(QStringLiteral("verdict")).toString());
    scan.addBindValue(p.value(QStringLiteral("reason")).toString());
    scan.addBindValue(knownUser(db, userOf(p)));
    if (!scan.exec())
        return failure(scan, db, why);
    return Outcome::Applied;
}

OutboxReplayer::Outcome OutboxReplayer::flag(const Outbox::Entry &entry, QString *why)
{
    QSqlDatabase db = m_server.connection();
    WriteTransaction tx(db, m_server);
    if (!tx.isOpen())
        return Outcome::Interrupted;
    QSqlQuery q(db);
    m_server.prepare(q, QStringLiteral("INSERT INTO applied_ops (idempotency_key, terminal_id, "
                                       "kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(entry.idempotencyKey);
    q.addBindValue(m_terminalId);
    q.addBindValue(entry.kind);
    if (!q.exec())
        return isTransient(q.lastError(), db) ? Outcome::Interrupted : Outcome::Refused;
    m_server.prepare(q, QStringLiteral("INSERT INTO flagged_uploads (terminal_id, kind, "
                                       "idempotency_key, payload, reason) VALUES "
                                       "(?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(m_terminalId);
    q.addBindValue(entry.kind);
    q.addBindValue(entry.idempotencyKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(why->trimmed());
    if (!q.exec())
        return isTransient(q.lastError(), db) ? Outcome::Interrupted : Outcome::Refused;
    if (!tx.commit())
        return Outcome::Interrupted;
    *why = QStringLiteral("flagged for a manager: %1").arg(why->trimmed());
    return Outcome::Refused;
}

OutboxReplayer::Outcome OutboxReplayer::applySale(QSqlDatabase &db, const Outbox::Entry &entry,
                                                  QString *why)
{
    const QJsonObject order = entry.payload.value(QStringLiteral("order")).toObject();
    const QJsonObject payment = entry.payload.value(QStringLiteral("payment")).toObject();
    const QJsonArray tickets = entry.payload.value(QStringLiteral("tickets")).toArray();
    const qint64 screeningId = qint64(order.value(QStringLiteral("screening_id")).toDouble());
    const qint64 paidAt = qint64(payment.value(QStringLiteral("paid_at")).toDouble());
    const QVariant cpf = order.value(QStringLiteral("cpf")).isString()
                             ? QVariant(order.value(QStringLiteral("cpf")).toString())
                             : QVariant(QMetaType(QMetaType::QString));

    QSqlQuery q(db);
    m_server.prepare(q, QStringLiteral("INSERT INTO orders (idempotency_key, screening_id, "
                                       "terminal_id, hold_token, customer_cpf, customer_email, "
                                       "status, total_cents, created_at, paid_at, user_id) VALUES "
                                       "(?, ?, ?, 'offline', ?, ?, 'paid', ?, ?, ?, ?) "
                                       "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"));
    q.addBindValue(order.value(QStringLiteral("key")).toString());
    q.addBindValue(screeningId);
    q.addBindValue(m_terminalId);
    q.addBindValue(cpf);
    q.addBindValue(order.value(QStringLiteral("email")).isString()
                       ? QVariant(order.value(QStringLiteral("email")).toString())
                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(qint64(order.value(QStringLiteral("total_cents")).toDouble()));
    q.addBindValue(qint64(order.value(QStringLiteral("created_at")).toDouble()));
    q.addBindValue(paidAt);
    q.addBindValue(knownUser(db, userOf(order)));
    if (!q.exec())
        return failure(q, db, why);
    if (!q.next()) {
        *why = QStringLiteral("an order with the key %1 is already on the server")
                   .arg(order.value(QStringLiteral("key")).toString());
        return Outcome::Refused;
    }
    const qint64 orderId = q.value(0).toLongLong();
    q.finish();

    QSqlQuery item(db);
    m_server.prepare(item, QStringLiteral("INSERT INTO order_items (order_id, seat_id, "
                                          "ticket_type_id, price_cents) VALUES (?, ?, ?, ?)"));
    for (const QJsonValue &v : order.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        item.bindValue(0, orderId);
        item.bindValue(1, line.value(QStringLiteral("seat_id")).toInt());
        item.bindValue(2, line.value(QStringLiteral("ticket_type_id")).toInt());
        item.bindValue(3, qint64(line.value(QStringLiteral("price_cents")).toDouble()));
        if (!item.exec())
            return failure(item, db, why);
    }
    const bool cash = payment.value(QStringLiteral("method")).toString() == QLatin1String("cash");
    const qint64 amount = qint64(payment.value(QStringLiteral("amount_cents")).toDouble());
    const qint64 tendered = qint64(payment.value(QStringLiteral("tendered_cents")).toDouble());
    m_server.prepare(q, QStringLiteral("INSERT INTO payments (order_id, method, idempotency_key, "
                                       "amount_cents, tendered_cents, change_cents, status, "
                                       "provider_reference, created_at, updated_at, user_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(cash ? QStringLiteral("cash") : QStringLiteral("card"));
    q.addBindValue(payment.value(QStringLiteral("key")).toString());
    q.addBindValue(amount);
    q.addBindValue(cash ? QVariant(tendered) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(cash ? QVariant(tendered - amount) : QVariant(QMetaType(QMetaType::LongLong)));
    const QString reference = payment.value(QStringLiteral("provider_reference")).toString();
    q.addBindValue(reference.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(reference));
    q.addBindValue(paidAt);
    q.addBindValue(paidAt);
    const QVariant payer = knownUser(db, userOf(payment));
    q.addBindValue(payer);
    if (!q.exec())
        return failure(q, db, why);

    // The seats were this terminal's leases: sold now, so no longer leased.
    QSqlQuery lease(db);
    m_server.prepare(lease, QStringLiteral("DELETE FROM holds WHERE screening_id = ? AND "
                                           "seat_id = ? AND hold_token = ?"));
    QSqlQuery ticket(db);
    m_server.prepare(ticket, TicketIssue::insertStatement());
    const QString leaseToken = TerminalIdentity::leaseToken(m_terminalId);
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        lease.bindValue(0, screeningId);
        lease.bindValue(1, t.value(QStringLiteral("seat_id")).toInt());
        lease.bindValue(2, leaseToken);
        if (!lease.exec())
            return failure(lease, db, why);
        IssuedTicket issued;
        issued.seatId = t.value(QStringLiteral("seat_id")).toInt();
        issued.ticketTypeId = t.value(QStringLiteral("ticket_type_id")).toInt();
        issued.priceCents = qint64(t.value(QStringLiteral("price_cents")).toDouble());
        issued.serial = quint32(t.value(QStringLiteral("serial")).toDouble());
        issued.code = t.value(QStringLiteral("code")).toString();
        TicketIssue::bind(ticket, int(orderId), int(screeningId), cpf.toString(), m_terminalId,
                          paidAt, issued, payer.toInt());
        if (!ticket.exec())
            return failure(ticket, db, why);
    }
    return Outcome::Applied;
}

OutboxReplayer::Outcome OutboxReplayer::applySaleBatch(const QList<Outbox::Entry> &entries,
                                                       QList<qint64> *done, int *fresh,
                                                       QString *why)
{
    QSqlDatabase db = m_server.connection();
    WriteTransaction tx(db, m_server);
    if (!tx.isOpen()) {
        *why = tx.error();
        return Outcome::Interrupted;
    }
    const auto json = [](const QJsonArray &a) {
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    QJsonArray keys;
    for (const Outbox::Entry &e : entries)
        keys.append(e.idempotencyKey);
    QSqlQuery q(db);
    m_server.prepare(q, QStringLiteral("INSERT INTO applied_ops (idempotency_key, terminal_id, "
                                       "kind) SELECT k, ?, 'sale' FROM "
                                       "jsonb_array_elements_text(?::jsonb) k "
                                       "ON CONFLICT DO NOTHING RETURNING idempotency_key"));
    q.addBindValue(m_terminalId);
    q.addBindValue(json(keys));
    if (!q.exec())
        return failure(q, db, why);
    QSet<QString> newKeys;
    while (q.next())
        newKeys.insert(q.value(0).toString());
    q.finish();

    // Sets of rows, one statement each: the server does the per-row work (and its triggers
    // check every ticket as they would one at a time).
    QJsonArray orders, items, payments, tickets;
    for (const Outbox::Entry &e : entries) {
        done->append(e.id);
        if (!newKeys.contains(e.idempotencyKey))
            continue;
        ++*fresh;
        const QJsonObject o = e.payload.value(QStringLiteral("order")).toObject();
        const QJsonObject p = e.payload.value(QStringLiteral("payment")).toObject();
        const QJsonValue key = o.value(QStringLiteral("key"));
        const QJsonValue screening = o.value(QStringLiteral("screening_id"));
        const QJsonValue cpf = o.value(QStringLiteral("cpf"));
        const QJsonValue paidAt = p.value(QStringLiteral("paid_at"));
        orders.append(
            QJsonObject{{QStringLiteral("key"), key},
                        {QStringLiteral("screening_id"), screening},
                        {QStringLiteral("cpf"), cpf},
                        {QStringLiteral("email"), o.value(QStringLiteral("email"))},
                        {QStringLiteral("total_cents"), o.value(QStringLiteral("total_cents"))},
                        {QStringLiteral("created_at"), o.value(QStringLiteral("created_at"))},
                        {QStringLiteral("paid_at"), paidAt},
                        {QStringLiteral("user_id"), o.value(QStringLiteral("user_id"))}});
        for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
            QJsonObject line = v.toObject();
            line.insert(QStringLiteral("order_key"), key);
            items.append(line);
        }
        QJsonObject payment = p;
        payment.insert(QStringLiteral("order_key"), key);
        const bool cash = p.value(QStringLiteral("method")).toString() == QLatin1String("cash");
        payment.insert(QStringLiteral("change_cents"),
                       cash ? QJsonValue(p.value(QStringLiteral("tendered_cents")).toDouble() -
                                         p.value(QStringLiteral("amount_cents")).toDouble())
                            : QJsonValue());
        if (!cash)
            payment.insert(QStringLiteral("tendered_cents"), QJsonValue());
        payments.append(payment);
        for (const QJsonValue &v : e.payload.value(QStringLiteral("tickets")).toArray()) {
            QJsonObject t = v.toObject();
            t.insert(QStringLiteral("order_key"), key);
            t.insert(QStringLiteral("screening_id"), screening);
            t.insert(QStringLiteral("cpf"), cpf);
            t.insert(QStringLiteral("paid_at"), paidAt);
            t.insert(QStringLiteral("user_id"), p.value(QStringLiteral("user_id")));
            tickets.append(t);
        }
    }
    if (*fresh == 0)
        return tx.commit() ? Outcome::Applied : Outcome::Interrupted;

    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO orders (idempotency_key, screening_id, terminal_id, hold_token, "
            "customer_cpf, customer_email, status, total_cents, created_at, paid_at, user_id) "
            "SELECT b.key, b.screening_id, %1, 'offline', b.cpf, b.email, 'paid', "
            "b.total_cents, b.created_at, b.paid_at, (SELECT id FROM users WHERE id = b.user_id) "
            "FROM "
            "jsonb_to_recordset(?::jsonb) AS b(key text, screening_id bigint, cpf text, "
            "email text, total_cents bigint, created_at bigint, paid_at bigint, user_id bigint)"),
        QStringLiteral(
            "INSERT INTO order_items (order_id, seat_id, ticket_type_id, price_cents) "
            "SELECT o.id, i.seat_id, i.ticket_type_id, i.price_cents FROM "
            "jsonb_to_recordset(?::jsonb) AS i(order_key text, seat_id bigint, "
            "ticket_type_id bigint, price_cents bigint) JOIN orders o ON o.idempotency_key = "
            "i.order_key"),
        QStringLiteral(
            "INSERT INTO payments (order_id, method, idempotency_key, amount_cents, "
            "tendered_cents, change_cents, status, provider_reference, created_at, updated_at, "
            "user_id) SELECT o.id, p.method, p.key, p.amount_cents, p.tendered_cents, "
            "p.change_cents, 'approved', NULLIF(p.provider_reference, ''), p.paid_at, p.paid_at, "
            "(SELECT id FROM users WHERE id = p.user_id) FROM jsonb_to_recordset(?::jsonb) AS "
            "p(order_key text, method text, "
            "key text, amount_cents bigint, tendered_cents bigint, change_cents bigint, "
            "provider_reference text, paid_at bigint, user_id bigint) JOIN orders o ON "
            "o.idempotency_key = p.order_key"),
        // The seats were this terminal's leases: sold now, so no longer leased.
        QStringLiteral("DELETE FROM holds h USING jsonb_to_recordset(?::jsonb) AS "
                       "t(screening_id bigint, seat_id bigint) WHERE h.screening_id = "
                       "t.screening_id AND h.seat_id = t.seat_id AND h.hold_token = '%2'"),
        QStringLiteral("INSERT INTO tickets (") + TicketIssue::columns() +
            QStringLiteral(
                ") SELECT o.id, "
                "t.screening_id, t.seat_id, t.ticket_type_id, t.price_cents, t.cpf, %1, t.serial, "
                "t.code, 'valid', t.paid_at, (SELECT id FROM users WHERE id = t.user_id) FROM "
                "jsonb_to_recordset(?::jsonb) AS "
                "t(order_key text, screening_id bigint, seat_id bigint, ticket_type_id bigint, "
                "price_cents bigint, cpf text, serial bigint, code text, paid_at bigint, "
                "user_id bigint) JOIN orders o ON o.idempotency_key = t.order_key"),
    };
    const QList<QJsonArray> data = {orders, items, payments, tickets, tickets};
    for (int i = 0; i < statements.size(); ++i) {
        QSqlQuery step(db);
        // Not kept prepared: the terminal id is part of the text, and the batches are few.
        step.prepare(
            QString(statements[i])
                .replace(QStringLiteral("%1"), QString::number(m_terminalId))
                .replace(QStringLiteral("%2"), TerminalIdentity::leaseToken(m_terminalId)));
        step.addBindValue(json(data[i]));
        if (!step.exec())
            return failure(step, db, why);
        if (i == 0 && step.numRowsAffected() != *fresh) {
            *why = QStringLiteral("an order key of this batch is already on the server");
            return Outcome::Refused;
        }
    }
    if (!tx.commit()) {
        *why = tx.error();
        return Outcome::Interrupted;
    }
    return Outcome::Applied;
}
