// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Inteira, meia-entrada and the venue's own types, priced as a share of the full price.
struct TicketType
{
    int id = 0;
    QString code;
    QString namePt;
    QString nameEn;
    int percent = 100;
    bool isMeia = false;

    // The name in the UI's language.
    QString displayName() const;
};
