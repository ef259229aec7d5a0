// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "marquee.database")

namespace {
// The migrations, in order; each is applied in one transaction and bumps user_version.
const char *const kMigrations[] = {
    ":/marquee/sql/sqlite/001_initial.sql",
    ":/marquee/sql/sqlite/002_gate.sql",
    ":/marquee/sql/sqlite/003_outbox.sql",
    ":/marquee/sql/sqlite/004_leases.sql",
    ":/marquee/sql/sqlite/005_offline_sales.sql",
    ":/marquee/sql/sqlite/006_outbox_kept_small.sql",
    ":/marquee/sql/sqlite/007_mail.sql",
    ":/marquee/sql/sqlite/008_offline_card_attempts.sql",
    ":/marquee/sql/sqlite/009_users.sql",
    ":/marquee/sql/sqlite/010_attribution.sql",
    ":/marquee/sql/sqlite/011_refunds.sql",
    ":/marquee/sql/sqlite/012_reissues.sql",
    ":/marquee/sql/sqlite/013_exchanges.sql",
};
constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
const char *const kPostgresMigrations[] = {
    ":/marquee/sql/postgres/001_initial.sql",       ":/marquee/sql/postgres/002_gate.sql",
    ":/marquee/sql/postgres/003_sync.sql",          ":/marquee/sql/postgres/004_leases.sql",
    ":/marquee/sql/postgres/005_offline_sales.sql", ":/marquee/sql/postgres/006_changes.sql",
    ":/marquee/sql/postgres/007_users.sql",         ":/marquee/sql/postgres/008_attribution.sql",
    ":/marquee/sql/postgres/009_refunds.sql",       ":/marquee/sql/postgres/010_reissues.sql",
    ":/marquee/sql/postgres/011_exchanges.sql",
};
constexpr int kPostgresMigrationCount =
    int(sizeof(kPostgresMigrations) / sizeof(kPostgresMigrations[0]));
// Any number both terminals agree on: it names the migration lock.
constexpr qint64 kMigrationLock = 0x4d41525155454531; // "MARQUEE1"

// Splits a migration file into statements. Trigger bodies contain ';', so statements end at
// a line holding only ';' or ending in ';' outside a BEGIN … END block.
QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QStringLiteral("--")) || line.isEmpty())
            continue;
        current += rawLine + QLatin1Char('\n');
        const QString upper = line.toUpper();
        if (upper.startsWith(QStringLiteral("CREATE TRIGGER")))
            inTrigger = true;
        if (inTrigger) {
            if (upper == QStringLiteral("END;")) {
                statements << current;
                current.clear();
                inTrigger = false;
            }
        } else if (line.endsWith(QLatin1Char(';'))) {
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;
    return statements;
}
} // namespace

Database::Database(QString path) : Database(Kind::SQLite, std::move(path)) {}

Database::Database(Kind kind, QString path)
    : m_kind(kind), m_path(std::move(path)),
      m_connectionPrefix(QStringLiteral("marquee-") + QUuid::createUuid().toString(QUuid::Id128))
{}

std::unique_ptr<Database> Database::server(const QString &uri)
{
    const QUrl url(uri);
    std::unique_ptr<Database> db(new Database(Kind::PostgreSQL, QString()));
    const QUrlQuery query(url);
    db->m_host = url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        db->m_host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    db->m_port = url.port(5432);
    if (query.hasQueryItem(QStringLiteral("port")))
        db->m_port = query.queryItemValue(QStringLiteral("port")).toInt();
    db->m_user = url.userName(QUrl::FullyDecoded);
    db->m_password = url.password(QUrl::FullyDecoded);
    db->m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    // Every session of the server's: no statement, lock wait or abandoned transaction may
    // hold others for long (a terminal that lost its network mid-sale keeps its locks only
    // until these run out), and a dead peer is noticed even while data is unacknowledged.
    QStringList options{QStringLiteral("connect_timeout=3"),
                        QStringLiteral("tcp_user_timeout=5000"),
                        QStringLiteral("options='-c statement_timeout=10s -c lock_timeout=5s "
                                       "-c idle_in_transaction_session_timeout=10s'"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=5"),
                        QStringLiteral("keepalives_interval=2"),
                        QStringLiteral("keepalives_count=2")};
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("application_name"))
            options << key + QLatin1Char('=') + value;
        else if (key == QLatin1String("connect_timeout"))
            options[0] = key + QLatin1Char('=') + value;
    }
    db->m_options = options.join(QLatin1Char(';'));
    db->m_path = QStringLiteral("%1:%2/%3").arg(db->m_host).arg(db->m_port).arg(db->m_databaseName);
    return db;
}

