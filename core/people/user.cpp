// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

QString User::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Door:
        return QStringLiteral("door");
    }
    return {};
}

std::optional<User::Role> User::roleFromName(const QString &name)
{
    for (const Role role : {Role::Admin, Role::Manager, Role::Cashier, Role::Door}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString User::roleTitle(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Manager:
        return tr("Manager");
    case Role::Cashier:
        return tr("Cashier");
    case Role::Door:
        return tr("Door staff");
    }
    return {};
}
