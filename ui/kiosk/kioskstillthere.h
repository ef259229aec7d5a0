// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Covers the screen when nobody has touched it for a while: "Are you still there?", the
// seconds left before the kiosk starts over, and a button to say so.
class KioskStillThere final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskStillThere(QWidget *parent);

    // Asks, over the whole of the parent, with `seconds` left.
    void ask(int seconds);
    void setSecondsLeft(int seconds);

Q_SIGNALS:
    void stillHere();

private:
    QLabel *m_text;
    QPushButton *m_stillHere;
};
