// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosktheme.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>
#include <cmath>

QString KioskTheme::styleSheet(int target) const
{
    const int text = m_largeText ? 32 : 22;
    const int title = m_largeText ? 48 : 36;
    const QString background = m_largeText ? QStringLiteral("#000000") : QStringLiteral("#14161f");
    const QString button = m_largeText ? QStringLiteral("#000000") : QStringLiteral("#2a2f45");
    const QString border =
        m_largeText ? QStringLiteral("4px solid #ffff00") : QStringLiteral("2px solid #3c4260");
    const QString accent = m_largeText ? QStringLiteral("#ffff00") : QStringLiteral("#f5b301");
    // Style sheet minimums size the content box: padding and border come on top of them.
    const int borderWidth = m_largeText ? 4 : 2;
    const int buttonHeight = target - 2 * (4 + borderWidth);
    const int buttonWidth = target - 2 * (14 + borderWidth);
    const int fieldHeight = target - 2 * 3;
    return QStringLiteral(
               "KioskWindow { background: %1; }"
               "QLabel { color: #ffffff; font-size: %3px; }"
               "QLabel#title { font-size: %4px; font-weight: bold; }"
               "QLabel#brand { font-size: %4px; font-weight: bold; color: %6; }"
               "QPushButton { background: %2; color: #ffffff; border: %5; border-radius: 12px;"
               "  font-size: %3px; padding: 4px 14px; min-height: %8px; min-width: %9px; }"
               "QPushButton:checked { background: %6; color: #000000; }"
               "QPushButton:disabled { color: #8a8a8a; }"
               "QPushButton#continue, QPushButton#pay, QPushButton#done, QPushButton#stillHere,"
               "  QPushButton#allFilms { background: %6; color: #000000; font-weight: bold; }"
               "QLineEdit { font-size: %4px; min-height: %10px; background: #ffffff; color: "
               "#000000;"
               "  border: 3px solid %6; border-radius: 8px; padding: 0 12px; }"
               "QListWidget { font-size: %3px; background: %1; color: #ffffff; border: %5; }"
               "QListWidget::item { min-height: %7px; border-bottom: 1px solid #3c4260; }"
               "QListWidget::item:selected { background: %6; color: #000000; }"
               "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
               "QWidget#stillThere { background: rgba(0, 0, 0, 225); }"
               "QWidget#adminCorner { min-width: %7px; min-height: %7px; }")
        .arg(background, button)
        .arg(text)
        .arg(title)
        .arg(border, accent)
        .arg(target)
        .arg(buttonHeight)
        .arg(buttonWidth)
        .arg(fieldHeight);
}

QString KioskTheme::messageStyle(bool error)
{
    return error ? QStringLiteral("background: #b3261e; color: #ffffff;"
                                  "padding: 14px; border-radius: 10px;")
                 : QStringLiteral("background: #1f5e2e; color: #ffffff;"
                                  "padding: 14px; border-radius: 10px;");
}

int KioskTheme::touchTarget(const QWidget *widget)
{
    const QScreen *s = widget->screen();
    const double dpi = s ? s->physicalDotsPerInch() : 96.0;
    return std::max(56, int(std::ceil(dpi / 25.4 * 12.0 / (s ? s->devicePixelRatio() : 1.0))));
}
