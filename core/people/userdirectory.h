// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// The store's users: adding and changing them, logging in by password, and the quick cashier
// switch by PIN. Passwords and PINs are kept only as Argon2id hashes (libsodium's
// crypto_pwhash_str, each with its own salt). Five wrong PINs in a row lock that user's PIN
// for a minute; the password still works. Hashing takes a noticeable fraction of a second on
// purpose: call from a worker thread where a screen must not wait.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)
public:
    static constexpr int kPinTries = 5;
    static constexpr qint64 kPinLockMs = 60 * 1000;

    struct LogIn
    {
        std::optional<User> user; // who logged in; nothing when refused
        QString refusal;          // why not, for the person at the terminal
    };

    // What a log-in is judged on, read before the slow hash check so that the check can run
    // on another thread (see Authenticator).
    struct Credential
    {
        std::optional<User> user; // nothing: no such login (the decoy hash is checked instead)
        QString hash;             // the password's or the PIN's
        bool byPin = false;
        int pinFailures = 0;
        qint64 pinLockedUntil = 0;
    };

    explicit UserDirectory(const Database &store);

    bool isEmpty() const;
    QList<User> users() const;
    std::optional<User> user(const QString &login) const;

    // A new user; the reason it was refused otherwise (a login taken, a password too short).
    std::optional<QString> add(const QString &login, const QString &name, User::Role role,
                               const QString &password, const QString &pin = {});
    // add() in two steps, for screens that hash on a worker thread: the reason the new user
    // would be refused, then the insert with hashes made by hash() (an empty pinHash: no PIN).
    static std::optional<QString> newUserProblem(const QString &login, const QString &name,
                                                 const QString &password, const QString &pin);
    std::optional<QString> addHashed(const QString &login, const QString &name, User::Role role,
                                     const QString &passwordHash, const QString &pinHash);
    // An Argon2id string of its own salt; nothing when out of memory. Slow; any thread.
    static std::optional<QString> hash(const QString &secret);
    std::optional<QString> setPasswordHash(int userId, const QString &hash);
    std::optional<QString> setPinHash(int userId, const QString &hash);
    std::optional<QString> setPassword(int userId, const QString &password);
    // An empty PIN removes it (that user logs in by password only).
    std::optional<QString> setPin(int userId, const QString &pin);
    std::optional<QString> setRole(int userId, User::Role role);
    std::optional<QString> setActive(int userId, bool active);

    LogIn logIn(const QString &login, const QString &password);
    // Counts a wrong PIN, and clears the count on a right one.
    LogIn switchByPin(const QString &login, const QString &pin);
    // One field for both: a secret of digits only is a PIN (a password never is), anything
    // else the password.
    LogIn logInWith(const QString &login, const QString &secret);
    static bool isPin(const QString &secret);

    // logInWith in three steps, for callers that check the hash on a worker thread.
    Credential credential(const QString &login, bool byPin) const;
    // Slow on purpose (Argon2id); safe on any thread.
    static bool matches(const QString &hash, const QString &secret);
    // The verdict on a checked credential; counts a wrong PIN and clears the count on a right
    // one (the store is written here, on the caller's thread).
    LogIn settle(const Credential &credential, bool matched);

    // The rules a new password and PIN meet; the reason when they do not.
    static std::optional<QString> passwordProblem(const QString &password);
    static std::optional<QString> pinProblem(const QString &pin);

    // The clock the lockout is judged by (tests move it).
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

private:
    // UPDATE users SET `assignments` (with `values` for its placeholders) for one user.
    std::optional<QString> update(int userId, const QString &assignments,
                                  const QVariantList &values);

    const Database &m_store;
    std::function<qint64()> m_nowMs;
};
