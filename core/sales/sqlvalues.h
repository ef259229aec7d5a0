// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariant>

// What the sale steps' statements bind and say, the same in SqlSalesAuthority, SqlRefunds and
// SqlReissues.
namespace SqlValues {
// A user's or terminal's id for a nullable column: 0 is nobody (the kiosk, no terminal).
inline QVariant nullableId(int id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::Int));
}

// "19:42" in the interface's language, for refusals that say when something happened.
inline QString timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}
} // namespace SqlValues
