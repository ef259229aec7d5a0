// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;

// Who changes a setting, a user or a terminal: the person and the terminal they are at.
struct Actor
{
    int userId = 0;
    qint64 terminalId = 0;
};

// The audit log: one line per change a manager or an administrator made (who, at which
// terminal, what, when, before → after). Lines are only ever added; the store refuses the
// rest (a trigger on the embedded store, the grants on a server).
class AuditLog
{
public:
    // Within the caller's transaction on db, so the change and its line go together.
    static std::optional<QString> record(const Database &store, QSqlDatabase &db,
                                         const Actor &actor, const QString &action,
                                         const QString &subject, const QString &before,
                                         const QString &after);
};
