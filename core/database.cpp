// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "marquee.database")

namespace {
// The migrations, in order; each is applied in one transaction and bumps user_version.
const char *const kMigrations[] = {
    ":/marquee/sql/sqlite/001_initial.sql",
};
constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

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

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(QStringLiteral("marquee-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    // Only this thread's connection can be closed here; others close with their threads.
    const QString name = m_connectionPrefix + QLatin1Char('-') +
                         QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/marquee.sqlite");
}

int Database::latestSchemaVersion()
{
    return kMigrationCount;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QLatin1Char('-') +
                         QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
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
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

std::optional<QString> Database::open()
{
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
