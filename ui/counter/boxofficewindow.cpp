// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxofficewindow.h"

#include "core/aftersale/aftersale.h"
#include "core/catalog/money.h"
#include "core/catalog/screeningsearchmodel.h"
#include "core/payments/paymentprovider.h"
#include "core/sales/salesauthority.h"
#include "core/sales/salesession.h"
#include "core/store/database.h"
#include "core/sync/localreplica.h"
#include "core/sync/serverlink.h"
#include "ui/console/consolewindow.h"
#include "ui/counter/cardpaymentdialog.h"
#include "ui/counter/cashpaymentdialog.h"
#include "ui/counter/orderpanel.h"
#include "ui/counter/refunddialog.h"
#include "ui/counter/saleshistorydialog.h"
#include "ui/counter/searchpanel.h"
#include "ui/counter/ticketsdialog.h"
#include "ui/widgets/seatmapwidget.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

BoxOfficeWindow::BoxOfficeWindow(const Database &database, SalesAuthority &authority,
                                 PaymentProvider &payments, const TerminalIdentity &terminal,
                                 QWidget *parent)
    : QMainWindow(parent), m_database(database), m_authority(authority), m_payments(payments),
      m_terminal(terminal), m_catalog(database),
      m_sale(new SaleSession(database, authority, payments, this)),
      m_search(new SearchPanel(m_catalog, this)), m_map(new SeatMapWidget(this)),
      m_order(new OrderPanel(*m_sale, this)), m_header(new QLabel(this)),
      m_message(new QLabel(this)), m_bestCount(new QSpinBox(this)), m_bestLabel(new QLabel(this)),
      m_bestButton(new QPushButton(this)), m_statusStore(new QLabel(this)),
      m_statusClock(new QLabel(this)), m_refresh(new QTimer(this)),
      m_afterSale(new AfterSale(database, this)), m_statusCashier(new QLabel(this))
{
    m_catalog.setClock([&authority] { return authority.now().toMSecsSinceEpoch(); });
    connect(m_afterSale, &AfterSale::drawerFailed, this, [this](const QString &reason) {
        showMessage(tr("The cash drawer did not open: %1").arg(reason), true);
    });
    connect(m_afterSale, &AfterSale::mailNotQueued, this,
            [this](const QString &, const QString &reason) { showMessage(reason, true); });
    connect(m_afterSale, &AfterSale::mailQueued, this, [this](qint64, const QString &recipient) {
        if (!m_afterSale->hasMailSender())
            statusBar()->showMessage(
                tr("E-mail is not set up: the tickets for %1 wait in the queue.").arg(recipient),
                10000);
    });
    connect(m_afterSale, &AfterSale::mailDelivered, this, [this](qint64, const QString &recipient) {
        statusBar()->showMessage(tr("Tickets e-mailed to %1").arg(recipient), 10000);
    });
    connect(m_afterSale, &AfterSale::mailFailed, this,
            [this](qint64, const QString &recipient, const QString &reason) {
                statusBar()->showMessage(tr("Could not e-mail %1: %2").arg(recipient, reason),
                                         20000);
            });

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setMargin(8);
    m_message->hide();

    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    // Long film titles wrap instead of widening the window past small counter screens.
    m_header->setWordWrap(true);

    m_bestCount->setRange(1, 20);
    m_bestCount->setValue(2);
    m_bestCount->setObjectName(QStringLiteral("bestCount"));
    m_bestLabel->setBuddy(m_bestCount);
    m_bestButton->setObjectName(QStringLiteral("bestAvailable"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    auto *zoomFit = new QToolButton(this);
    zoomFit->setText(QStringLiteral("⤢"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    zoomFit->setAccessibleName(tr("Fit the room"));
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_map->setZoom(m_map->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_map->setZoom(m_map->zoom() / 1.25); });
    connect(zoomFit, &QToolButton::clicked, this, [this] { m_map->setZoom(1.0); });

    auto *mapBar = new QHBoxLayout;
    mapBar->addStretch(1);
    mapBar->addWidget(m_bestLabel);
    mapBar->addWidget(m_bestCount);
    mapBar->addWidget(m_bestButton);
    mapBar->addSpacing(12);
    mapBar->addWidget(zoomOut);
    mapBar->addWidget(zoomFit);
    mapBar->addWidget(zoomIn);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_header);
    middleLayout->addLayout(mapBar);
    middleLayout->addWidget(m_map, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_search);
    splitter->addWidget(middle);
    splitter->addWidget(m_order);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 2);
    m_search->setMinimumWidth(300);
    splitter->setSizes({470, 700, 330});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusStore->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_statusStore, 1);
    m_historyButton = new QPushButton(this);
    m_historyButton->setFlat(true);
    connect(m_historyButton, &QPushButton::clicked, this, &BoxOfficeWindow::showSalesHistory);
    statusBar()->addPermanentWidget(m_historyButton);
    m_refundButton = new QPushButton(this);
    m_refundButton->setFlat(true);
    m_refundButton->setObjectName(QStringLiteral("refundsButton"));
    connect(m_refundButton, &QPushButton::clicked, this, [this] { showRefunds(); });
    statusBar()->addPermanentWidget(m_refundButton);
    m_problemsButton = new QPushButton(this);
    m_problemsButton->setFlat(true);
    m_problemsButton->hide(); // for managers and administrators
    connect(m_problemsButton, &QPushButton::clicked, this, &BoxOfficeWindow::showProblems);
    statusBar()->addPermanentWidget(m_problemsButton);
    m_statusCashier->setObjectName(QStringLiteral("cashier"));
    m_statusCashier->hide(); // until someone logs in
    statusBar()->addPermanentWidget(m_statusCashier);
    statusBar()->addPermanentWidget(m_statusClock);
    // A quick answer shows nothing; a slow one is said within a quarter of a second.
    m_waitingTimer = new QTimer(this);
    m_waitingTimer->setSingleShot(true);
    m_waitingTimer->setInterval(250);
    connect(m_waitingTimer, &QTimer::timeout, this, [this] {
        m_waitingShown = true;
        QApplication::setOverrideCursor(Qt::BusyCursor);
        updateStoreStatus();
    });

    m_map->setPriceText([this](int seatId) { return Money::format(m_sale->priceOf(seatId)); });
    connect(m_search, &SearchPanel::screeningChosen, this, &BoxOfficeWindow::openScreening);
    connect(m_search, &SearchPanel::screeningActivated, this, [this](int id) {
        openScreening(id);
        m_map->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_map, &SeatMapWidget::selectionRequested, this, [this](const QList<int> &seats) {
        if (m_sale->setSelection(seats))
            clearError();
    });
    connect(m_map, &SeatMapWidget::activated, this, [this] {
        // Enter on the map: on to the ticket types.
        if (!m_sale->selection().isEmpty())
            m_order->seatTable()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_bestButton, &QPushButton::clicked, this, [this] {
        if (m_sale->selectBestAvailable(m_bestCount->value()))
            clearError();
    });
    connect(m_sale, &SaleSession::screeningChanged, this, [this] {
        m_map->setRoomLayout(m_sale->layout());
        m_map->setStates(m_sale->seatStates());
        updateHeader();
    });
    connect(m_sale, &SaleSession::seatStatesChanged, this, &BoxOfficeWindow::onSeatStatesChanged);
    connect(m_sale, &SaleSession::selectionChanged, this, &BoxOfficeWindow::onSeatStatesChanged);
    connect(m_sale, &SaleSession::totalsChanged, this, [this] { m_map->update(); });
    connect(m_sale, &SaleSession::errorOccurred, this, &BoxOfficeWindow::onError);
    connect(m_sale, &SaleSession::holdExpired, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_sale, &SaleSession::saleCompleted, this, &BoxOfficeWindow::onSaleCompleted);
    connect(m_sale, &SaleSession::payingChanged, this, [this](bool paying) {
        if (paying)
            showMessage(tr("Waiting for the card terminal… the customer follows its "
                           "instructions."),
                        false);
    });
    connect(m_order, &OrderPanel::payCashRequested, this, &BoxOfficeWindow::requestCash);
    connect(m_order, &OrderPanel::payCardRequested, this, &BoxOfficeWindow::requestCard);
    connect(m_order, &OrderPanel::cancelRequested, this, &BoxOfficeWindow::cancelSale);

    // Other sessions on the same store sell too: keep seats left and the map current.
    m_refresh->setInterval(2000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_sale->refreshSeatStates();
        m_search->refresh();
        m_statusClock->setText(
            QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("ddd dd/MM HH:mm")));
    });
    m_refresh->start();

    buildActions();
    retranslate();
    // Fits the screen it opens on: counters often have 1366×768 or smaller.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 860);
    resize(std::min(1440, available.width()), std::min(860, available.height()));
    // The first screening found is on the map at once, ready for the first customer.
    if (const QModelIndex current = m_search->resultsView()->currentIndex(); current.isValid())
        openScreening(m_search->model()->screeningAt(current.row()).id);
    m_search->focusSearch();
}

