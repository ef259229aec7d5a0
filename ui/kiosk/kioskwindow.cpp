// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskwindow.h"

#include "core/aftersale/aftersale.h"
#include "core/sales/paymentrecovery.h"
#include "core/sales/salesession.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/terminalidentity.h"
#include "core/sync/serverlink.h"
#include "ui/kiosk/idlewatcher.h"
#include "ui/kiosk/kioskadminlock.h"
#include "ui/kiosk/kioskadminpage.h"
#include "ui/kiosk/kioskattractpage.h"
#include "ui/kiosk/kioskdetailspage.h"
#include "ui/kiosk/kioskfilmspage.h"
#include "ui/kiosk/kioskhelppage.h"
#include "ui/kiosk/kioskmessageline.h"
#include "ui/kiosk/kioskpaymentpage.h"
#include "ui/kiosk/kioskscreeningspage.h"
#include "ui/kiosk/kioskseatspage.h"
#include "ui/kiosk/kioskstillthere.h"
#include "ui/kiosk/kiosksuggestionspage.h"
#include "ui/kiosk/kioskticketspage.h"
#include "ui/kiosk/kiosktopbar.h"
#include "ui/kiosk/kiosktypespage.h"
#include "ui/widgets/interfacelanguage.h"
#include "ui/widgets/ticketprinter.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

KioskWindow::KioskWindow(const Database &database, SalesAuthority &authority,
                         PaymentProvider &payments, const TerminalIdentity &terminal,
                         QWidget *parent)
    : QWidget(parent), m_database(database), m_terminal(terminal), m_catalog(database),
      m_sale(std::make_unique<SaleSession>(database, authority, payments)),
      m_recovery(new PaymentRecovery(*m_sale, this)), m_lock(new KioskAdminLock(database, this)),
      m_idle(new IdleWatcher(this)), m_assistant(new ChatAssistant(m_catalog, {}, this)),
      m_afterSale(new AfterSale(database, this))
{
    followAfterSale();
    // Locked down: no title bar to close it by, nothing to drag it away with.
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    setAttribute(Qt::WA_StyledBackground);
    setAttribute(Qt::WA_AcceptTouchEvents);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 10, 20, 16);
    outer->setSpacing(10);

    m_topBar = new KioskTopBar(this);
    connect(m_lock, &KioskAdminLock::pinWanted, this, [this] { goTo(Step::Admin); });
    connect(m_lock, &KioskAdminLock::unlocked, this, [this] {
        m_sale->cancelSale();
        Q_EMIT unlocked();
    });
    connect(m_topBar, &KioskTopBar::languageClicked, this, &KioskWindow::toggleLanguage);
    connect(m_topBar, &KioskTopBar::largeTextClicked, this, &KioskWindow::toggleLargeText);
    connect(m_topBar, &KioskTopBar::helpClicked, this, [this] { goTo(Step::Help); });
    outer->addWidget(m_topBar);

    m_body = new QVBoxLayout;
    outer->addLayout(m_body, 1);
    m_message = new KioskMessageLine(this);
    outer->addWidget(m_message);

    m_stillThere = new KioskStillThere(this);
    connect(m_stillThere, &KioskStillThere::stillHere, m_idle, &IdleWatcher::poke);
    connect(m_idle, &IdleWatcher::askStillThere, m_stillThere, &KioskStillThere::ask);
    connect(m_idle, &IdleWatcher::countdown, m_stillThere, &KioskStillThere::setSecondsLeft);
    connect(m_idle, &IdleWatcher::resumed, m_stillThere, &QWidget::hide);
    connect(m_idle, &IdleWatcher::timedOut, this, &KioskWindow::onIdleTimedOut);
    m_idle->setTimeouts(
        StoreSettings(m_database).intValue(QStringLiteral("kiosk_idle_seconds"), 60) * 1000, 10000);

    connect(m_sale.get(), &SaleSession::errorOccurred, this, &KioskWindow::showError);
    connect(m_sale.get(), &SaleSession::holdExpired, this, [this] {
        // Time ran out: the seats are free again, so the person chooses again. (After the
        // person left, nobody is there to tell.)
        if (m_step != Step::Seats && m_step != Step::Types && m_step != Step::Details &&
            m_step != Step::Payment)
            return;
        goTo(Step::Seats);
        showMessage(tr("Time ran out and your seats were released. Please choose them again."));
    });
    connect(m_sale.get(), &SaleSession::payingChanged, this, [this] {
        updatePaymentControls();
        // Nobody is asked "still there?" while a card is read or a charge is confirmed: the
        // outcome decides what comes next, never a timer.
        m_idle->setArmed(m_step != Step::Attract && !saleLocked());
    });
    connect(m_sale.get(), &SaleSession::saleCompleted, this, &KioskWindow::onSaleCompleted);
    connect(m_assistant, &ChatAssistant::answered, this,
            [this](const QString &question, const CatalogAssistant::Answer &answer) {
                for (auto &exchange : m_visit.conversation) {
                    if (exchange.first == question && exchange.second.isEmpty())
                        exchange.second = answer.text;
                }
                if (m_step == Step::Help)
                    rebuild();
            });

    m_homeLocale = InterfaceLanguage::current();
    connect(m_recovery, &PaymentRecovery::retryConfirmation, this,
            [this] { m_sale->payCard(m_cardNumber); });
    m_releaseRetry.setSingleShot(true);
    m_releaseRetry.setInterval(5000);
    connect(&m_releaseRetry, &QTimer::timeout, this, &KioskWindow::releaseLeftSeats);

    // What starts soon, and the seats left, change while the attract screen waits.
    auto *attractRefresh = new QTimer(this);
    attractRefresh->start(30000);
    connect(attractRefresh, &QTimer::timeout, this, [this] {
        if (m_step == Step::Attract)
            rebuild();
    });

    m_lock->lockDown(m_topBar->adminCorner());
    m_wasPortrait = portrait();
    applyLook();
    m_topBar->retranslate();
    goTo(Step::Attract);
}

