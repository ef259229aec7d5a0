// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

WriteTransaction::WriteTransaction(QSqlDatabase &db, const Database &store) : m_db(db)
{
    m_open = QSqlQuery(m_db).exec(store.beginWriteStatement());
    if (!m_open && store.isPostgres()) {
        // The server restarted or the network dropped since the last call.
        store.resetConnection();
        db = store.connection();
        m_db = db;
        m_open = QSqlQuery(m_db).exec(store.beginWriteStatement());
    }
    if (!m_open)
        m_error = m_db.lastError().text().isEmpty() ? QStringLiteral("no connection")
                                                    : m_db.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

void WriteTransaction::rollback()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}
