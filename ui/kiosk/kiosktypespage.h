// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// A ticket type for each seat (Inteira, Meia-entrada…), with the running total.
class KioskTypesPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskTypesPage(const KioskPageContext &context, QWidget *parent);
};
