// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// One business setting as the console shows it: its group, its name for people, what it
// does, the kind of value and the rule a new value must meet.
struct SettingDefinition
{
    Q_DECLARE_TR_FUNCTIONS(SettingDefinition)
public:
    enum class Kind { Number, Text, Choice, Url, Secret };

    QString key;
    QString group;
    QString title;
    QString about;
    Kind kind = Kind::Text;
    int minimum = 0;
    int maximum = 0;
    QStringList choices; // Kind::Choice
    QString fallback;    // what an absent setting means

    // Every setting of README's list, in the console's order, in the current language.
    static QList<SettingDefinition> all();
    static std::optional<SettingDefinition> find(const QString &key);

    // Why value cannot be the new value of key, given the other settings as they are now
    // (current reads one); nothing when it can.
    static std::optional<QString> problem(const QString &key, const QString &value,
                                          const std::function<QString(const QString &)> &current);
};
