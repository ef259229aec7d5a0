// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <cmath>

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &IdleWatcher::onIdle);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::onTick);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeouts(int idleMs, int countdownMs)
{
    m_idleMs = idleMs;
    m_countdownMs = countdownMs;
    if (m_armed)
        poke();
}

void IdleWatcher::setArmed(bool armed)
{
    m_armed = armed;
    // A countdown called off by the program, not by a touch, still ends: whoever shows it
    // hides it on resumed().
    const bool wasCounting = m_counting;
    m_counting = false;
    m_tick.stop();
    if (wasCounting)
        Q_EMIT resumed();
    if (armed)
        m_idle.start(m_idleMs);
    else
        m_idle.stop();
}

int IdleWatcher::secondsLeft() const
{
    if (!m_counting)
        return 0;
    return std::max(0, int(std::ceil((m_countdownMs - m_countdownClock.elapsed()) / 1000.0)));
}

void IdleWatcher::poke()
{
    if (!m_armed)
        return;
    if (m_counting) {
        m_counting = false;
        m_tick.stop();
        Q_EMIT resumed();
    }
    m_idle.start(m_idleMs);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // Only the events the window system gives, once: widgets pass a touch on to their
        // parents, which must not count as another.
        if (watched->isWidgetType() || watched->isWindowType())
            poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::onIdle()
{
    if (!m_armed)
        return;
    m_counting = true;
    m_countdownClock.start();
    m_tick.start();
    Q_EMIT askStillThere(secondsLeft());
}

void IdleWatcher::onTick()
{
    const int left = secondsLeft();
    if (m_countdownClock.elapsed() >= m_countdownMs) {
        m_counting = false;
        m_tick.stop();
        Q_EMIT timedOut();
        return;
    }
    Q_EMIT countdown(left);
}
