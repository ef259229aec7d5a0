// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Film
{
    int id = 0;
    QString title;
    QString originalTitle;
    int durationMinutes = 0;
    QString rating; // Brazilian age rating: L, 10, 12, 14, 16, 18
    QString genre;
};
