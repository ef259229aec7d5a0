// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

// A Marquee store: the embedded SQLite file (WAL mode), or a PostgreSQL server shared by many
// terminals. Both get versioned migrations at open; this class is where their dialects differ
// (driver, connection, migration locking), so the code above it is the same for both.
// QtSql connections belong to the thread that made them, so connection() hands out one named
// connection per thread.
class Database
{
public:
    enum class Kind { SQLite, PostgreSQL };

    // The SQLite file at path.
    explicit Database(QString path);
    // A PostgreSQL server named by a libpq URI: postgresql://user:pass@host:5432/db?sslmode=prefer
    // (host may also be given as ?host=/socket/dir). Nothing is connected until open().
    static std::unique_ptr<Database> server(const QString &uri);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens the store (creating the SQLite file and its folder), applies migrations when
    // allowed to. Returns an error message, or nothing on success.
    std::optional<QString> open();

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    // The SQLite file, or the server as host:port/database (never the password).
    QString path() const { return m_path; }
    // This thread's connection; opened on first use, and reopened when a server connection
    // was lost (a restart, a cut link). Statements prepared on a lost session are forgotten
    // before it is reopened, so every cached statement is prepared again on the new one.
    QSqlDatabase connection() const;
    // Drops this thread's connection (after the server went away), so the next
    // connection() makes a new one.
    void resetConnection() const;
    // Whether this thread's server session was lost (or dropped by recover()) since it was
    // opened; never opens one.
    bool sessionLost() const;
    // Whether an error means the line to the store failed, not the statement: SQLSTATE class
    // 08 (connection exception), 57P01–57P03 (the server shutting down or not yet accepting
    // connections), a statement prepared on a session that is gone (26000), or the driver's
    // own connection error. The one place where a lost connection is recognised: such a step
    // never committed anything and may be retried with the same keys on a new session.
    static bool isConnectionError(const QSqlError &error);
    // Whether an error means this terminal's own disk refused to record it (SQLite's FULL,
    // IOERR, READONLY, CANTOPEN), so nothing of the step was kept here.
    static bool isLocalDiskError(const QSqlError &error);
    // The store's rule a statement broke, by its name in the PostgreSQL schema: a constraint
    // or unique index ("tickets_one_active_per_seat", "tickets_terminal_id_serial_key") or
    // the rule a trigger raises ("cpf_limit", "meia_cap"). Empty for any other error. Told
    // by the SQLSTATE (integrity class 23, or P0001 for a trigger's RAISE) or SQLite's
    // constraint result code, then by the one name the error carries, so callers compare
    // names and never search a message.
    static QString brokenRule(const QSqlError &error);
    // The role may not do this (SQLSTATE 42501: no privilege, or not the owner).
    static bool isPermissionError(const QSqlError &error);
    // After a failed statement: a connection error drops this thread's session and its
    // statements, so the next call starts on a new one. Returns isConnectionError(error).
    bool recover(const QSqlError &error) const;
    // Points q at this thread's prepared statement for sql. On PostgreSQL the statement is
    // prepared once per connection and kept (Qt's driver otherwise pays PREPARE, EXECUTE and
    // DEALLOCATE round trips and a new plan on every call); on SQLite preparing is cheap and
    // each call gets a fresh one. Callers bind every value before each exec().
    bool prepare(QSqlQuery &q, const QString &sql) const;
    // The migration version the file is at.
    int schemaVersion() const;
    // The newest migration this build knows for this kind of store.
    int latestSchemaVersion() const;
    static int latestSqliteSchemaVersion();
    // An expression for the store's clock in milliseconds since the epoch, for SQL.
    QString nowMsExpression() const;
    // SQL to start a transaction that will write.
    QString beginWriteStatement() const;

    // Where the database lives when no --database is given.
    static QString defaultPath();

private:
    Database(Kind kind, QString path);
    // This thread's connection's name.
    QString connectionName() const;
    std::optional<QString> migrate();
    std::optional<QString> migratePostgres();

    Kind m_kind;
    QString m_path;
    QString m_connectionPrefix;
    // PostgreSQL connection settings.
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_options;
    mutable QMutex m_statementsMutex;
    // Per connection name: SQL text → prepared statement.
    mutable QHash<QString, QHash<QString, QSqlQuery>> m_statements;
};
