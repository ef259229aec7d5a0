// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

// The kiosk's "?" helper, without any cloud: answers a customer's questions about the
// programme — when a film plays, what a ticket or a meia-entrada costs, whether seats are left
// at a time, what starts soon — in Portuguese or English, from the live catalogue. It reads the
// question by its keywords, film titles (accents and case ignored), days ("amanhã", "sexta",
// "tomorrow") and times ("21h", "9 pm"). What it cannot tell, it says so and sends the person
// to the counter. Answers are in the interface's language (tr()).
class CatalogAssistant
{
    Q_DECLARE_TR_FUNCTIONS(CatalogAssistant)

public:
    explicit CatalogAssistant(const CatalogRepository &catalog,
                              std::function<QDateTime()> now = &QDateTime::currentDateTime);

    struct Answer
    {
        bool understood = false;
        QString text;
    };
    Answer answer(const QString &question) const;

    // Lower case, no accents, single spaces: "Ação  em ALTO-mar" → "acao em alto mar".
    static QString folded(const QString &text);

private:
    struct Film
    {
        int id = 0;
        QString title;
    };
    QList<Film> filmsMentioned(const QString &folded) const;
    QDate dayMentioned(const QString &folded, bool *said) const;
    int hourMentioned(const QString &folded) const; // -1 when none

    Answer showtimes(const Film &film, const QDate &day) const;
    Answer prices(const QList<Film> &films, bool meiaAsked) const;
    Answer seatsLeft(const QList<Film> &films, const QDate &day, int hour) const;
    Answer startingSoon() const;
    static Answer dontKnow();

    const CatalogRepository &m_catalog;
    std::function<QDateTime()> m_now;
};
