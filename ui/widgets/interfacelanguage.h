// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

// The language every Marquee screen speaks: loads Marquee's catalogue and Qt's own for a
// locale and makes it the default, replacing the previous ones. The kiosk switches while it
// runs; windows then get a LanguageChange event and say everything again.
class InterfaceLanguage
{
public:
    // pt_BR or en; anything else falls back to the source language (English).
    static void apply(const QLocale &locale);
    static QLocale current();
    static bool isPortuguese() { return current().language() == QLocale::Portuguese; }
};
