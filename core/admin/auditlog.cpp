// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

std::optional<QString> AuditLog::record(const Database &store, QSqlDatabase &db, const Actor &actor,
                                        const QString &action, const QString &subject,
                                        const QString &before, const QString &after)
{
    QSqlQuery q(db);
    q.prepare(store.isPostgres()
                  ? QStringLiteral("INSERT INTO audit_log (user_id, terminal_id, action, "
                                   "subject, before, after) VALUES (?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("INSERT INTO audit_log (user_id, terminal_id, action, "
                                   "subject, before, after, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(actor.userId > 0 ? QVariant(actor.userId) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(actor.terminalId > 0 ? QVariant(actor.terminalId)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(action);
    q.addBindValue(subject);
    q.addBindValue(before);
    q.addBindValue(after);
    if (!store.isPostgres())
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec())
        return std::nullopt;
    return q.lastError().text();
}
