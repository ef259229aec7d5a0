// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Notices when nobody has touched the kiosk for a while. After idle time without a touch, a
// key or a click anywhere in the program it starts a countdown (askStillThere, then countdown
// each second); a touch during it calls it off (resumed); at its end, timedOut. Watching
// stops while disarmed, e.g. on the attract screen where there is nothing to lose.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeouts(int idleMs, int countdownMs);
    int idleMs() const { return m_idleMs; }
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    bool isCountingDown() const { return m_counting; }
    int secondsLeft() const;
    // Counts as a touch: the program did something on the person's behalf.
    void poke();

Q_SIGNALS:
    void askStillThere(int secondsLeft);
    void countdown(int secondsLeft);
    void resumed();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onIdle();
    void onTick();

    int m_idleMs = 60000;
    int m_countdownMs = 10000;
    bool m_armed = false;
    bool m_counting = false;
    QTimer m_idle;
    QTimer m_tick;
    QElapsedTimer m_countdownClock;
};
