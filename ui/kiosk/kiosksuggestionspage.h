// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

// When the chosen time is sold out, or has no seats together for the party: other times of
// the same film and other films starting soon that can take them.
class KioskSuggestionsPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskSuggestionsPage(const KioskPageContext &context, QWidget *parent);

Q_SIGNALS:
    // The same party, in the other screening: its best seats at once.
    void suggestionChosen(int screeningId);
};
