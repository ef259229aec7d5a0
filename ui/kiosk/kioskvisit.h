// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

// What the person at the kiosk has chosen and typed so far, kept while the pages are said again
// (another language, large text, a turned screen) and forgotten when the kiosk starts over.
struct KioskVisit
{
    int filmId = 0;
    QDate filmDay; // the day whose times the film's page shows
    int partySize = 0;
    bool listMode = false; // seats from a list instead of the map
    QString cpfTyped;
    QString emailTyped;
    QList<QPair<QString, QString>> conversation; // question, answer
    QString questionTyped;
};