KioskWindow::~KioskWindow()
{
    // Nothing of the window is watched while it goes.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_lock);
}

void KioskWindow::setServerLink(ServerLink *link)
{
    connect(link, &ServerLink::stateChanged, this, [this](ServerLink::State state) {
        // Offline, only this totem's leased seats can be sold; the map shows just those.
        m_sale->refreshSeatStates();
        m_topBar->setOffline(state == ServerLink::State::Offline);
    });
    connect(link, &ServerLink::seatsChanged, this, [this](int screeningId) {
        if (m_sale->screening() && m_sale->screening()->id == screeningId)
            m_sale->refreshSeatStates();
    });
    connect(link, &ServerLink::catalogueChanged, this, [this] {
        if (m_step == Step::Attract || m_step == Step::Films || m_step == Step::Screenings)
            rebuild();
    });
}

void KioskWindow::setMailSender(MailSender *sender)
{
    m_afterSale->setMailSender(sender);
}

void KioskWindow::followAfterSale()
{
    m_afterSale->setPrintJob(&TicketPrinter::print);
    const auto showPrint = [this](const QString &status) {
        m_printStatus = status;
        if (m_printLabel)
            m_printLabel->setText(m_printStatus);
    };
    const auto showMail = [this](const QString &status) {
        m_mailStatus = status;
        if (m_mailLabel)
            m_mailLabel->setText(m_mailStatus);
    };
    connect(m_afterSale, &AfterSale::printing, this,
            [showPrint](int) { showPrint(tr("Printing your tickets…")); });
    connect(m_afterSale, &AfterSale::printed, this,
            [this, showPrint](int orderId, const QString &error) {
                if (!m_receipt || m_receipt->order.id != orderId)
                    return; // an earlier customer's tickets
                showPrint(error.isEmpty()
                              ? tr("Printed: take your tickets from the printer.")
                              : tr("The printer did not print (%1). Show the codes on this "
                                   "screen at the door, or take a photo of them.")
                                    .arg(error));
            });
    connect(m_afterSale, &AfterSale::mailQueued, this,
            [this, showMail](qint64 id, const QString &recipient) {
                m_mailId = id;
                showMail(tr("We are also sending them to %1.").arg(recipient));
            });
    connect(
        m_afterSale, &AfterSale::mailNotQueued, this,
        [showMail](const QString &, const QString &reason) {
            showMail(
                tr("We could not queue the e-mail (%1). Take a photo of the codes.").arg(reason));
        });
    connect(m_afterSale, &AfterSale::mailDelivered, this,
            [this, showMail](qint64 id, const QString &recipient) {
                if (id == m_mailId)
                    showMail(tr("Sent to %1 as well.").arg(recipient));
            });
    connect(m_afterSale, &AfterSale::mailFailed, this,
            [this, showMail](qint64 id, const QString &recipient, const QString &reason) {
                if (id == m_mailId)
                    showMail(tr("We could not e-mail %1 (%2). Take a photo of the codes.")
                                 .arg(recipient, reason));
            });
}

