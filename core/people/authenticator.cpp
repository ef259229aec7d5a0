// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator.h"

#include <QtConcurrent>

Authenticator::Authenticator(const Database &store, QObject *parent)
    : QObject(parent), m_directory(store)
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this,
            [this] { Q_EMIT finished(m_directory.settle(m_pending, m_watcher.result())); });
}

Authenticator::~Authenticator()
{
    // The check reads only its own copies of the hash and the secret: waiting is safe.
    m_watcher.waitForFinished();
}

void Authenticator::logIn(const QString &login, const QString &secret)
{
    if (isChecking())
        return;
    m_pending = m_directory.credential(login, UserDirectory::isPin(secret));
    m_watcher.setFuture(QtConcurrent::run(&UserDirectory::matches, m_pending.hash, secret));
}
