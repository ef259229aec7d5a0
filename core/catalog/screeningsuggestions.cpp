// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeningsuggestions.h"

ScreeningSuggestions::Suggestions
ScreeningSuggestions::forScreening(const CatalogRepository &catalog, const Screening &wanted,
                                   int party, const QDateTime &now, int limit)
{
    Suggestions s;
    const QDate today = now.date();
    // The same film over the coming week; other films only today and tomorrow ("soon").
    for (const Screening &other : catalog.search(QString(), today, today.addDays(7))) {
        if (other.id == wanted.id || other.startsAt() <= now || other.seatsLeft() < party)
            continue;
        if (other.filmId == wanted.filmId) {
            if (s.sameFilm.size() < limit)
                s.sameFilm << other;
        } else if (other.startsAt() < now.addSecs(6 * 3600) && s.otherFilms.size() < limit) {
            s.otherFilms << other;
        }
    }
    return s;
}
