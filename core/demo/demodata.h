// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

class Database;

// A realistic cinema to try Marquee with: four rooms of different shapes, twelve films and a
// week of screenings from `firstDay`, the first days partly sold, and one user of each role
// (README: "Demo users").
class DemoData
{
public:
    // True when the store has no films yet.
    static bool isEmpty(const Database &database);
    // Replaces the catalogue and every sale with the demo cinema. Returns an error message.
    static std::optional<QString> populate(const Database &database, const QDate &firstDay,
                                           quint32 seed = 2026);
};
