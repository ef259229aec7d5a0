// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salehelpers.h"
#include "serverfixture.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

#include <memory>
#include <vector>

// For behaviour suites that run the same scenarios on the embedded store and on the shared
// server, so the two cannot drift.
//
// One backend with several selling terminals: the embedded store (each terminal an authority
// of its own on the one file, as two windows of one counter would be) or the test server
// (each terminal with its own local copy and identity).
struct Backend
{
    bool server = false;
    std::unique_ptr<TestDatabase> embedded;
    std::unique_ptr<Database> admin; // the server as its owner, for arranging facts
    std::vector<std::unique_ptr<ServerFixture::Terminal>> terminals;
    std::vector<std::unique_ptr<SqlSalesAuthority>> embeddedTerminals;

    // Empty: ready; otherwise why not.
    QString open(bool onServer, int count = 2)
    {
        server = onServer;
        if (!server) {
            embedded = std::make_unique<TestDatabase>();
            for (int i = 0; i < count; ++i)
                embeddedTerminals.push_back(
                    std::make_unique<SqlSalesAuthority>(*embedded->database, embedded->identity));
            return {};
        }
        const QString uri = ServerFixture::createDatabase();
        if (uri.isEmpty())
            return QStringLiteral("skip");
        admin = Database::server(uri);
        if (auto e = admin->open())
            return *e;
        if (auto e = DemoData::populate(*admin, QDate::currentDate()))
            return *e;
        for (int i = 0; i < count; ++i) {
            auto t = std::make_unique<ServerFixture::Terminal>();
            if (!t->open(uri, QStringLiteral("Caixa %1").arg(i + 1)))
                return t->error;
            terminals.push_back(std::move(t));
        }
        return {};
    }
    // Where the sales are recorded.
    const Database &store() const { return server ? *admin : *embedded->database; }
    SalesAuthority &terminal(int i)
    {
        return server ? static_cast<SalesAuthority &>(*terminals[i]->authority)
                      : *embeddedTerminals[i];
    }
    const Database &localOf(int i) const
    {
        return server ? *terminals[i]->local : *embedded->database;
    }
    int terminalId(int i) const
    {
        return server ? terminals[i]->identity->terminalId() : embedded->identity.terminalId();
    }
    int userId(const QString &login) const
    {
        return TestHelpers::scalar(
            store(), QStringLiteral("SELECT id FROM users WHERE login = '%1'").arg(login));
    }
    void exec(const QString &sql) const
    {
        QSqlQuery q(store().connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }
};

// What a race of terminals answered: how many made the thing, how many were refused with the
// expected reason, and how many got anything else (each said as a warning).
struct RaceOutcome
{
    int made = 0;
    int refused = 0;
    int other = 0;
};

// Runs step(terminal, i) for the first `count` terminals at the same moment, each on a thread
// of its own with its own connections, and counts what they answered.
template<typename Step>
RaceOutcome raceTerminals(Backend &backend, int count, SaleError::Code refusal, Step step)
{
    std::atomic<int> made{0}, refused{0}, other{0};
    QList<QFuture<void>> runs;
    for (int i = 0; i < count; ++i) {
        SalesAuthority *terminal = &backend.terminal(i);
        const Database *local = &backend.localOf(i);
        const Database *store = &backend.store();
        runs << QtConcurrent::run([=, &made, &refused, &other] {
            const auto r = step(*terminal, i);
            if (r)
                ++made;
            else if (r.error().code() == refusal)
                ++refused;
            else {
                qWarning() << r.error().message();
                ++other;
            }
            local->resetConnection();
            store->resetConnection();
        });
    }
    for (auto &run : runs)
        run.waitForFinished();
    return {made.load(), refused.load(), other.load()};
}

#define OPEN_BACKEND(backend, ...)                                                                 \
    QFETCH(bool, onServer);                                                                        \
    Backend backend;                                                                               \
    if (const QString problem = backend.open(onServer, ##__VA_ARGS__); problem == "skip")          \
        QSKIP("No PostgreSQL: run ./test.sh, which starts a throwaway server");                    \
    else                                                                                           \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

inline void addBackendRows()
{
    QTest::addColumn<bool>("onServer");
    QTest::newRow("embedded") << false;
    QTest::newRow("server") << true;
}