BoxOfficeWindow::~BoxOfficeWindow() = default;

void BoxOfficeWindow::buildActions()
{
    const auto add = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(QKeySequence(Qt::Key_F3), [this] { m_search->focusSearch(); });
    add(QKeySequence::Find, [this] { m_search->focusSearch(); });
    add(QKeySequence(Qt::Key_F4), [this] { m_map->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::Key_F5), [this] { m_bestButton->click(); });
    add(QKeySequence(Qt::Key_F6),
        [this] { m_order->seatTable()->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::Key_F8),
        [this] { m_order->cpfField()->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::Key_F9), [this] { requestCash(); });
    add(QKeySequence(Qt::Key_F10), [this] { requestCard(); });
    add(QKeySequence(Qt::Key_F12), [this] { cancelSale(); });
    add(QKeySequence(Qt::Key_F7), [this] { showSalesHistory(); });
    add(QKeySequence(Qt::Key_F11), [this] { showRefunds(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { showProblems(); });
}

void BoxOfficeWindow::setCashier(const User &cashier)
{
    m_cashier = cashier;
    m_sale->setUserId(cashier.id);
    m_statusCashier->show();
    m_problemsButton->setVisible(cashier.may(User::Act::OpenConsole));
    retranslate();
}

bool BoxOfficeWindow::hasSaleInProgress() const
{
    return !m_sale->selection().isEmpty() || m_sale->isPaying() || m_sale->cardOutcomeUnknown();
}

void BoxOfficeWindow::resumeAfterLock()
{
    m_sale->refreshSeatStates();
    m_search->refresh();
    if (m_sale->selection().isEmpty())
        m_search->focusSearch();
    else
        m_map->setFocus(Qt::OtherFocusReason);
}

void BoxOfficeWindow::setReportsServer(const Database *server)
{
    m_reportsServer = server;
}

void BoxOfficeWindow::showProblems()
{
    showConsole(m_reportsServer ? ConsoleWindow::ProblemsTab : ConsoleWindow::SettingsTab);
}

void BoxOfficeWindow::showConsole(int tab)
{
    if (!m_cashier)
        return;
    if (!m_cashier->may(User::Act::OpenConsole)) {
        showMessage(m_cashier->refusal(User::Act::OpenConsole), true);
        return;
    }
    // On a server the console changes the server's rows, as this terminal's database login.
    const Database &store = m_reportsServer ? *m_reportsServer : m_database;
    ConsoleWindow console(store, m_reportsServer, *m_cashier,
                          Actor{m_cashier->id, m_terminal.terminalId()}, this);
    console.showTab(ConsoleWindow::Tab(tab));
    console.exec();
}

void BoxOfficeWindow::showSalesHistory()
{
    SalesHistoryDialog dialog(m_database, m_terminal.terminalId(), this);
    dialog.exec();
    if (dialog.chosenOrder() > 0)
        showRefunds(dialog.chosenOrder());
}

void BoxOfficeWindow::showRefunds(int orderId)
{
    // Sales are found where they are recorded: on the server, every terminal's.
    const Database &store = m_reportsServer ? *m_reportsServer : m_database;
    RefundDialog dialog(store, m_database, m_authority, &m_payments, m_cashier.value_or(User{}),
                        this);
    dialog.setTerminal(m_terminal.terminalId(), m_terminal.name());
    dialog.setAfterSale(m_afterSale);
    connect(&dialog, &RefundDialog::refunded, this, [this] {
        m_sale->refreshSeatStates();
        m_search->refresh();
    });
    if (orderId > 0)
        dialog.showOrder(orderId);
    dialog.exec();
}

void BoxOfficeWindow::retranslate()
{
    setWindowTitle(tr("Marquee — box office — %1").arg(m_terminal.name()));
    m_bestLabel->setText(tr("&Seats:"));
    m_bestButton->setText(tr("Best available (F5)"));
    m_historyButton->setText(tr("Sales (F7)"));
    m_refundButton->setText(tr("Give back (F11)"));
    m_refundButton->setToolTip(tr("A customer gives tickets back: find the sale and refund"));
    m_problemsButton->setText(tr("Console (Ctrl+Shift+M)"));
    m_problemsButton->setToolTip(tr("For a manager: settings, users, terminals, and what to "
                                    "look into (tickets let in twice, refused offline sales)"));
    m_historyButton->setToolTip(tr("This terminal's sales of the last two days"));
    m_bestButton->setToolTip(tr("Choose the best seats side by side for this many people"));
    if (m_cashier)
        m_statusCashier->setText(
            tr("%1 (%2) · Ctrl+L locks").arg(m_cashier->name, User::roleTitle(m_cashier->role)));
    updateStoreStatus();
    updateHeader();
}

void BoxOfficeWindow::setServerLink(ServerLink *link)
{
    m_link = link;
    connect(link, &ServerLink::stateChanged, this, [this](ServerLink::State) {
        // Offline, the map shows only this counter's leased seats as free.
        m_sale->refreshSeatStates();
        updateStoreStatus();
    });
    connect(link, &ServerLink::outboxChanged, this, [this](int pending) {
        m_outboxDepth = pending;
        updateStoreStatus();
    });
    connect(link, &ServerLink::outboxRefused, this,
            [this](const QString &what) { showMessage(what, true); });
    connect(link, &ServerLink::seatsChanged, this, [this](int screeningId) {
        if (m_sale->screening() && m_sale->screening()->id == screeningId)
            m_sale->refreshSeatStates();
        m_search->refresh();
    });
    connect(link, &ServerLink::catalogueChanged, this, [this] {
        m_search->refresh();
        m_sale->refreshSeatStates();
    });
    updateStoreStatus();
}

void BoxOfficeWindow::setWaitingForServer(bool waiting)
{
    if (waiting) {
        m_waitingTimer->start();
        return;
    }
    m_waitingTimer->stop();
    if (m_waitingShown) {
        m_waitingShown = false;
        QApplication::restoreOverrideCursor();
        updateStoreStatus();
    }
}

void BoxOfficeWindow::updateStoreStatus()
{
    if (m_waitingShown) {
        m_statusStore->setText(tr("⧗ Waiting for the server…"));
        m_statusStore->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold"));
        return;
    }
    if (!m_link) {
        m_statusStore->setText(tr("Embedded database %1 · terminal %2")
                                   .arg(QDir::toNativeSeparators(m_database.path()))
                                   .arg(m_terminal.terminalId()));
        m_statusStore->setStyleSheet(QString());
        return;
    }
    const QString since = QLocale().toString(m_link->since(), QStringLiteral("HH:mm:ss"));
    QString text;
    switch (m_link->state()) {
    case ServerLink::State::Online:
        text = tr("● Online since %1 · server %2 · terminal %3")
                   .arg(since, m_link->detail())
                   .arg(m_terminal.terminalId());
        m_statusStore->setStyleSheet(QStringLiteral("color: #1b5e20"));
        break;
    case ServerLink::State::Connecting:
        text = tr("◌ Connecting to the server… (since %1)").arg(since);
        m_statusStore->setStyleSheet(QStringLiteral("color: #5d4037"));
        break;
    case ServerLink::State::Offline:
        text = tr("○ Offline since %1 — selling this counter's kept seats only; local copy of "
                  "%2; reconnecting by itself (%3)")
                   .arg(since,
                        QLocale().toString(LocalReplica::copiedAt(m_database),
                                           QStringLiteral("dd/MM HH:mm")),
                        m_link->detail().section(QLatin1Char('\n'), 0, 0));
        m_statusStore->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
        break;
    }
    if (m_outboxDepth > 0)
        text += tr(" · %n sale(s) and scan(s) waiting to be sent", "", m_outboxDepth);
    m_statusStore->setText(text);
}

void BoxOfficeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void BoxOfficeWindow::closeEvent(QCloseEvent *event)
{
    if (m_sale->isPaying()) {
        // The card terminal may be charging: leaving now would lose the answer.
        showMessage(tr("A card payment is in progress. Wait for the terminal's answer before "
                       "closing."),
                    true);
        event->ignore();
        return;
    }
    m_sale->cancelSale();
    event->accept();
}

void BoxOfficeWindow::openScreening(int screeningId)
{
    if (m_sale->screening() && m_sale->screening()->id == screeningId)
        return;
    if (!m_sale->selection().isEmpty() && m_sale->isPaying())
        return;
    m_sale->openScreening(screeningId);
}

void BoxOfficeWindow::updateHeader()
{
    const auto s = m_sale->screening();
    if (!s) {
        m_header->setText(tr("Choose a screening"));
        return;
    }
    m_header->setText(tr("%1 · %2 · %3 · %4 of %5 seats left")
                          .arg(s->filmTitle,
                               QLocale().toString(s->startsAt(), QStringLiteral("ddd dd/MM HH:mm")),
                               s->roomName)
                          .arg(s->seatsLeft())
                          .arg(s->seatCount));
}

void BoxOfficeWindow::onSeatStatesChanged()
{
    m_map->setStates(m_sale->seatStates());
    const QList<int> stranded = m_sale->strandedSeats();
    m_map->setWarnedSeats(stranded);
    if (!stranded.isEmpty()) {
        QStringList labels;
        for (const int id : stranded) {
            if (const Seat *s = m_sale->layout().seat(id))
                labels << s->label();
        }
        showMessage(tr("This choice leaves seat %1 alone between taken seats. Consider moving "
                       "the selection by one seat.")
                        .arg(labels.join(QStringLiteral(", "))),
                    false);
    } else if (m_message->property("stranded").toBool()) {
        m_message->hide();
    }
    m_message->setProperty("stranded", !stranded.isEmpty());
    updateHeader();
}

void BoxOfficeWindow::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    m_message->setStyleSheet(isError
                                 ? QStringLiteral("background: #ffebee; color: #b71c1c; "
                                                  "border: 1px solid #e57373; border-radius: 4px")
                                 : QStringLiteral("background: #fff8e1; color: #5d4037; "
                                                  "border: 1px solid #ffca28; border-radius: 4px"));
    m_message->show();
    if (QAccessible::isActive()) {
        QAccessibleEvent e(m_message, QAccessible::Alert);
        QAccessible::updateAccessibility(&e);
    }
}

void BoxOfficeWindow::clearError()
{
    // A warning about the selection stays; a failure the cashier has since fixed goes.
    if (m_message->property("isError").toBool())
        m_message->hide();
}

void BoxOfficeWindow::onError(const SaleError &error)
{
    showMessage(error.message(), true);
    if (error.code() == SaleError::InvalidCpf || error.code() == SaleError::CpfLimit ||
        error.code() == SaleError::InvalidEmail) {
        QLineEdit *field =
            error.code() == SaleError::InvalidEmail ? m_order->emailField() : m_order->cpfField();
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
    } else if (error.code() == SaleError::SeatTaken && !error.seatIds().isEmpty()) {
        m_map->setFocusedSeat(error.seatIds().first());
    }
}

void BoxOfficeWindow::requestCash()
{
    if (m_sale->selection().isEmpty() || m_sale->isPaying())
        return;
    if (m_sale->hasUnconfirmedPayment()) {
        // Cash whose answer was lost is asked about again at once; after a card that paid, or
        // may have, it is refused with the reason.
        m_sale->payCash(0);
        return;
    }
    if (const SaleError e = m_sale->validate(); e.isError()) {
        onError(e);
        return;
    }
    if (!m_interactive) {
        payCash(m_sale->totalCents());
        return;
    }
    CashPaymentDialog dialog(m_sale->totalCents(), this);
    if (dialog.exec() == QDialog::Accepted)
        payCash(dialog.tenderedCents());
}

void BoxOfficeWindow::requestCard()
{
    if (m_sale->selection().isEmpty() || m_sale->isPaying())
        return;
    if (m_sale->hasUnconfirmedPayment()) {
        // Confirms the charge already made (no new charge, no dialog), or is refused while
        // cash for this sale awaits the store's answer.
        payCard(QString());
        return;
    }
    if (const SaleError e = m_sale->validate(); e.isError()) {
        onError(e);
        return;
    }
    if (!m_interactive) {
        payCard(QStringLiteral("4242424242424242"));
        return;
    }
    CardPaymentDialog dialog(m_sale->totalCents(), m_payments.name(), this);
    if (dialog.exec() == QDialog::Accepted)
        payCard(dialog.cardNumber());
}

void BoxOfficeWindow::payCash(qint64 tenderedCents)
{
    m_sale->payCash(tenderedCents);
}

void BoxOfficeWindow::payCard(const QString &cardNumber)
{
    m_sale->payCard(cardNumber);
}

void BoxOfficeWindow::cancelSale()
{
    if (m_sale->isPaying())
        return;
    if (m_sale->cardOutcomeUnknown()) {
        // Cancelling could let paid seats go; the queue cannot wait for the bank either.
        const bool setAside =
            !m_interactive ||
            QMessageBox::question(
                this, tr("Set this sale aside?"),
                tr("The bank has not said whether the card was charged. Set this sale aside and "
                   "serve the next customer? Its seats stay held and it is settled by itself "
                   "within the hour once the bank answers: the tickets are issued (and e-mailed, "
                   "if an address was given), or the money goes back to the card.")) ==
                QMessageBox::Yes;
        if (setAside && m_sale->setAside()) {
            showMessage(tr("Sale set aside: it is settled by itself within the hour once the bank "
                           "answers."),
                        false);
            m_search->focusSearch();
        }
        return;
    }
    bool cancelled = false;
    const auto watch =
        connect(m_sale, &SaleSession::saleCancelled, this, [&cancelled] { cancelled = true; });
    m_sale->cancelSale(); // a refusal is said through errorOccurred, and stays on screen
    disconnect(watch);
    if (!cancelled)
        return;
    showMessage(tr("Sale cancelled; its seats are free again."), false);
    m_search->focusSearch();
}

void BoxOfficeWindow::showCardPaymentSweep(const CardPaymentSweep::Report &report)
{
    // Sweeps run every few minutes: what is still unknown is said again only when it changes.
    const bool unknownChanged = report.unknown != m_sweepUnknownShown;
    m_sweepUnknownShown = report.unknown;
    QStringList done;
    if (report.completed)
        done << tr("%n paid by card and now sold", "", report.completed);
    if (report.refunded)
        done << tr("%n refunded (no tickets could be issued for it)", "", report.refunded);
    if (report.released)
        done << tr("%n not charged, seats released", "", report.released);
    if (report.unknown && (unknownChanged || !done.isEmpty()))
        done << tr("%n still unknown, asked again in a few minutes", "", report.unknown);
    if (done.isEmpty())
        return;
    showMessage(tr("Card payments left unfinished: %1.").arg(done.join(QStringLiteral("; "))),
                report.unknown > 0);
}

void BoxOfficeWindow::setMailSender(MailSender *sender)
{
    m_afterSale->setMailSender(sender);
}

void BoxOfficeWindow::onSaleCompleted(const SaleReceipt &receipt)
{
    m_message->hide();
    m_search->refresh();
    const TicketDocument::Content content =
        TicketDocument::contentOf(receipt, m_sale->screening().value_or(Screening()),
                                  m_catalog.ticketTypes(), m_terminal.name());
    m_afterSale->fulfil(content, {receipt.method == PaymentMethod::Cash, QString()});
    if (m_ticketsDialog)
        m_ticketsDialog->deleteLater();
    m_ticketsDialog = new TicketsDialog(content, this);
    m_ticketsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ticketsDialog, &QDialog::finished, this,
            [this] { m_map->setFocus(Qt::OtherFocusReason); });
    m_ticketsDialog->open();
}
