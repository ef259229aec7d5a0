// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

// The terminal's local queue of operations for the server (schema 3's outbox table). An entry
// is written in the same local transaction as the operation's local effect, so a crash keeps
// both or neither; it is sent in order and marked done only after the server committed it.
class Outbox
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString kind;
        QString idempotencyKey;
        QJsonObject payload;
        qint64 createdAtMs = 0;
        int attempts = 0;
    };

    // Inside the caller's open transaction on db.
    static bool enqueue(QSqlDatabase &db, const QString &kind, const QString &idempotencyKey,
                        const QJsonObject &payload, qint64 createdAtMs);

    static int pendingCount(const Database &local);
    // The oldest pending entries, in the order they were made.
    static QList<Entry> pending(const Database &local, int limit = 500, qint64 afterId = 0);
    // In one local transaction: after a batch, thousands at once.
    static bool markDone(const Database &local, const QList<qint64> &ids);
    // The server refused it for good (a reason a person must look at): kept, not retried.
    static bool markRefused(const Database &local, qint64 id, const QString &reason);
    static bool noteAttempt(const Database &local, qint64 id, const QString &error);
    // Forgets entries the server confirmed more than `days` ago (their effect is in the copy by
    // then); refused ones stay for a person to see. Returns how many went.
    static int purgeDone(const Database &local, int days = 2);
};