void KioskWindow::setIdleTimeouts(int idleMs, int countdownMs)
{
    m_idle->setTimeouts(idleMs, countdownMs);
}

void KioskWindow::setAssistantEndpoint(const ChatAssistant::Endpoint &endpoint)
{
    m_assistant->setEndpoint(endpoint);
}

void KioskWindow::setUnknownCardPatienceMs(int ms)
{
    m_recovery->setPatienceMs(ms);
}

bool KioskWindow::isUnlocked() const
{
    return m_lock->isUnlocked();
}

int KioskWindow::touchTarget() const
{
    return KioskTheme::touchTarget(this);
}

QString KioskWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void KioskWindow::showStep(Step step)
{
    goTo(step);
}

void KioskWindow::startOver()
{
    m_stillThere->hide();
    if (saleLocked()) {
        // A card is being read, or was charged and is being confirmed: the sale ends with
        // the card's outcome, never in the middle.
        goTo(Step::Payment);
        return;
    }
    m_sale->cancelSale();
    // A store that did not let the seats go is asked again until it does (see releaseLeftSeats).
    if (!m_sale->selection().isEmpty())
        m_releaseRetry.start();
    m_receipt.reset();
    // What this person chose and typed goes with them.
    m_visit = KioskVisit{};
    // The next person starts as the kiosk does: its own language, normal text.
    if (InterfaceLanguage::current() != m_homeLocale)
        InterfaceLanguage::apply(m_homeLocale);
    if (m_theme.largeText()) {
        m_theme.setLargeText(false);
        applyLook();
    }
    goTo(Step::Attract);
}

void KioskWindow::releaseLeftSeats()
{
    if (saleLocked() || m_sale->selection().isEmpty() || m_step != Step::Attract)
        return;
    m_sale->cancelSale();
    if (!m_sale->selection().isEmpty())
        m_releaseRetry.start();
}

bool KioskWindow::saleLocked() const
{
    return KioskPage::saleLocked(*m_sale);
}

void KioskWindow::updatePaymentControls()
{
    const bool locked = saleLocked();
    if (auto *payment = qobject_cast<KioskPaymentPage *>(m_page.data()))
        payment->updatePayButton();
    if (m_page) {
        for (const char *name : {"back", "cancelPurchase"}) {
            if (auto *b = m_page->findChild<QPushButton *>(QLatin1String(name)))
                b->setEnabled(!locked);
        }
    }
}

void KioskWindow::goTo(Step step)
{
    // While a card is read or a charge confirmed, the payment step stays until the outcome:
    // leaving it could let go of seats being paid for.
    if (saleLocked() && m_step == Step::Payment && step != Step::Payment && step != Step::Tickets)
        return;
    m_stillThere->hide();
    if (step == Step::Help || step == Step::Admin) {
        if (m_step != Step::Help && m_step != Step::Admin)
            m_stepBeforeOverlay = m_step;
    }
    m_step = step;
    m_message->hide();
    // Nothing to lose on the attract screen; anywhere else, a person left alone is asked.
    m_idle->setArmed(step != Step::Attract && !saleLocked());
    rebuild();
    Q_EMIT stepChanged(step);
}

