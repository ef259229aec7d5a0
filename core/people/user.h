// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// A person who works the terminals, and what their role lets them do: an admin manages users
// and terminals, a manager the catalogue, prices and settings (and authorises refunds), a
// cashier sells, door staff run the gate.
struct User
{
    Q_DECLARE_TR_FUNCTIONS(User)
public:
    enum class Role { Admin, Manager, Cashier, Door };
    // What a person may do at a terminal. Sell includes reprinting and resending a sale's
    // tickets; RunGate is the door scanner.
    enum class Act {
        Sell,
        RunGate,
        AuthorizeRefund, // a manager's PIN on the spot: past the day, above the limit
        ChangeCatalogue, // rooms, films, screenings, prices
        ChangeSettings,
        ManageUsers,
        ManageTerminals,
        OpenConsole,
    };

    int id = 0;
    QString login; // lower case
    QString name;
    Role role = Role::Cashier;
    bool active = true;
    bool hasPin = false;

    // As the store writes it: "admin", "manager", "cashier", "door".
    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
    // For the screen, translated.
    static QString roleTitle(Role role);

    bool may(Act act) const { return active && roleMay(role, act); }
    static bool roleMay(Role role, Act act);
    // Why this person may not, for the screen: "Ana is door staff: only …".
    QString refusal(Act act) const;
};
