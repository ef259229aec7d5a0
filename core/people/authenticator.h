// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/userdirectory.h"

#include <QFutureWatcher>
#include <QObject>

class Database;

// Logs a person in without holding up the screen: the store is read and written on the
// caller's thread (quick), the Argon2id check (a large fraction of a second on purpose) runs
// on the thread pool. One attempt at a time; finished() gives the verdict.
class Authenticator final : public QObject
{
    Q_OBJECT
public:
    explicit Authenticator(const Database &store, QObject *parent = nullptr);
    ~Authenticator() override;

    // By password or, when the secret is digits only, by PIN (UserDirectory::logInWith).
    // Ignored while an attempt is being checked.
    void logIn(const QString &login, const QString &secret);
    bool isChecking() const { return m_watcher.isRunning(); }
    UserDirectory &directory() { return m_directory; }

Q_SIGNALS:
    void finished(const UserDirectory::LogIn &result);

private:
    UserDirectory m_directory;
    UserDirectory::Credential m_pending;
    QFutureWatcher<bool> m_watcher;
};