void KioskWindow::goBack()
{
    switch (m_step) {
    case Step::Films:
        goTo(Step::Attract);
        break;
    case Step::Screenings:
        goTo(Step::Films);
        break;
    case Step::Seats:
        // Choosing another screening: the seats held here go back at once.
        m_sale->cancelSale();
        m_visit.partySize = 0;
        goTo(m_visit.filmId ? Step::Screenings : Step::Attract);
        break;
    case Step::Suggestions:
    case Step::Types:
        goTo(Step::Seats);
        break;
    case Step::Details:
        goTo(Step::Types);
        break;
    case Step::Payment:
        goTo(Step::Details);
        break;
    case Step::Help:
    case Step::Admin:
        goTo(m_stepBeforeOverlay);
        break;
    default:
        startOver();
        break;
    }
}

void KioskWindow::rebuild()
{
    if (m_page) {
        m_body->removeWidget(m_page);
        m_page->hide();
        m_page->deleteLater();
    }
    m_printLabel = nullptr;
    m_mailLabel = nullptr;
    KioskPage *page = newPage();
    connect(page, &KioskPage::stepWanted, this, &KioskWindow::goTo);
    connect(page, &KioskPage::backWanted, this, &KioskWindow::goBack);
    connect(page, &KioskPage::startOverWanted, this, &KioskWindow::startOver);
    connect(page, &KioskPage::rebuildWanted, this, &KioskWindow::rebuild);
    connect(page, &KioskPage::errorRaised, this, &KioskWindow::showError);
    connect(page, &KioskPage::screeningChosen, this, &KioskWindow::chooseScreening);
    m_page = page;
    m_body->addWidget(page);
    page->show();
    if (m_step == Step::Payment)
        updatePaymentControls();
    m_stillThere->raise();
}

KioskPage *KioskWindow::newPage()
{
    const KioskPageContext context{*m_sale, m_catalog, m_visit, portrait(), m_theme.largeText()};
    switch (m_step) {
    case Step::Attract:
        return new KioskAttractPage(context, this);
    case Step::Films:
        return new KioskFilmsPage(context, this);
    case Step::Screenings:
        return new KioskScreeningsPage(context, this);
    case Step::Seats: {
        auto *seats = new KioskSeatsPage(context, this);
        connect(seats, &KioskSeatsPage::partySizeChosen, this, &KioskWindow::choosePartySize);
        return seats;
    }
    case Step::Suggestions: {
        auto *suggestions = new KioskSuggestionsPage(context, this);
        connect(suggestions, &KioskSuggestionsPage::suggestionChosen, this,
                &KioskWindow::chooseSuggestion);
        return suggestions;
    }
    case Step::Types:
        return new KioskTypesPage(context, this);
    case Step::Details:
        return new KioskDetailsPage(context, this);
    case Step::Payment: {
        auto *payment = new KioskPaymentPage(context, this);
        connect(payment, &KioskPaymentPage::payWanted, this, &KioskWindow::pay);
        return payment;
    }
    case Step::Tickets: {
        auto *tickets = new KioskTicketsPage(context, m_receipt, m_receiptScreening, m_printStatus,
                                             m_mailStatus, this);
        m_printLabel = tickets->printLabel();
        m_mailLabel = tickets->mailLabel();
        return tickets;
    }
    case Step::Help: {
        auto *help = new KioskHelpPage(context, this);
        connect(help, &KioskHelpPage::asked, this, &KioskWindow::askAssistant);
        return help;
    }
    case Step::Admin: {
        auto *admin = new KioskAdminPage(context, this);
        connect(admin, &KioskAdminPage::unlockWanted, this, &KioskWindow::tryUnlock);
        return admin;
    }
    }
    Q_UNREACHABLE();
}

void KioskWindow::applyLook()
{
    setStyleSheet(m_theme.styleSheet(touchTarget()));
    m_topBar->setLargeText(m_theme.largeText());
}

void KioskWindow::showMessage(const QString &text, bool error)
{
    m_message->say(text, error);
}

