// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/auditlog.h"
#include "core/admin/settingdefinition.h"
#include "core/people/user.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

// The business settings for the console: one row a setting (group, name, value, what it
// does). A value is edited in place by whoever may change settings; it is checked against
// its rule, and written together with its audit line, or refused with the reason.
class SettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Setting, Value, About, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    SettingsModel(const Database &store, const User &user, const Actor &actor,
                  QObject *parent = nullptr);

    void reload();
    // What setData does, by key: the reason when refused.
    std::optional<QString> change(const QString &key, const QString &value);
    // The kiosk's admin PIN, as an Argon2id hash (UserDirectory::hash of a PIN AdminPin
    // accepts), audited as changed without either hash.
    std::optional<QString> setKioskPinHash(const QString &hash);
    QString value(const QString &key) const { return m_values.value(key); }
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &reason);
    void changed(const QString &key, const QString &value);

private:
    // Writes key = value with its audit line (before → after as given), in one transaction.
    std::optional<QString> write(const QString &key, const QString &value,
                                 const QString &auditBefore, const QString &auditAfter);

    const Database &m_store;
    User m_user;
    Actor m_actor;
    QList<SettingDefinition> m_definitions;
    QHash<QString, QString> m_values;
};
