// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/screening.h"

#include <QImage>
#include <QSize>

// A poster for a film that has no picture of its own: its title large on a colour of its own,
// with the Brazilian age rating in its official colour. The same film always gets the same
// poster, so people recognise it from screen to screen.
class PosterArt
{
public:
    static QImage render(const Screening &film, const QSize &size, qreal devicePixelRatio = 1.0);
    // The ClassInd colour of an age rating (L, 10, 12, 14, 16, 18).
    static QColor ratingColour(const QString &rating);
};
