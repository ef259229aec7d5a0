// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "core/store/database.h"
#include "core/store/writetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

bool Outbox::enqueue(QSqlDatabase &db, const QString &kind, const QString &idempotencyKey,
                     const QJsonObject &payload, qint64 createdAtMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (kind, idempotency_key, payload, created_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(idempotencyKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(createdAtMs);
    return q.exec();
}

int Outbox::pendingCount(const Database &local)
{
    QSqlQuery q(local.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

QList<Outbox::Entry> Outbox::pending(const Database &local, int limit, qint64 afterId)
{
    QList<Entry> entries;
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("SELECT id, kind, idempotency_key, payload, created_at, attempts "
                             "FROM outbox WHERE state = 'pending' AND id > ? ORDER BY id "
                             "LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return entries;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.idempotencyKey = q.value(2).toString();
        e.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        e.createdAtMs = q.value(4).toLongLong();
        e.attempts = q.value(5).toInt();
        entries << e;
    }
    return entries;
}

bool Outbox::markDone(const Database &local, const QList<qint64> &ids)
{
    QSqlDatabase db = local.connection();
    WriteTransaction tx(db, local);
    if (!tx.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'done', sent_at = ?, "
                             "attempts = attempts + 1 WHERE id = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 id : ids) {
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec())
            return false;
    }
    return tx.commit();
}

bool Outbox::markRefused(const Database &local, qint64 id, const QString &reason)
{
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'refused', last_error = ?, sent_at = ?, "
                             "attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec();
}

bool Outbox::noteAttempt(const Database &local, qint64 id, const QString &error)
{
    QSqlQuery q(local.connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(id);
    return q.exec();
}

int Outbox::purgeDone(const Database &local, int days)
{
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE state = 'done' AND sent_at < ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86'400'000);
    return q.exec() ? q.numRowsAffected() : 0;
}
