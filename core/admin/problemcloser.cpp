// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemcloser.h"

#include "core/store/database.h"
#include "core/store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<QString> ProblemCloser::close(const Database &server, const User &user,
                                            const Actor &actor, Kind kind, qint64 id,
                                            const QString &note)
{
    if (!user.may(User::Act::OpenConsole))
        return user.refusal(User::Act::OpenConsole);
    const bool admission = kind == Kind::DoubleAdmission;
    QSqlDatabase db = server.connection();
    WriteTransaction tx(db, server);
    if (!tx.isOpen())
        return tr("It could not be closed: %1").arg(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET resolved_at = marquee_now_ms(), resolved_by = ? "
                             "WHERE id = ? AND resolved_at IS NULL")
                  .arg(admission ? QStringLiteral("admission_conflicts")
                                 : QStringLiteral("flagged_uploads")));
    q.addBindValue(user.id > 0 ? QVariant(user.id) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(id);
    if (!q.exec()) {
        tx.rollback();
        if (Database::isPermissionError(q.lastError()))
            return tr("This connection may not close problems: that takes a manager's database "
                      "login (README, \"People\").");
        return tr("It could not be closed: %1").arg(q.lastError().text());
    }
    if (q.numRowsAffected() != 1) {
        tx.rollback();
        return tr("Someone closed it already.");
    }
    if (const auto error =
            AuditLog::record(server, db, actor,
                             admission ? QStringLiteral("double admission closed")
                                       : QStringLiteral("refused sale closed"),
                             QString::number(id), QStringLiteral("open"), note.trimmed())) {
        tx.rollback();
        return tr("It could not be closed: %1").arg(*error);
    }
    if (!tx.commit())
        return tr("It could not be closed: %1").arg(tx.error());
    return std::nullopt;
}