QString Database::nowMsExpression() const
{
    return isPostgres()
               ? QStringLiteral("(extract(epoch from clock_timestamp()) * 1000)::bigint")
               : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

QString Database::beginWriteStatement() const
{
    // SQLite: take the write lock now, so a reader never has to upgrade and fail with BUSY.
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

Database::~Database()
{
    m_statements.clear(); // before the connections they belong to go
    // Only this thread's connection can be closed here; others close with their threads.
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::prepare(QSqlQuery &q, const QString &sql) const
{
    if (!isPostgres()) {
        q = QSqlQuery(connection());
        return q.prepare(sql);
    }
    const QString name = connectionName();
    // Qt 6 deprecates copying a QSqlQuery because copies share one result; sharing the one
    // prepared statement is exactly what this cache is for, and each statement is used by one
    // caller at a time on its own thread. (Revisit if Qt removes the copy.)
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QMutexLocker lock(&m_statementsMutex);
    const auto &statements = m_statements[name];
    const auto found = statements.constFind(sql);
    if (found != statements.cend()) {
        q = *found;
        return true;
    }
    lock.unlock();
    QSqlQuery fresh(connection());
    const bool ok = fresh.prepare(sql);
    if (ok) {
        lock.relock();
        m_statements[name].insert(sql, fresh);
    }
    q = fresh;
    QT_WARNING_POP
    return ok;
}

void Database::resetConnection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_statementsMutex);
        m_statements.remove(name);
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::database(name, false).close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/marquee.sqlite");
}

int Database::latestSchemaVersion() const
{
    return isPostgres() ? kPostgresMigrationCount : kMigrationCount;
}

int Database::latestSqliteSchemaVersion()
{
    return kMigrationCount;
}

bool Database::isConnectionError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite's result codes are short numbers, SQLSTATEs five characters; QSQLITE reports a
    // failed step as a "connection" error, which says nothing about a line.
    if (!code.isEmpty() && code.size() < 5)
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
           code == QLatin1String("57P02") || code == QLatin1String("57P03") ||
           code == QLatin1String("26000");
}

bool Database::isLocalDiskError(const QSqlError &error)
{
    // SQLite's primary result codes (the driver may report the extended code; its low byte is
    // the primary one): 8 READONLY, 10 IOERR, 13 FULL, 14 CANTOPEN. Never a SQLSTATE.
    const QString text = error.nativeErrorCode();
    bool ok = false;
    const int code = text.toInt(&ok) & 0xff;
    return ok && text.size() < 5 && (code == 8 || code == 10 || code == 13 || code == 14);
}

