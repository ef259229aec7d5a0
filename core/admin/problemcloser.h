// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/auditlog.h"
#include "core/people/user.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// Closes what a manager looked into on the server's problems report (ProblemsReport): a
// ticket let in twice, an offline sale the server refused. The row stays, marked resolved by
// whom and when, with the manager's note in the audit log; the report no longer lists it.
class ProblemCloser
{
    Q_DECLARE_TR_FUNCTIONS(ProblemCloser)
public:
    enum class Kind { DoubleAdmission, RefusedSale };

    // The reason when refused (the role, a connection that may not, already closed).
    static std::optional<QString> close(const Database &server, const User &user,
                                        const Actor &actor, Kind kind, qint64 id,
                                        const QString &note);
};
