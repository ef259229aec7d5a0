// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"
#include "core/demo/demodata.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <unistd.h>

// A fresh database on the throwaway PostgreSQL that ./test.sh starts (MARQUEE_TEST_PG_URI),
// migrated and filled with the demo cinema; terminals with their own local SQLite copies.
// Tests skip, saying why, when no server was started.
class ServerFixture
{
public:
    static QString adminUri() { return qEnvironmentVariable("MARQUEE_TEST_PG_URI"); }
    static bool pgCtl(const QStringList &arguments);

    // Makes a new database for one test; empty string when there is no server.
    static QString createDatabase()
    {
        const QString admin = adminUri();
        if (admin.isEmpty())
            return {};
        const QString name =
            QStringLiteral("mq_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        auto db = Database::server(admin);
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            qWarning() << q.lastError().text();
            return {};
        }
        QString uri = admin;
        uri.replace(QStringLiteral("/marquee_test?"), QStringLiteral("/%1?").arg(name));
        return uri;
    }

    // Stops the test server as a power cut or a crash would (pg_ctl stop -m immediate), and
    // starts it again: for fault tests, which run alone (RUN_SERIAL) since every suite shares
    // the one server.
    static bool stopServer()
    {
        // The test server commits without waiting for its log (for speed), so a crash would
        // lose the last moments' commits, which a real server (synchronous_commit on) keeps: a
        // checkpoint first makes the two alike.
        {
            auto db = Database::server(adminUri());
            QSqlQuery(db->connection()).exec(QStringLiteral("CHECKPOINT"));
        }
        return pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")});
    }
    static bool startServer()
    {
        const QString dir = qEnvironmentVariable("PGHOST");
        return pgCtl({QStringLiteral("start"), QStringLiteral("-l"), dir + QStringLiteral("/log"),
                      QStringLiteral("-o"),
                      QStringLiteral("-p %1 -k %2 -c listen_addresses= -c fsync=off "
                                     "-c synchronous_commit=off -c max_connections=200")
                          .arg(qEnvironmentVariable("PGPORT"), dir)});
    }

    // One terminal: its own local SQLite store and identity, registered on the server.
    struct Terminal
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> local;
        std::unique_ptr<Database> server;
        std::optional<TerminalIdentity> identity;
        std::unique_ptr<SqlSalesAuthority> authority;
        QString error;

        bool open(const QString &uri, const QString &name)
        {
            local = std::make_unique<Database>(dir.filePath(QStringLiteral("local.sqlite")));
            if (auto e = local->open()) {
                error = *e;
                return false;
            }
            identity = TerminalIdentity::loadOrCreate(*local, name);
            server = Database::server(uri);
            if (auto e = server->open()) {
                error = *e;
                return false;
            }
            if (auto e = identity->registerOn(*server, *local)) {
                error = *e;
                return false;
            }
            authority = std::make_unique<SqlSalesAuthority>(*server, *local, *identity);
            return true;
        }
    };
};

inline bool ServerFixture::pgCtl(const QStringList &arguments)
{
    const QString pgCtlPath = QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl");
    QStringList args =
        QStringList{QStringLiteral("-D"), qEnvironmentVariable("PGHOST") + QStringLiteral("/data"),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30")} +
        arguments;
    QString program = pgCtlPath;
    if (geteuid() == 0) { // initdb made the cluster as postgres: pg_ctl must run as its owner
        args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                           pgCtlPath} +
               args;
        program = QStringLiteral("runuser");
    }
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        qWarning() << "pg_ctl" << arguments << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

#define REQUIRE_SERVER(uriVariable)                                                                \
    const QString uriVariable = ServerFixture::createDatabase();                                   \
    if (uriVariable.isEmpty())                                                                     \
        QSKIP("No PostgreSQL: run ./test.sh, which starts a throwaway server");
