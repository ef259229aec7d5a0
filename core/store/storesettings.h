// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// The business settings kept in the store (hold minutes, meia share, CPF limit…), shared by
// every terminal on it — unlike QSettings, which holds this machine's preferences.
class StoreSettings
{
public:
    explicit StoreSettings(const Database &database) : m_database(database) {}

    int holdMinutes() const { return intValue(QStringLiteral("hold_minutes"), 15); }
    // No hold lasts longer than this, whatever else is configured.
    int holdMaxMinutes() const { return intValue(QStringLiteral("hold_max_minutes"), 30); }
    int meiaCapPercent() const { return intValue(QStringLiteral("meia_cap_percent"), 40); }
    int maxTicketsPerCpf() const { return intValue(QStringLiteral("max_tickets_per_cpf"), 10); }
    int maxSeatsPerSale() const { return intValue(QStringLiteral("max_seats_per_sale"), 20); }
    // "warn" or "forbid": what a selection that strands a single seat does.
    QString strandedSeatPolicy() const;

    int intValue(const QString &key, int fallback) const;
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);

private:
    const Database &m_database;
};