QString Database::brokenRule(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    bool sqlite = false;
    const int sqliteCode = code.toInt(&sqlite);
    if (sqlite && code.size() < 5) {
        if ((sqliteCode & 0xff) != 19) // SQLITE_CONSTRAINT and its extended codes
            return {};
        // SQLite names a unique clash by its columns, not by the index: the schema's names.
        static const QHash<QString, QString> uniqueByColumns = {
            {QStringLiteral("tickets.screening_id, tickets.seat_id"),
             QStringLiteral("tickets_one_active_per_seat")},
            {QStringLiteral("tickets.terminal_id, tickets.serial"),
             QStringLiteral("tickets_terminal_id_serial_key")},
            {QStringLiteral("users.login"), QStringLiteral("users_login_key")},
            {QStringLiteral("refund_items.ticket_id"),
             QStringLiteral("refund_items_ticket_id_key")},
            {QStringLiteral("refunds.idempotency_key"),
             QStringLiteral("refunds_idempotency_key_key")},
            {QStringLiteral("ticket_reissues.old_ticket_id"),
             QStringLiteral("ticket_reissues_old_ticket_id_key")},
            {QStringLiteral("ticket_reissues.idempotency_key"),
             QStringLiteral("ticket_reissues_idempotency_key_key")},
            {QStringLiteral("exchanges.new_order_id"),
             QStringLiteral("exchanges_new_order_id_key")},
            {QStringLiteral("exchanges.idempotency_key"),
             QStringLiteral("exchanges_idempotency_key_key")},
        };
        static const QString unique = QStringLiteral("UNIQUE constraint failed: ");
        if (text.startsWith(unique))
            return uniqueByColumns.value(text.mid(unique.size()), text.mid(unique.size()));
        return text.trimmed(); // RAISE(ABORT, 'rule') says the rule and nothing else
    }
    if (!code.startsWith(QLatin1String("23")) && code != QLatin1String("P0001"))
        return {};
    // A constraint's error quotes its name; a trigger's RAISE EXCEPTION 'rule' is the rule.
    static const QRegularExpression quoted(QStringLiteral("constraint \"([^\"]+)\""));
    if (const auto match = quoted.match(text); match.hasMatch())
        return match.captured(1);
    static const QRegularExpression raised(QStringLiteral("^(?:ERROR:\\s*)?([a-z_]+)\\s*$"),
                                           QRegularExpression::MultilineOption);
    const auto match = raised.match(text.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool Database::isPermissionError(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

bool Database::recover(const QSqlError &error) const
{
    if (!isPostgres())
        return false;
    // A statement that failed with no SQLSTATE on a session libpq has given up on is a lost
    // connection too: the server never answered it.
    const QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    const bool lost = isConnectionError(error) ||
                      (error.nativeErrorCode().isEmpty() && error.isValid() && !db.isOpen());
    if (lost)
        resetConnection();
    return lost;
}

bool Database::sessionLost() const
{
    const QString name = connectionName();
    return isPostgres() && QSqlDatabase::contains(name) &&
           !QSqlDatabase::database(name, false).isOpen();
}

QString Database::connectionName() const
{
    return m_connectionPrefix + QLatin1Char('-') +
           QString::number(quintptr(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // The QPSQL driver reports a session libpq lost as closed; its prepared statements
        // died with it, so they are forgotten before the connection is opened again.
        {
            QMutexLocker lock(&m_statementsMutex);
            m_statements.remove(name);
        }
        if (!db.open())
            qCWarning(lcDatabase) << "cannot reconnect to" << m_path << db.lastError().text();
        return db;
    }
    if (isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_databaseName);
        db.setConnectOptions(m_options);
        if (!db.open()) {
            qCWarning(lcDatabase) << "cannot connect to" << m_path << db.lastError().text();
            return db;
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // The busy timeout makes a second writer wait for the first instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // FULL: a sale the cashier saw complete survives a power cut (NORMAL may lose the
    // last commits in WAL mode, and with them printed tickets and used serials).
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return db;
}

std::optional<QString> Database::open()
{
    if (isPostgres()) {
        QSqlDatabase db = connection();
        if (!db.isOpen())
            return QCoreApplication::translate("Database", "Cannot connect to the server %1: %2")
                .arg(m_path, db.lastError().text().trimmed());
        return migratePostgres();
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return QCoreApplication::translate("Database", "Cannot create the folder %1.")
            .arg(info.absolutePath());
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return QCoreApplication::translate("Database", "Cannot open the database %1: %2")
            .arg(m_path, db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        return QCoreApplication::translate("Database", "Cannot switch %1 to WAL mode: %2")
            .arg(m_path, q.lastError().text());
    }
    q.finish();
    return migrate();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (isPostgres()) {
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) &&
            q.next())
            return q.value(0).toInt();
        return 0; // no table yet: an empty database
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

std::optional<QString> Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current > kMigrationCount)
        return QCoreApplication::translate("Database",
                                           "The database %1 was made by a newer Marquee "
                                           "(schema %2; this one knows up to %3). Update "
                                           "Marquee to use it.")
            .arg(m_path)
            .arg(current)
            .arg(kMigrationCount);
    for (int version = current + 1; version <= kMigrationCount; ++version) {
        QFile file(QString::fromLatin1(kMigrations[version - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("missing migration %1").arg(file.fileName());
        const QString sql = QString::fromUtf8(file.readAll());
        QSqlQuery q(db);
        // IMMEDIATE: two processes starting at once must not both migrate.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return q.lastError().text();
        if (schemaVersion() >= version) { // the other process got there first
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        for (const QString &statement : statementsOf(sql)) {
            if (!q.exec(statement)) {
                const QString error =
                    QCoreApplication::translate("Database", "Migration %1 failed: %2")
                        .arg(version)
                        .arg(q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        q.finish();
        if (!q.exec(QStringLiteral("COMMIT")))
            return q.lastError().text();
        qCInfo(lcDatabase) << "applied migration" << version << "to" << m_path;
    }
    return std::nullopt;
}

std::optional<QString> Database::migratePostgres()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // Two terminals starting at once: the advisory lock makes the second wait, then find
    // the work done.
    if (!q.exec(QStringLiteral("BEGIN")))
        return q.lastError().text();
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
    const bool hasTable = q.next() && q.value(0).toBool();
    q.finish();
    int current = 0;
    if (hasTable &&
        q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) &&
        q.next())
        current = q.value(0).toInt();
    q.finish();
    if (current > kPostgresMigrationCount) {
        q.exec(QStringLiteral("ROLLBACK"));
        return QCoreApplication::translate("Database",
                                           "The server %1 has a newer Marquee schema (%2; this "
                                           "terminal knows up to %3). Update Marquee on this "
                                           "terminal to use it.")
            .arg(m_path)
            .arg(current)
            .arg(kPostgresMigrationCount);
    }
    for (int version = current + 1; version <= kPostgresMigrationCount; ++version) {
        QFile file(QString::fromLatin1(kPostgresMigrations[version - 1]));
        if (!file.open(QIODevice::ReadOnly)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return QStringLiteral("missing migration %1").arg(file.fileName());
        }
        // The simple query protocol runs a whole script, dollar-quoted bodies included.
        if (!q.exec(QString::fromUtf8(file.readAll()))) {
            const QSqlError failure = q.lastError();
            const QString error = failure.text();
            q.exec(QStringLiteral("ROLLBACK"));
            if (isPermissionError(failure))
                return QCoreApplication::translate("Database",
                                                   "The server %1 needs schema %2, and this "
                                                   "terminal's role may not change the "
                                                   "schema. Start Marquee once with the "
                                                   "administrator role (see README).")
                    .arg(m_path)
                    .arg(version);
            return QCoreApplication::translate("Database", "Migration %1 failed: %2")
                .arg(version)
                .arg(error);
        }
        q.finish();
        if (!q.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                   "VALUES (%1, now())")
                        .arg(version))) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        qCInfo(lcDatabase) << "applied server migration" << version << "to" << m_path;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return q.lastError().text();
    return std::nullopt;
}
