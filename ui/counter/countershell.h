// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"
#include "core/sync/cardpaymentsweep.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class BoxOfficeWindow;
class Database;
class LoginScreen;
class QStackedWidget;

// The counter as its staff meet it: a login screen, then one box-office window per cashier.
// Ctrl+L, or no input for the store's counter_lock_minutes, locks the counter; the next
// cashier logs in over it and gets a window of their own, while a sale left in progress
// waits, hidden, for the cashier who started it (its seats stay held as long as any hold).
class CounterShell final : public QWidget
{
    Q_OBJECT
public:
    // Makes the window a cashier sells in, wired to the terminal's link, mail and the rest.
    using WindowFactory = std::function<BoxOfficeWindow *(const User &cashier, QWidget *parent)>;

    CounterShell(const Database &store, const QString &place, WindowFactory makeWindow,
                 QWidget *parent = nullptr);
    ~CounterShell() override;

    // 0: only Ctrl+L locks.
    void setLockAfterMinutes(int minutes);
    // Tests: the idle time in milliseconds.
    void setLockAfterMs(int ms);
    void lock();
    // Straight in, as after a right password (--user, tests).
    void logIn(const User &user);

    bool isLocked() const;
    // The logged-in cashier's window; null while locked.
    BoxOfficeWindow *current() const;
    std::optional<User> cashier() const;
    // Windows kept because their sale is in progress, the current one included.
    int waitingSales() const;
    LoginScreen *loginScreen() const { return m_login; }

    // The card-payment sweep's report, to whoever is at the counter (or the next to log in).
    void showCardPaymentSweep(const CardPaymentSweep::Report &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Seat
    {
        User cashier;
        BoxOfficeWindow *window = nullptr;
    };
    void retranslate();
    void updateNotice();
    void onIdle();

    WindowFactory m_makeWindow;
    QString m_place;
    QStackedWidget *m_pages;
    LoginScreen *m_login;
    QHash<int, Seat> m_seats; // by user id
    int m_currentUser = 0;    // 0: locked
    QTimer m_idle;
    std::optional<CardPaymentSweep::Report> m_unshownSweep;
};
