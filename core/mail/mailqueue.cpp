// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailqueue.h"

#include "core/catalog/catalogrepository.h"

#include "core/catalog/money.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcMailQueue, "marquee.mailqueue")

namespace {
const QString kColumns = QStringLiteral(
    "id, created_at, recipient, language, subject, body, attachment_name, content, attempts, "
    "next_attempt_at, last_error, status, sent_at, pdf");

MailQueue::Status statusFromCode(const QString &code)
{
    if (code == QLatin1String("sent"))
        return MailQueue::Status::Sent;
    if (code == QLatin1String("failed"))
        return MailQueue::Status::Failed;
    return MailQueue::Status::Pending;
}

MailQueue::Entry entryFrom(const QSqlQuery &q)
{
    MailQueue::Entry e;
    e.id = q.value(0).toLongLong();
    e.createdAtMs = q.value(1).toLongLong();
    e.recipient = q.value(2).toString();
    e.language = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.body = q.value(5).toString();
    e.attachmentName = q.value(6).toString();
    e.content = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    e.attempts = q.value(8).toInt();
    e.nextAttemptAtMs = q.value(9).toLongLong();
    e.lastError = q.value(10).toString();
    e.status = statusFromCode(q.value(11).toString());
    e.sentAtMs = q.value(12).toLongLong();
    e.pdf = q.value(13).toByteArray();
    return e;
}

bool execOrLog(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcMailQueue) << q.lastError().text();
    return false;
}
} // namespace

QString MailQueue::languageCode(const QLocale &locale)
{
    return locale.language() == QLocale::Portuguese ? QStringLiteral("pt_BR")
                                                    : QStringLiteral("en");
}

