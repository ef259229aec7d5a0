// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskadminlock.h"

#include "core/store/adminpin.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace {
constexpr int kCornerTapsToUnlock = 5;
constexpr int kCornerTapWindowMs = 4000;
constexpr int kPinAttempts = 5;
constexpr int kPinLockoutMs = 60000;
} // namespace

KioskAdminLock::KioskAdminLock(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

KioskAdminLock::~KioskAdminLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskAdminLock::lockDown(QWidget *corner)
{
    m_corner = corner;
    corner->installEventFilter(this);
    QCoreApplication::instance()->installEventFilter(this);
}

void KioskAdminLock::tap()
{
    if (!m_cornerClock.isValid() || m_cornerClock.elapsed() > kCornerTapWindowMs) {
        m_cornerTaps = 0;
        m_cornerClock.start();
    }
    if (++m_cornerTaps >= kCornerTapsToUnlock) {
        m_cornerTaps = 0;
        m_cornerClock.invalidate();
        Q_EMIT pinWanted();
    }
}

std::optional<QString> KioskAdminLock::tryUnlock(const QString &pin, bool saleLocked)
{
    if (m_pinFailures >= kPinAttempts && m_pinLockClock.isValid() &&
        m_pinLockClock.elapsed() < kPinLockoutMs)
        return tr("Too many wrong PINs. Wait a minute and try again.");
    if (m_pinFailures >= kPinAttempts)
        m_pinFailures = 0;
    if (saleLocked)
        return tr("A card payment is not finished yet. Try again in a moment.");
    const AdminPin admin(m_database);
    if (!admin.isSet())
        return tr("No administrator PIN is set, so the kiosk cannot be left here. Set one "
                  "with marquee-kiosk --set-admin-pin.");
    if (!admin.verify(pin)) {
        if (++m_pinFailures >= kPinAttempts)
            m_pinLockClock.start();
        return tr("Wrong PIN.");
    }
    m_pinFailures = 0;
    m_unlocked = true;
    Q_EMIT unlocked();
    return std::nullopt;
}

bool KioskAdminLock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool quitKey = key->key() == Qt::Key_Escape ||
                             (key->key() == Qt::Key_F4 && (key->modifiers() & Qt::AltModifier)) ||
                             ((key->key() == Qt::Key_Q || key->key() == Qt::Key_W) &&
                              (key->modifiers() & Qt::ControlModifier));
        // Swallowed before any widget or shortcut sees them: nothing closes the kiosk. (An
        // accepted ShortcutOverride is what keeps a shortcut from firing.)
        if (quitKey && !m_unlocked) {
            event->accept();
            return true;
        }
    }
    // A long press or a right click opens nothing: no copy-and-paste menus on a totem.
    if (event->type() == QEvent::ContextMenu)
        return true;
    // Quick taps arrive as double clicks too.
    if (watched == m_corner && (event->type() == QEvent::MouseButtonPress ||
                                event->type() == QEvent::MouseButtonDblClick)) {
        tap();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
