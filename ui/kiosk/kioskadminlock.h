// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class Database;
class QWidget;

// What keeps strangers from leaving the kiosk: a hidden gesture (five quick taps on a corner)
// asks for the administrator PIN, and five wrong PINs lock it for a minute.
class KioskAdminLock final : public QObject
{
    Q_OBJECT
public:
    explicit KioskAdminLock(const Database &database, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(KioskAdminLock)

    // The widget whose taps count; quick taps arrive as double clicks too.
    void watchCorner(QWidget *corner);
    // One tap on the corner; the fifth within four seconds asks for the PIN.
    void tap();
    // Unlocks when the PIN is right and nothing forbids it; otherwise says why not. While a
    // card payment is unfinished (`saleLocked`) the kiosk stays, whatever the PIN.
    std::optional<QString> tryUnlock(const QString &pin, bool saleLocked);
    bool isUnlocked() const { return m_unlocked; }

Q_SIGNALS:
    void pinWanted();
    // The PIN was right: the program may close.
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Database &m_database;
    QWidget *m_corner = nullptr;
    bool m_unlocked = false;
    int m_cornerTaps = 0;
    QElapsedTimer m_cornerClock;
    int m_pinFailures = 0;
    QElapsedTimer m_pinLockClock;
};
