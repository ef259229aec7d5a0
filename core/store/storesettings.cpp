// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesettings.h"

#include "core/store/database.h"

#include <QSqlQuery>
#include <QVariant>

QString StoreSettings::strandedSeatPolicy() const
{
    return value(QStringLiteral("stranded_seat_policy"), QStringLiteral("warn"));
}

int StoreSettings::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

QString StoreSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database.connection());
    m_database.prepare(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool StoreSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    m_database.prepare(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}
