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

bool User::roleMay(Role role, Act act)
{
    switch (act) {
    case Act::Sell:
        return role != Role::Door;
    case Act::RunGate: // small houses have the cashier tear tickets too
        return true;
    case Act::AuthorizeRefund:
    case Act::ChangeCatalogue:
    case Act::ChangeSettings:
    case Act::OpenConsole:
        return role == Role::Admin || role == Role::Manager;
    case Act::ManageUsers:
    case Act::ManageTerminals:
        return role == Role::Admin;
    }
    return false;
}

QString User::refusal(Act act) const
{
    if (!active)
        return tr("%1 can no longer log in: ask a manager.").arg(name);
    switch (act) {
    case Act::Sell:
        return tr("%1 is door staff: selling takes a cashier, a manager or an administrator.")
            .arg(name);
    case Act::RunGate:
        return QString();
    case Act::AuthorizeRefund:
        return tr("%1 is a %2: this takes a manager's or an administrator's PIN.")
            .arg(name, roleTitle(role).toLower());
    case Act::ChangeCatalogue:
    case Act::ChangeSettings:
    case Act::OpenConsole:
        return tr("%1 is a %2: only managers and administrators may do this.")
            .arg(name, roleTitle(role).toLower());
    case Act::ManageUsers:
    case Act::ManageTerminals:
        return tr("%1 is a %2: only administrators manage users and terminals.")
            .arg(name, roleTitle(role).toLower());
    }
    return QString();
}
