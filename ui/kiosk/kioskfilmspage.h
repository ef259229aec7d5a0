// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// Every film showing this week, by title, each with its poster, rating and length.
class KioskFilmsPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskFilmsPage(const KioskPageContext &context, QWidget *parent);
};
