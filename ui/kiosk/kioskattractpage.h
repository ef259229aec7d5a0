// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// What the kiosk shows while nobody uses it: the screenings starting soon, as posters to
// touch, and the way to every film.
class KioskAttractPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskAttractPage(const KioskPageContext &context, QWidget *parent);
};
