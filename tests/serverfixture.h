// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrepository.h"
#include "database.h"
#include "demodata.h"
#include "sqlsalesauthority.h"
#include "terminalidentity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

// A fresh database on the throwaway PostgreSQL that ./test.sh starts (MARQUEE_TEST_PG_URI),
// migrated and filled with the demo cinema; terminals with their own local SQLite copies.
// Tests skip, saying why, when no server was started.
class ServerFixture
{
public:
    static QString adminUri() { return qEnvironmentVariable("MARQUEE_TEST_PG_URI"); }

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

#define REQUIRE_SERVER(uriVariable)                                                                \
    const QString uriVariable = ServerFixture::createDatabase();                                   \
    if (uriVariable.isEmpty())                                                                     \
        QSKIP("No PostgreSQL: run ./test.sh, which starts a throwaway server");
