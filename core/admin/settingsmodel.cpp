// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsmodel.h"

#include "core/store/adminpin.h"
#include "core/store/database.h"
#include "core/store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

SettingsModel::SettingsModel(const Database &store, const User &user, const Actor &actor,
                             QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_user(user), m_actor(actor)
{
    reload();
}

void SettingsModel::reload()
{
    beginResetModel();
    m_definitions = SettingDefinition::all();
    m_values.clear();
    QSqlQuery q(m_store.connection());
    if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
        while (q.next())
            m_values.insert(q.value(0).toString(), q.value(1).toString());
    endResetModel();
}

int SettingsModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_definitions.size(); ++row) {
        if (m_definitions[row].key == key)
            return row;
    }
    return -1;
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int SettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_definitions.size())
        return {};
    const SettingDefinition &d = m_definitions[index.row()];
    const bool set = m_values.contains(d.key);
    const QString value = m_values.value(d.key, d.fallback);
    if (role == KeyRole)
        return d.key;
    if (role == Qt::ToolTipRole)
        return QString(d.about + QStringLiteral("\n(") + d.key + QLatin1Char(')'));
    if (role == Qt::EditRole && index.column() == Value)
        return d.kind == SettingDefinition::Kind::Secret ? QString() : value;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group:
        return d.group;
    case Setting:
        return d.title;
    case Value:
        if (d.kind == SettingDefinition::Kind::Secret)
            return value.isEmpty() ? tr("not set") : tr("set (hidden)");
        if (value.isEmpty())
            return tr("not set");
        return set ? value : tr("%1 (default)").arg(value);
    case About:
        return d.about;
    }
    return {};
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Setting:
        return tr("Setting");
    case Value:
        return tr("Value");
    case About:
        return tr("What it does");
    }
    return {};
}

Qt::ItemFlags SettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Value && m_user.may(User::Act::ChangeSettings))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Value || index.row() >= m_definitions.size())
        return false;
    if (const auto refusal = change(m_definitions[index.row()].key, value.toString())) {
        Q_EMIT refused(*refusal);
        return false;
    }
    return true;
}

std::optional<QString> SettingsModel::change(const QString &key, const QString &value)
{
    if (!m_user.may(User::Act::ChangeSettings))
        return m_user.refusal(User::Act::ChangeSettings);
    const QString v = value.trimmed();
    if (const auto problem = SettingDefinition::problem(
            key, v, [this](const QString &other) { return m_values.value(other); }))
        return problem;
    const QString before = m_values.value(key);
    if (m_values.contains(key) && before == v)
        return std::nullopt;
    const bool secret = SettingDefinition::find(key)->kind == SettingDefinition::Kind::Secret;
    // A secret's value is not copied into the log: only that it changed.
    const QString hidden = QStringLiteral("••••");
    if (auto refusal = write(key, v, secret && !before.isEmpty() ? hidden : before,
                             secret && !v.isEmpty() ? hidden : v))
        return refusal;
    m_values.insert(key, v);
    const int row = rowOf(key);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT changed(key, v);
    return std::nullopt;
}

std::optional<QString> SettingsModel::setKioskPinHash(const QString &hash)
{
    if (!m_user.may(User::Act::ChangeSettings))
        return m_user.refusal(User::Act::ChangeSettings);
    const QString hidden = QStringLiteral("••••");
    return write(AdminPin::settingKey(), hash,
                 m_values.value(AdminPin::settingKey()).isEmpty() ? QString() : hidden, hidden);
}

std::optional<QString> SettingsModel::write(const QString &key, const QString &value,
                                            const QString &auditBefore, const QString &auditAfter)
{
    QSqlDatabase db = m_store.connection();
    WriteTransaction tx(db, m_store);
    if (!tx.isOpen())
        return tr("The setting could not be saved: %1").arg(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        tx.rollback();
        if (Database::isPermissionError(q.lastError()))
            return tr("This connection may not change settings: on a server, that takes a "
                      "manager's database login (README, \"People\").");
        return tr("The setting could not be saved: %1").arg(q.lastError().text());
    }
    if (const auto error = AuditLog::record(m_store, db, m_actor, QStringLiteral("setting"), key,
                                            auditBefore, auditAfter)) {
        tx.rollback();
        return tr("The setting could not be saved: %1").arg(*error);
    }
    if (!tx.commit())
        return tr("The setting could not be saved: %1").arg(tx.error());
    m_values.insert(key, value);
    return std::nullopt;
}