void KioskWindow::showError(const SaleError &error)
{
    switch (m_recovery->onSaleError()) {
    case PaymentRecovery::Verdict::SetAside:
        startOver();
        showMessage(tr("We could not confirm your card payment with the bank. Do not pay "
                       "again: if your card was charged, your tickets are issued (and "
                       "e-mailed, if you gave an address) or the money goes back to your "
                       "card within the hour. Please ask at the counter."),
                    true);
        return;
    case PaymentRecovery::Verdict::Retrying:
        // It is asked again by itself, with nobody to press a key.
        showMessage(m_sale->cardOutcomeUnknown()
                        ? tr("We are checking your card payment with the bank, one moment… "
                             "Do not pay again. If this message stays, please go to the "
                             "counter.")
                        : tr("Your payment went through. We are confirming your tickets, one "
                             "moment… If this message stays, please go to the counter."),
                    false);
        return;
    case PaymentRecovery::Verdict::NotInDoubt:
        break;
    }
    // Nobody to tell on the attract screen: whoever comes next did not cause it.
    if (m_step == Step::Attract)
        return;
    int meiaLeft = 0;
    if (error.code() == SaleError::MeiaCap) {
        if (const auto screening = m_sale->screening())
            meiaLeft = std::max(0, screening->meiaCap() - m_catalog.meiaSold(screening->id));
    }
    m_message->sayError(error, meiaLeft);
}

void KioskWindow::chooseScreening(int screeningId)
{
    if (!m_sale->openScreening(screeningId))
        return; // the session said why
    m_visit.partySize = 0;
    const auto screening = m_sale->screening();
    if (screening && screening->seatsLeft() == 0) {
        goTo(Step::Suggestions);
        return;
    }
    goTo(Step::Seats);
}

void KioskWindow::choosePartySize(int count)
{
    m_visit.partySize = count;
    // No adjacent block for the party: instead of a cashier's message, offer other times.
    QSignalBlocker quiet(m_sale.get());
    const bool chosen = m_sale->selectBestAvailable(count);
    quiet.unblock();
    if (!chosen) {
        goTo(Step::Suggestions);
        return;
    }
    // The signals were held back while choosing; show what the sale holds now.
    rebuild();
}

void KioskWindow::chooseSuggestion(int screeningId)
{
    const int partySize = m_visit.partySize;
    chooseScreening(screeningId);
    if (partySize > 0 && m_step == Step::Seats)
        choosePartySize(partySize);
}

void KioskWindow::pay()
{
    m_message->hide();
    m_sale->payCard(m_cardNumber);
}

void KioskWindow::onSaleCompleted(const SaleReceipt &receipt)
{
    m_receipt = receipt;
    m_receiptScreening = m_catalog.screening(receipt.order.screeningId);
    m_printStatus.clear();
    m_mailStatus.clear();
    m_mailId = 0;
    // The drawer is the counter's; the totem prints when it has a printer.
    AfterSale::Effects effects;
    if (m_receiptScreening)
        effects.printer = StoreSettings(m_database).value(QStringLiteral("kiosk_printer"));
    m_afterSale->fulfil(TicketDocument::contentOf(*m_receipt,
                                                  m_receiptScreening.value_or(Screening()),
                                                  m_sale->ticketTypes(), m_terminal.name()),
                        effects);
    goTo(Step::Tickets);
}

void KioskWindow::askAssistant(const QString &question)
{
    const QString asked = question.trimmed();
    if (asked.isEmpty())
        return;
    m_visit.conversation.append({asked, QString()});
    m_visit.questionTyped.clear();
    rebuild();
    m_assistant->ask(asked);
}

void KioskWindow::tryUnlock(const QString &pin)
{
    if (const auto refusal = m_lock->tryUnlock(pin, saleLocked()))
        showMessage(*refusal);
}

void KioskWindow::onIdleTimedOut()
{
    m_stillThere->hide();
    startOver();
}

void KioskWindow::toggleLanguage()
{
    InterfaceLanguage::apply(InterfaceLanguage::isPortuguese() ? QLocale(QLocale::English)
                                                               : QLocale(QStringLiteral("pt_BR")));
    // The LanguageChange event that follows says everything again.
}

void KioskWindow::toggleLargeText()
{
    m_theme.setLargeText(!m_theme.largeText());
    applyLook();
    rebuild();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Only the administrator closes a kiosk.
    if (!isUnlocked())
        event->ignore();
    else
        event->accept();
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_topBar->retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_stillThere->setGeometry(rect());
    if (portrait() != m_wasPortrait) {
        m_wasPortrait = portrait();
        rebuild();
    }
}
