// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The embedded SQLite store: one file, WAL mode, versioned migrations applied at open.
// QtSql connections belong to the thread that made them, so connection() hands out one named
// connection per thread, all on the same file; SQLite itself serialises writers.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens the file (creating it and its folder), switches to WAL, applies migrations.
    // Returns an error message, or nothing on success.
    std::optional<QString> open();

    QString path() const { return m_path; }
    // This thread's connection to the file; opened on first use.
    QSqlDatabase connection() const;
    // The migration version the file is at.
    int schemaVersion() const;
    // The newest migration this build knows.
    static int latestSchemaVersion();

    // Where the database lives when no --database is given.
    static QString defaultPath();

private:
    std::optional<QString> migrate();

    QString m_path;
    QString m_connectionPrefix;
};
