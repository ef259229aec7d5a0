// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class Database;

// A write transaction (the store's own BEGIN), rolled back unless committed. On a server whose
// connection went away since the last call, it reconnects once before giving up: nothing was
// written yet, so trying again is safe.
class WriteTransaction
{
public:
    // db is this thread's connection; it is replaced when the transaction had to reconnect.
    WriteTransaction(QSqlDatabase &db, const Database &store);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isOpen() const { return m_open; }
    void rollback();
    bool commit();
    QString error() const
    {
        return m_error.text().trimmed().isEmpty() ? QStringLiteral("no connection")
                                                  : m_error.text();
    }
    QSqlError sqlError() const { return m_error; }
    // COMMIT was sent and its answer lost: the transaction may or may not have committed.
    bool commitUnknown() const { return m_commitUnknown; }

private:
    QSqlDatabase m_db;
    const Database &m_store;
    bool m_open = false;
    bool m_commitUnknown = false;
    QSqlError m_error;
};
