// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/auditlog.h"
#include "core/people/user.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The people who work here, for the console: name, login, role, active, PIN. Changes are an
// administrator's, each written with its audit line; the last active administrator cannot be
// deactivated or given another role (somebody must be able to manage users). Secrets come as
// hashes (UserDirectory::hash, made off the screen's thread).
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Login, Role, Active, Pin, ColumnCount };

    UsersModel(const Database &store, const User &user, const Actor &actor,
               QObject *parent = nullptr);

    void reload();
    User userAt(int row) const { return m_users.value(row); }
    int rowOfLogin(const QString &login) const;

    // Each: the reason when refused.
    std::optional<QString> add(const QString &login, const QString &name, User::Role role,
                               const QString &passwordHash, const QString &pinHash);
    std::optional<QString> setActive(int userId, bool active);
    std::optional<QString> setRole(int userId, User::Role role);
    std::optional<QString> setPasswordHash(int userId, const QString &hash);
    std::optional<QString> setPinHash(int userId, const QString &hash);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Runs change inside a transaction with its audit line; reloads after.
    std::optional<QString> audited(const QString &action, const QString &subject,
                                   const QString &before, const QString &after,
                                   const std::function<std::optional<QString>()> &change);
    std::optional<User> byId(int userId) const;
    bool isLastAdmin(const User &user) const;

    const Database &m_store;
    User m_user;
    Actor m_actor;
    QList<User> m_users;
};
