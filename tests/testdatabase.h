// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demodata.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh store in a temporary folder, migrated, with a terminal identity; demo data on
// request. Every test gets its own, so no test sees another's sales.
struct TestDatabase
{
    explicit TestDatabase(bool demo = true, const QDate &firstDay = QDate::currentDate())
    {
        QVERIFY(dir.isValid());
        path = dir.filePath(QStringLiteral("marquee.sqlite"));
        database = std::make_unique<Database>(path);
        const auto error = database->open();
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        auto id = TerminalIdentity::loadOrCreate(*database, QStringLiteral("Caixa de teste"));
        QVERIFY(id.has_value());
        identity = *id;
        if (demo) {
            const auto demoError = DemoData::populate(*database, firstDay);
            QVERIFY2(!demoError, qPrintable(demoError.value_or(QString())));
        }
        authority = std::make_unique<SqlSalesAuthority>(*database, identity);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> database;
    TerminalIdentity identity;
    std::unique_ptr<SqlSalesAuthority> authority;
};