QString MailQueue::statusCode(Status status)
{
    switch (status) {
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

std::optional<QString> MailQueue::enqueueTickets(const TicketDocument::Content &content,
                                                 const QString &recipient, qint64 *id)
{
    if (m_database.isPostgres()) // a programming error: mail belongs to the selling terminal
        return QStringLiteral("the mail queue lives in the terminal's own SQLite file");
    if (recipient.trimmed().isEmpty())
        return tr("There is no e-mail address to send the tickets to.");

    // The interface's language now is the customer's: write the words now, in it.
    const QLocale locale;
    const Screening &s = content.screening;
    const QDateTime starts = s.startsAt();
    const QString time = locale.toString(starts.time(), QStringLiteral("HH:mm"));
    const QString subject =
        tr("Your tickets for %1 — %2")
            .arg(s.filmTitle,
                 locale.toString(starts.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time);
    QStringList seats;
    bool anyMeia = false;
    for (const IssuedTicket &t : content.receipt.tickets) {
        seats << tr("%1 (%2)").arg(t.seatLabel(), content.ticketTypeNames.value(t.ticketTypeId));
        anyMeia = anyMeia || content.ticketTypeIsMeia.value(t.ticketTypeId);
    }
    QStringList lines{
        tr("Hello,"),
        QString(),
        tr("Thank you for your purchase. Your tickets are in the attached PDF, one page each: "
           "show each ticket's QR code at the door, printed or on your phone."),
        QString(),
        tr("Film: %1").arg(s.filmTitle),
        tr("When: %1")
            .arg(locale.toString(starts.date(), QLocale::LongFormat) + QStringLiteral(" · ") +
                 time),
        tr("Room: %1").arg(s.roomName),
        tr("Seats: %1").arg(seats.join(QStringLiteral(", "))),
        tr("Order: %1").arg(content.receipt.order.id),
        tr("Total: %1").arg(Money::format(content.receipt.order.totalCents, locale)),
    };
    if (anyMeia)
        lines << QString()
              << tr("Meia-entrada: bring the document that entitles you to it; it is checked "
                    "at the door.");
    lines << QString() << content.venueName;
    const QString attachmentName = tr("tickets-%1.pdf").arg(content.receipt.order.id);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One statement, so one short transaction of its own: the cashier never waits on more.
    QSqlQuery q(m_database.connection());
    // One mail per order, whoever queues it first (the sale, or the outbox's replay of it).
    q.prepare(QStringLiteral(
        "INSERT INTO mail_queue (order_key, created_at, recipient, language, subject, body, "
        "attachment_name, content, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (order_key) DO NOTHING"));
    q.addBindValue(content.receipt.order.idempotencyKey.isEmpty()
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(content.receipt.order.idempotencyKey));
    q.addBindValue(now);
    q.addBindValue(recipient.trimmed());
    q.addBindValue(languageCode(locale));
    q.addBindValue(subject);
    q.addBindValue(QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')));
    q.addBindValue(attachmentName);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(TicketDocument::contentToJson(content)).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    if (!q.exec())
        return tr("The tickets could not be queued for e-mail: %1").arg(q.lastError().text());
    if (id) {
        if (q.numRowsAffected() == 1) {
            *id = q.lastInsertId().toLongLong();
        } else {
            QSqlQuery queued(m_database.connection());
            queued.prepare(QStringLiteral("SELECT id FROM mail_queue WHERE order_key = ?"));
            queued.addBindValue(content.receipt.order.idempotencyKey);
            *id = execOrLog(queued) && queued.next() ? queued.value(0).toLongLong() : 0;
        }
    }
    return std::nullopt;
}

std::optional<QString> MailQueue::enqueueReceipt(const SaleReceipt &receipt,
                                                 const QString &terminalName)
{
    if (receipt.order.email.isEmpty())
        return std::nullopt;
    const CatalogRepository catalog(m_database);
    const auto screening = catalog.screening(receipt.order.screeningId);
    if (!screening)
        return tr("the screening of order %1 is not in the local copy").arg(receipt.order.id);
    return enqueueTickets(
        TicketDocument::contentOf(receipt, *screening, catalog.ticketTypes(), terminalName),
        receipt.order.email);
}

std::optional<MailQueue::Entry> MailQueue::entry(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM mail_queue WHERE id = ?"));
    q.addBindValue(id);
    if (!execOrLog(q) || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

QList<MailQueue::Entry> MailQueue::due(qint64 nowMs, int limit) const
{
    QList<Entry> entries;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM mail_queue WHERE status = 'pending' AND next_attempt_at <= ? "
                             "ORDER BY next_attempt_at, id LIMIT ?"));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    if (!execOrLog(q))
        return entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

int MailQueue::pendingCount() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM mail_queue WHERE status = 'pending'"));
    return execOrLog(q) && q.next() ? q.value(0).toInt() : -1;
}

std::optional<qint64> MailQueue::nextAttemptAt() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM mail_queue "
                             "WHERE status = 'pending'"));
    if (!execOrLog(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool MailQueue::claim(qint64 id, qint64 nowMs, qint64 untilMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mail_queue SET next_attempt_at = ? WHERE id = ? AND "
                             "status = 'pending' AND next_attempt_at <= ?"));
    q.addBindValue(untilMs);
    q.addBindValue(id);
    q.addBindValue(nowMs);
    return execOrLog(q) && q.numRowsAffected() == 1;
}

bool MailQueue::keepPdf(qint64 id, const QByteArray &pdf)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mail_queue SET pdf = ? WHERE id = ?"));
    q.addBindValue(pdf);
    q.addBindValue(id);
    return execOrLog(q);
}

bool MailQueue::markSent(qint64 id, qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mail_queue SET status = 'sent', sent_at = ?, "
                             "attempts = attempts + 1, last_error = NULL WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execOrLog(q);
}

bool MailQueue::scheduleRetry(qint64 id, const QString &error, qint64 retryAtMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, "
                             "next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(retryAtMs);
    q.addBindValue(id);
    return execOrLog(q);
}

bool MailQueue::markFailed(qint64 id, const QString &reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE mail_queue SET status = 'failed', attempts = attempts + 1, "
                             "last_error = ? WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(id);
    return execOrLog(q);
}
