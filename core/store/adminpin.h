// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class Database;

// The administrator PIN that lets someone leave the kiosk's locked mode. Kept in the store's
// settings only as an Argon2id hash (libsodium's crypto_pwhash_str, with its own salt), never
// as the PIN, so reading the database does not reveal it.
class AdminPin
{
public:
    explicit AdminPin(const Database &database) : m_database(database) {}

    // At least 4 digits. Returns an error message, or nothing.
    std::optional<QString> set(const QString &pin);
    // Why pin cannot be the kiosk's PIN (4 to 12 digits); nothing when it can.
    static std::optional<QString> problem(const QString &pin);
    // The settings key its hash is kept under.
    static QString settingKey();
    bool isSet() const;
    // False when no PIN is set: a kiosk nobody configured cannot be left by guessing.
    bool verify(const QString &pin) const;

private:
    const Database &m_database;
};
