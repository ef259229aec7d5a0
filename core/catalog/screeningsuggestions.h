// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"

// When the screening a customer wanted is sold out, or has no room for the whole party: other
// screenings of the same film first (soonest first), then other films starting soon.
class ScreeningSuggestions
{
public:
    struct Suggestions
    {
        QList<Screening> sameFilm;
        QList<Screening> otherFilms;
    };
    static Suggestions forScreening(const CatalogRepository &catalog, const Screening &wanted,
                                    int party, const QDateTime &now, int limit = 5);
};
