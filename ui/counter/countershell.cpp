// SPDX-License-Identifier: GPL-3.0-or-later
#include "countershell.h"

#include "core/sales/salesession.h"
#include "ui/counter/boxofficewindow.h"
#include "ui/widgets/loginscreen.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

CounterShell::CounterShell(const Database &store, const QString &place, WindowFactory makeWindow,
                           QWidget *parent)
    : QWidget(parent), m_makeWindow(std::move(makeWindow)), m_place(place),
      m_pages(new QStackedWidget(this)), m_login(new LoginScreen(store, User::Act::Sell, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(m_login);
    m_login->setPlace(place);
    connect(m_login, &LoginScreen::loggedIn, this, &CounterShell::logIn);

    auto *lockAction = new QAction(this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::WindowShortcut);
    connect(lockAction, &QAction::triggered, this, &CounterShell::lock);
    addAction(lockAction);

    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &CounterShell::onIdle);
    qApp->installEventFilter(this);
    retranslate();
    resize(1440, 860);
}

CounterShell::~CounterShell()
{
    qApp->removeEventFilter(this);
}

void CounterShell::setLockAfterMinutes(int minutes)
{
    setLockAfterMs(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void CounterShell::setLockAfterMs(int ms)
{
    m_idle.setInterval(ms);
    if (ms > 0 && !isLocked())
        m_idle.start();
    else
        m_idle.stop();
}

bool CounterShell::isLocked() const
{
    return m_currentUser == 0;
}

BoxOfficeWindow *CounterShell::current() const
{
    return isLocked() ? nullptr : m_seats.value(m_currentUser).window;
}

std::optional<User> CounterShell::cashier() const
{
    if (isLocked())
        return std::nullopt;
    return m_seats.value(m_currentUser).cashier;
}

int CounterShell::waitingSales() const
{
    int waiting = 0;
    for (const Seat &seat : m_seats)
        waiting += seat.window->hasSaleInProgress() ? 1 : 0;
    return waiting;
}

void CounterShell::lock()
{
    if (isLocked())
        return;
    m_currentUser = 0;
    m_idle.stop();
    updateNotice();
    m_pages->setCurrentWidget(m_login);
    m_login->clear();
    retranslate();
}

void CounterShell::logIn(const User &user)
{
    // Windows of other cashiers with nothing in progress are not kept: only sales wait.
    for (auto it = m_seats.begin(); it != m_seats.end();) {
        if (it.key() != user.id && !it->window->hasSaleInProgress()) {
            it->window->deleteLater();
            it = m_seats.erase(it);
        } else {
            ++it;
        }
    }
    auto found = m_seats.find(user.id);
    if (found == m_seats.end()) {
        BoxOfficeWindow *window = m_makeWindow(user, m_pages);
        // A QMainWindow makes itself a window of its own: here it is a page of the shell.
        window->setWindowFlags(Qt::Widget);
        window->setCashier(user);
        m_pages->addWidget(window);
        found = m_seats.insert(user.id, Seat{user, window});
    }
    found->cashier = user;
    m_currentUser = user.id;
    m_pages->setCurrentWidget(found->window);
    found->window->resumeAfterLock();
    if (m_idle.interval() > 0)
        m_idle.start();
    if (m_unshownSweep) {
        found->window->showCardPaymentSweep(*m_unshownSweep);
        m_unshownSweep.reset();
    }
    retranslate();
}

void CounterShell::showCardPaymentSweep(const CardPaymentSweep::Report &report)
{
    if (BoxOfficeWindow *window = current())
        window->showCardPaymentSweep(report);
    else
        m_unshownSweep = report;
}

void CounterShell::updateNotice()
{
    QStringList waiting;
    for (const Seat &seat : std::as_const(m_seats)) {
        if (seat.window->hasSaleInProgress())
            waiting << tr("%1's sale of %n seat(s) waits for them.", "",
                          int(seat.window->sale().selection().size()))
                           .arg(seat.cashier.name);
    }
    m_login->setNotice(waiting.isEmpty()
                           ? QString()
                           : tr("The counter is locked. %1").arg(waiting.join(QLatin1Char(' '))));
}

void CounterShell::onIdle()
{
    BoxOfficeWindow *window = current();
    // Never in the middle of a payment or with a dialog open: try again a while later.
    if (window && (window->sale().isPaying() || QApplication::activeModalWidget())) {
        m_idle.start();
        return;
    }
    lock();
}

bool CounterShell::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked() && m_idle.interval() > 0)
            m_idle.start();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void CounterShell::closeEvent(QCloseEvent *event)
{
    // Each window refuses while its card payment waits for the terminal's answer.
    for (const Seat &seat : std::as_const(m_seats)) {
        if (!seat.window->close()) {
            if (seat.cashier.id != m_currentUser)
                m_login->setNotice(
                    tr("%1's card payment waits for the terminal's answer: log in as them to "
                       "see it through before closing.")
                        .arg(seat.cashier.name));
            event->ignore();
            return;
        }
    }
    event->accept();
}

void CounterShell::retranslate()
{
    const auto who = cashier();
    setWindowTitle(who ? tr("Marquee — box office — %1 — %2").arg(m_place, who->name)
                       : tr("Marquee — box office — %1 — locked").arg(m_place));
    if (isLocked())
        updateNotice();
}

void CounterShell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
