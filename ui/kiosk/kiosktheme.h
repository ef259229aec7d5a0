// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QWidget;

// How the kiosk looks: dark with a yellow accent, or large text, which is also high contrast
// (black, white and yellow only, with thick edges). Everything is sized from the touch target,
// the smallest side of anything a finger must hit.
class KioskTheme
{
public:
    explicit KioskTheme(bool largeText = false) : m_largeText(largeText) {}

    bool largeText() const { return m_largeText; }
    void setLargeText(bool on) { m_largeText = on; }

    // The style sheet for the whole kiosk window, for a screen whose touch target is `target`.
    QString styleSheet(int target) const;
    // What marks the person's own choices (the seats they hold in the list).
    QColor accent() const { return QColor(m_largeText ? 0xffff00 : 0xf5b301); }
    // The message line: red for an error, green for news that needs no action.
    static QString messageStyle(bool error);
    // 12 mm on the widget's screen, never less than a comfortable 56 logical pixels on screens
    // that under-report.
    static int touchTarget(const QWidget *widget);

private:
    bool m_largeText;
};
