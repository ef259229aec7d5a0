// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

WriteTransaction::WriteTransaction(QSqlDatabase &db, const Database &store)
    : m_db(db), m_store(store)
{
    QSqlQuery begin(m_db);
    m_open = begin.exec(store.beginWriteStatement());
    if (!m_open && store.recover(begin.lastError())) {
        // The server restarted or the network dropped since the last call: nothing was
        // written yet, so a new session may try once more.
        db = store.connection();
        m_db = db;
        QSqlQuery again(m_db);
        m_open = again.exec(store.beginWriteStatement());
        if (!m_open)
            m_error = again.lastError();
    } else if (!m_open) {
        m_error = begin.lastError();
    }
    if (!m_open && !m_error.isValid())
        m_error = m_db.lastError();
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        m_store.recover(q.lastError());
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        // Sent, and no answer: the server may have committed before the line went.
        m_commitUnknown = m_store.recover(m_error);
        if (m_commitUnknown)
            m_open = false; // the session is gone, and the transaction with it
        return false;
    }
    m_open = false;
    return true;
}
