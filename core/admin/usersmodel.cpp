// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersmodel.h"

#include "core/people/userdirectory.h"
#include "core/store/database.h"
#include "core/store/writetransaction.h"

UsersModel::UsersModel(const Database &store, const User &user, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_user(user), m_actor(actor)
{
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    m_users = UserDirectory(m_store).users();
    endResetModel();
}

int UsersModel::rowOfLogin(const QString &login) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].login == login)
            return row;
    }
    return -1;
}

std::optional<User> UsersModel::byId(int userId) const
{
    for (const User &u : m_users) {
        if (u.id == userId)
            return u;
    }
    return std::nullopt;
}

bool UsersModel::isLastAdmin(const User &user) const
{
    if (user.role != User::Role::Admin || !user.active)
        return false;
    return std::count_if(m_users.cbegin(), m_users.cend(), [](const User &u) {
               return u.role == User::Role::Admin && u.active;
           }) == 1;
}

std::optional<QString> UsersModel::audited(const QString &action, const QString &subject,
                                           const QString &before, const QString &after,
                                           const std::function<std::optional<QString>()> &change)
{
    if (!m_user.may(User::Act::ManageUsers))
        return m_user.refusal(User::Act::ManageUsers);
    QSqlDatabase db = m_store.connection();
    WriteTransaction tx(db, m_store);
    if (!tx.isOpen())
        return tr("The user could not be saved: %1").arg(tx.error());
    if (auto refusal = change()) {
        tx.rollback();
        return refusal;
    }
    if (const auto error = AuditLog::record(m_store, db, m_actor, action, subject, before, after)) {
        tx.rollback();
        return tr("The user could not be saved: %1").arg(*error);
    }
    if (!tx.commit())
        return tr("The user could not be saved: %1").arg(tx.error());
    reload();
    return std::nullopt;
}

std::optional<QString> UsersModel::add(const QString &login, const QString &name, User::Role role,
                                       const QString &passwordHash, const QString &pinHash)
{
    const QString normalized = login.trimmed().toLower();
    return audited(QStringLiteral("user added"), normalized, QString(), User::roleName(role), [&] {
        return UserDirectory(m_store).addHashed(normalized, name, role, passwordHash, pinHash);
    });
}

std::optional<QString> UsersModel::setActive(int userId, bool active)
{
    const auto u = byId(userId);
    if (!u)
        return tr("There is no such user.");
    if (!active && isLastAdmin(*u))
        return tr("%1 is the only active administrator: make someone else an administrator "
                  "first.")
            .arg(u->name);
    return audited(active ? QStringLiteral("user reactivated") : QStringLiteral("user deactivated"),
                   u->login, u->active ? QStringLiteral("active") : QStringLiteral("inactive"),
                   active ? QStringLiteral("active") : QStringLiteral("inactive"),
                   [&] { return UserDirectory(m_store).setActive(userId, active); });
}

std::optional<QString> UsersModel::setRole(int userId, User::Role role)
{
    const auto u = byId(userId);
    if (!u)
        return tr("There is no such user.");
    if (u->role == role)
        return std::nullopt;
    if (isLastAdmin(*u))
        return tr("%1 is the only active administrator: make someone else an administrator "
                  "first.")
            .arg(u->name);
    return audited(QStringLiteral("role"), u->login, User::roleName(u->role), User::roleName(role),
                   [&] { return UserDirectory(m_store).setRole(userId, role); });
}

std::optional<QString> UsersModel::setPasswordHash(int userId, const QString &hash)
{
    const auto u = byId(userId);
    if (!u)
        return tr("There is no such user.");
    // Neither the old hash nor the new one goes into the log: only that it changed.
    return audited(QStringLiteral("password reset"), u->login, QString(), QString(),
                   [&] { return UserDirectory(m_store).setPasswordHash(userId, hash); });
}

std::optional<QString> UsersModel::setPinHash(int userId, const QString &hash)
{
    const auto u = byId(userId);
    if (!u)
        return tr("There is no such user.");
    return audited(QStringLiteral("PIN reset"), u->login, QString(), QString(),
                   [&] { return UserDirectory(m_store).setPinHash(userId, hash); });
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size() || role != Qt::DisplayRole)
        return {};
    const User &u = m_users[index.row()];
    switch (index.column()) {
    case Name:
        return u.name;
    case Login:
        return u.login;
    case Role:
        return User::roleTitle(u.role);
    case Active:
        return u.active ? tr("active") : tr("deactivated");
    case Pin:
        return u.hasPin ? tr("yes") : tr("no");
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Login:
        return tr("Login");
    case Role:
        return tr("Role");
    case Active:
        return tr("Can log in");
    case Pin:
        return tr("PIN");
    }
    return {};
}
