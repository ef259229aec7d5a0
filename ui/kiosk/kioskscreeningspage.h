// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// The times of the chosen film, one day at a time: a multiplex shows a film dozens of times a
// week. When every time is sold out, it offers other films instead.
class KioskScreeningsPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskScreeningsPage(const KioskPageContext &context, QWidget *parent);
};
