// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class Database;
class QWidget;

// What keeps strangers from leaving the kiosk: no key closes it and no menu opens on it, a
// hidden gesture (five quick taps on a corner) asks for the administrator PIN, and five wrong
// PINs lock it for a minute.
class KioskAdminLock final : public QObject
{
    Q_OBJECT
public:
    explicit KioskAdminLock(const Database &database, QObject *parent = nullptr);
    ~KioskAdminLock() override;
    Q_DISABLE_COPY_MOVE(KioskAdminLock)

    // From now on, for the whole application, keys that close things are swallowed until the
    // kiosk is unlocked, and taps on `corner` count. Its event filter comes before those
    // installed earlier (the idle watcher's), so nothing it swallows counts as a touch.
    void lockDown(QWidget *corner);
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
