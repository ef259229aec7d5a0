// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskwindow.h"

#include "core/catalog/money.h"
#include "core/catalog/screeningsuggestions.h"
#include "core/mail/mailqueue.h"
#include "core/mail/mailsender.h"
#include "core/sales/cpf.h"
#include "core/sales/salesession.h"
#include "core/store/adminpin.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/terminalidentity.h"
#include "core/sync/serverlink.h"
#include "core/tickets/qrcodeimage.h"
#include "ui/kiosk/idlewatcher.h"
#include "ui/kiosk/onscreenkeyboard.h"
#include "ui/kiosk/posterart.h"
#include "ui/widgets/interfacelanguage.h"
#include "ui/widgets/seatmapwidget.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace {
constexpr int kCornerTapsToUnlock = 5;
constexpr int kCornerTapWindowMs = 4000;
constexpr int kPinAttempts = 5;
constexpr int kPinLockoutMs = 60000;
constexpr int kSoonTiles = 6;
constexpr int kConfirmRetryMs = 3000;

} // namespace

KioskWindow::KioskWindow(const Database &database, SalesAuthority &authority,
                         PaymentProvider &payments, const TerminalIdentity &terminal,
                         QWidget *parent)
    : QWidget(parent), m_database(database), m_terminal(terminal), m_catalog(database),
      m_sale(std::make_unique<SaleSession>(database, authority, payments)),
      m_idle(new IdleWatcher(this)), m_assistant(new ChatAssistant(m_catalog, {}, this))
{
    // Locked down: no title bar to close it by, nothing to drag it away with.
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    setAttribute(Qt::WA_StyledBackground);
    setAttribute(Qt::WA_AcceptTouchEvents);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 10, 20, 16);
    outer->setSpacing(10);

    m_topBar = new QWidget(this);
    auto *top = new QHBoxLayout(m_topBar);
    top->setContentsMargins(0, 0, 0, 0);
    m_adminCorner = new QWidget(m_topBar);
    m_adminCorner->setObjectName(QStringLiteral("adminCorner"));
    m_adminCorner->installEventFilter(this);
    top->addWidget(m_adminCorner);
    m_brand = new QLabel(m_topBar);
    m_brand->setObjectName(QStringLiteral("brand"));
    top->addWidget(m_brand);
    top->addStretch(1);
    m_linkStatus = new QLabel(m_topBar);
    m_linkStatus->hide();
    top->addWidget(m_linkStatus);
    m_language = bigButton(QString(), "language");
    connect(m_language, &QPushButton::clicked, this, &KioskWindow::toggleLanguage);
    top->addWidget(m_language);
    m_contrast = bigButton(QString(), "contrast");
    m_contrast->setCheckable(true);
    connect(m_contrast, &QPushButton::clicked, this, &KioskWindow::toggleLargeText);
    top->addWidget(m_contrast);
    m_help = bigButton(QStringLiteral("?"), "help");
    connect(m_help, &QPushButton::clicked, this, [this] { goTo(Step::Help); });
    top->addWidget(m_help);
    outer->addWidget(m_topBar);

    m_body = new QVBoxLayout;
    outer->addLayout(m_body, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    m_stillThere = new QWidget(this);
    m_stillThere->setObjectName(QStringLiteral("stillThere"));
    m_stillThere->setAttribute(Qt::WA_StyledBackground);
    auto *still = new QVBoxLayout(m_stillThere);
    still->addStretch(1);
    m_stillThereText = new QLabel(m_stillThere);
    m_stillThereText->setObjectName(QStringLiteral("title"));
    m_stillThereText->setAlignment(Qt::AlignCenter);
    m_stillThereText->setWordWrap(true);
    still->addWidget(m_stillThereText);
    m_stillHere = new QPushButton(m_stillThere);
    m_stillHere->setObjectName(QStringLiteral("stillHere"));
    m_stillHere->setFocusPolicy(Qt::NoFocus);
    still->addWidget(m_stillHere, 0, Qt::AlignHCenter);
    still->addStretch(1);
    m_stillThere->hide();
    connect(m_stillHere, &QPushButton::clicked, m_idle, &IdleWatcher::poke);

    const auto countdownText = [this](int seconds) {
        m_stillThereText->setText(tr("Are you still there?") + QLatin1Char('\n') +
                                  tr("Starting over in %n second(s).", nullptr, seconds));
    };
    connect(m_idle, &IdleWatcher::askStillThere, this, [this, countdownText](int seconds) {
        countdownText(seconds);
        m_stillHere->setText(tr("I'm still here"));
        m_stillThere->setGeometry(rect());
        m_stillThere->raise();
        m_stillThere->show();
    });
    connect(m_idle, &IdleWatcher::countdown, this, countdownText);
    connect(m_idle, &IdleWatcher::resumed, m_stillThere, &QWidget::hide);
    connect(m_idle, &IdleWatcher::timedOut, this, &KioskWindow::onIdleTimedOut);
    m_idle->setTimeouts(
        StoreSettings(m_database).intValue(QStringLiteral("kiosk_idle_seconds"), 60) * 1000, 10000);

    connect(m_sale.get(), &SaleSession::errorOccurred, this, &KioskWindow::showError);
    connect(m_sale.get(), &SaleSession::seatStatesChanged, this, [this] {
        if (m_map)
            m_map->setStates(m_sale->seatStates());
        if (m_seatList)
            fillSeatList(m_seatList);
    });
    connect(m_sale.get(), &SaleSession::selectionChanged, this, [this] {
        if (m_step != Step::Seats)
            return;
        // The list is cheap to say again; the map only needs its states.
        if (m_seatList)
            fillSeatList(m_seatList);
        else if (m_map)
            m_map->setStates(m_sale->seatStates());
        if (auto *next = findChild<QPushButton *>(QStringLiteral("continue"))) {
            const int count = int(m_sale->selection().size());
            next->setEnabled(count > 0);
            next->setText(count > 0 ? tr("Continue with %n seat(s)", nullptr, count)
                                    : tr("Continue"));
        }
        updateHoldClock();
    });
    connect(m_sale.get(), &SaleSession::holdTick, this, &KioskWindow::updateHoldClock);
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
                for (auto &exchange : m_conversation) {
                    if (exchange.first == question && exchange.second.isEmpty())
                        exchange.second = answer.text;
                }
                if (m_step == Step::Help)
                    rebuild();
            });

    m_homeLocale = InterfaceLanguage::current();
    m_confirmRetry.setSingleShot(true);
    connect(&m_confirmRetry, &QTimer::timeout, this, [this] {
        if (m_sale->hasUnconfirmedPayment() && !m_sale->isPaying())
            m_sale->payCard(m_cardNumber);
    });
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

    QApplication::instance()->installEventFilter(this);
    m_wasPortrait = portrait();
    applyLook();
    retranslateFrame();
    goTo(Step::Attract);
}

KioskWindow::~KioskWindow()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskWindow::setServerLink(ServerLink *link)
{
    connect(link, &ServerLink::stateChanged, this, [this](ServerLink::State state) {
        // Offline, only this totem's leased seats can be sold; the map shows just those.
        m_sale->refreshSeatStates();
        m_linkStatus->setVisible(state == ServerLink::State::Offline);
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
    m_mailSender = sender;
    connect(sender, &MailSender::delivered, this, [this](qint64 id, const QString &recipient) {
        if (id != m_mailId)
            return;
        m_mailStatus = tr("Sent to %1 as well.").arg(recipient);
        if (m_mailLabel)
            m_mailLabel->setText(m_mailStatus);
    });
    connect(sender, &MailSender::failed, this,
            [this](qint64 id, const QString &recipient, const QString &reason) {
                if (id != m_mailId)
                    return;
                m_mailStatus = tr("We could not e-mail %1 (%2). Take a photo of the codes.")
                                   .arg(recipient, reason);
                if (m_mailLabel)
                    m_mailLabel->setText(m_mailStatus);
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

int KioskWindow::touchTarget() const
{
    const QScreen *s = screen();
    const double dpi = s ? s->physicalDotsPerInch() : 96.0;
    // 12 mm, never less than a comfortable 56 logical pixels on screens that under-report.
    return std::max(56, int(std::ceil(dpi / 25.4 * 12.0 / (s ? s->devicePixelRatio() : 1.0))));
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
    m_partySize = 0;
    m_filmId = 0;
    m_cpfTyped.clear();
    m_emailTyped.clear();
    m_listMode = false;
    m_conversation.clear();
    m_questionTyped.clear();
    // The next person starts as the kiosk does: its own language, normal text.
    if (InterfaceLanguage::current() != m_homeLocale)
        InterfaceLanguage::apply(m_homeLocale);
    if (m_largeText) {
        m_largeText = false;
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
    return m_sale->isPaying() || m_sale->hasUnconfirmedPayment();
}

void KioskWindow::updatePaymentControls()
{
    const bool locked = saleLocked();
    if (m_payButton) {
        m_payButton->setEnabled(!locked);
        m_payButton->setText(m_sale->isPaying()             ? tr("Follow the card reader…")
                             : m_sale->cardOutcomeUnknown() ? tr("Checking your payment…")
                             : m_sale->hasUnconfirmedPayment()
                                 ? tr("Confirming your tickets…")
                                 : tr("Pay %1 by card").arg(Money::format(m_sale->totalCents())));
    }
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

void KioskWindow::rebuild()
{
    if (m_page) {
        m_body->removeWidget(m_page);
        m_page->hide();
        m_page->deleteLater();
    }
    m_map = nullptr;
    m_seatList = nullptr;
    m_holdClock = nullptr;
    m_payButton = nullptr;
    m_printLabel = nullptr;
    m_mailLabel = nullptr;
    m_chatLog = nullptr;
    m_question = nullptr;
    QWidget *page = nullptr;
    switch (m_step) {
    case Step::Attract:
        page = attractPage();
        break;
    case Step::Films:
        page = filmsPage();
        break;
    case Step::Screenings:
        page = screeningsPage();
        break;
    case Step::Seats:
        page = seatsPage();
        break;
    case Step::Suggestions:
        page = suggestionsPage();
        break;
    case Step::Types:
        page = typesPage();
        break;
    case Step::Details:
        page = detailsPage();
        break;
    case Step::Payment:
        page = paymentPage();
        break;
    case Step::Tickets:
        page = ticketsPage();
        break;
    case Step::Help:
        page = helpPage();
        break;
    case Step::Admin:
        page = adminPage();
        break;
    }
    m_page = page;
    m_body->addWidget(page);
    page->show();
    if (m_step == Step::Payment)
        updatePaymentControls();
    m_stillThere->raise();
}

void KioskWindow::applyLook()
{
    const int target = touchTarget();
    const int text = m_largeText ? 32 : 22;
    const int title = m_largeText ? 48 : 36;
    // Large text is also high contrast: black, white and yellow only, with thick edges.
    const QString background = m_largeText ? QStringLiteral("#000000") : QStringLiteral("#14161f");
    const QString button = m_largeText ? QStringLiteral("#000000") : QStringLiteral("#2a2f45");
    const QString border =
        m_largeText ? QStringLiteral("4px solid #ffff00") : QStringLiteral("2px solid #3c4260");
    const QString accent = m_largeText ? QStringLiteral("#ffff00") : QStringLiteral("#f5b301");
    // Style sheet minimums size the content box: padding and border come on top of them.
    const int borderWidth = m_largeText ? 4 : 2;
    const int buttonHeight = target - 2 * (4 + borderWidth);
    const int buttonWidth = target - 2 * (14 + borderWidth);
    const int fieldHeight = target - 2 * 3;
    setStyleSheet(
        QStringLiteral(
            "KioskWindow { background: %1; }"
            "QLabel { color: #ffffff; font-size: %3px; }"
            "QLabel#title { font-size: %4px; font-weight: bold; }"
            "QLabel#brand { font-size: %4px; font-weight: bold; color: %6; }"
            "QPushButton { background: %2; color: #ffffff; border: %5; border-radius: 12px;"
            "  font-size: %3px; padding: 4px 14px; min-height: %8px; min-width: %9px; }"
            "QPushButton:checked { background: %6; color: #000000; }"
            "QPushButton:disabled { color: #8a8a8a; }"
            "QPushButton#continue, QPushButton#pay, QPushButton#done, QPushButton#stillHere,"
            "  QPushButton#allFilms { background: %6; color: #000000; font-weight: bold; }"
            "QLineEdit { font-size: %4px; min-height: %10px; background: #ffffff; color: #000000;"
            "  border: 3px solid %6; border-radius: 8px; padding: 0 12px; }"
            "QListWidget { font-size: %3px; background: %1; color: #ffffff; border: %5; }"
            "QListWidget::item { min-height: %7px; border-bottom: 1px solid #3c4260; }"
            "QListWidget::item:selected { background: %6; color: #000000; }"
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
            "QWidget#stillThere { background: rgba(0, 0, 0, 225); }"
            "QWidget#adminCorner { min-width: %7px; min-height: %7px; }")
            .arg(background, button)
            .arg(text)
            .arg(title)
            .arg(border, accent)
            .arg(target)
            .arg(buttonHeight)
            .arg(buttonWidth)
            .arg(fieldHeight));
    m_contrast->setChecked(m_largeText);
}

void KioskWindow::retranslateFrame()
{
    m_brand->setText(tr("Marquee"));
    // The button names the other language, in that language, so its speakers find it.
    m_language->setText(InterfaceLanguage::isPortuguese() ? QStringLiteral("English")
                                                          : QStringLiteral("Português"));
    m_language->setAccessibleName(tr("Change language"));
    m_contrast->setText(tr("Aa Large text"));
    m_help->setAccessibleName(tr("Help: ask a question"));
    m_linkStatus->setText(tr("Offline: some seats cannot be sold here now"));
}

void KioskWindow::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("background: #b3261e; color: #ffffff;"
                                                    "padding: 14px; border-radius: 10px;")
                                   : QStringLiteral("background: #1f5e2e; color: #ffffff;"
                                                    "padding: 14px; border-radius: 10px;"));
    m_message->setVisible(!text.isEmpty());
}

void KioskWindow::showError(const SaleError &error)
{
    if (m_sale->cardOutcomeUnknown()) {
        if (!m_unknownCardSince.isValid())
            m_unknownCardSince.start();
        if (m_unknownCardSince.elapsed() >= m_unknownCardPatienceMs && m_sale->setAside()) {
            // The bank stays out of reach: the totem cannot wait on it forever. The sale keeps
            // its seats and its pending payment, and the payment sweep settles it.
            m_unknownCardSince.invalidate();
            m_confirmRetry.stop();
            startOver();
            showMessage(tr("We could not confirm your card payment with the bank. Do not pay "
                           "again: if your card was charged, your tickets are issued (and "
                           "e-mailed, if you gave an address) or the money goes back to your "
                           "card within the hour. Please ask at the counter."),
                        true);
            return;
        }
    } else {
        m_unknownCardSince.invalidate();
    }
    if (m_sale->hasUnconfirmedPayment()) {
        // The card was charged but the store's answer was lost, or the reader's answer was
        // lost: the same payment is confirmed or asked about again (never charged again) until
        // there is an answer, with nobody to press a key.
        showMessage(m_sale->cardOutcomeUnknown()
                        ? tr("We are checking your card payment with the bank, one moment… "
                             "Do not pay again. If this message stays, please go to the "
                             "counter.")
                        : tr("Your payment went through. We are confirming your tickets, one "
                             "moment… If this message stays, please go to the counter."),
                    false);
        if (!m_confirmRetry.isActive())
            m_confirmRetry.start(kConfirmRetryMs);
        return;
    }
    // Nobody to tell on the attract screen: whoever comes next did not cause it.
    if (m_step == Step::Attract)
        return;
    // The session's messages speak to a cashier; a stranger needs fewer words.
    switch (error.code()) {
    case SaleError::Declined:
        showMessage(tr("Your card was not accepted (%1). Your seats are still held: try again, "
                       "use another card, or cancel.")
                        .arg(error.detail()));
        break;
    case SaleError::SeatTaken:
        showMessage(tr("Someone has just taken one of these seats. Please choose again."));
        break;
    case SaleError::InvalidCpf:
        showMessage(tr("This CPF is not valid. Check the numbers, or leave it empty."));
        break;
    case SaleError::MeiaCap: {
        const auto screening = m_sale->screening();
        const int left =
            screening ? std::max(0, screening->meiaCap() - m_catalog.meiaSold(screening->id)) : 0;
        showMessage(tr("Only %n more meia-entrada ticket(s) can be sold for this screening. "
                       "Choose Inteira for the others.",
                       nullptr, left));
        break;
    }
    case SaleError::InvalidEmail:
        showMessage(tr("This e-mail address does not look right. Check it, or leave it empty."));
        break;
    default:
        showMessage(error.message());
        break;
    }
}

QPushButton *KioskWindow::bigButton(const QString &text, const char *name)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(name));
    // Fingers have no focus to move; a focus frame would only confuse.
    button->setFocusPolicy(Qt::NoFocus);
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
    return button;
}

QWidget *KioskWindow::newPage(const QString &title, QVBoxLayout **layout)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("page"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(10);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("title"));
    heading->setWordWrap(true);
    v->addWidget(heading);
    *layout = v;
    return page;
}

QWidget *KioskWindow::navigation(const QString &nextText, bool nextEnabled, const char *nextName,
                                 std::function<void()> next)
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    QPushButton *back = bigButton(tr("‹ Back"), "back");
    back->setParent(bar);
    back->setEnabled(!saleLocked());
    connect(back, &QPushButton::clicked, this, [this] {
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
            m_partySize = 0;
            goTo(m_filmId ? Step::Screenings : Step::Attract);
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
    });
    h->addWidget(back);
    h->addStretch(1);
    if (m_step == Step::Seats) {
        m_holdClock = new QLabel(bar);
        h->addWidget(m_holdClock);
        h->addStretch(1);
    }
    if (next) {
        QPushButton *forward = bigButton(nextText, nextName);
        forward->setParent(bar);
        forward->setEnabled(nextEnabled);
        connect(forward, &QPushButton::clicked, this, next);
        h->addWidget(forward);
    }
    return bar;
}

QString KioskWindow::dayName(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(1))
        return tr("Tomorrow");
    return QLocale().toString(day, QStringLiteral("ddd d/M"));
}

QString KioskWindow::whenText(const Screening &screening) const
{
    const QDateTime when = screening.startsAt().toLocalTime();
    return dayName(when.date()) + QLatin1Char(' ') +
           QLocale().toString(when.time(), QLocale::ShortFormat);
}

void KioskWindow::setPoster(QPushButton *button, const Screening &film, int rows)
{
    // The tile is `rows` finger-heights tall; the poster fills most of it, at 2:3.
    const int height = touchTarget() * rows - 24;
    const QSize size(height * 2 / 3, height);
    button->setIcon(QPixmap::fromImage(PosterArt::render(film, size, devicePixelRatioF())));
    button->setIconSize(size);
    button->setMinimumHeight(touchTarget() * rows);
}

QPushButton *KioskWindow::screeningButton(const Screening &screening, bool withTitle,
                                          std::function<void()> onTap)
{
    const int left = screening.seatsLeft();
    const QString seats = left > 0 ? tr("%n seat(s) left", nullptr, left) : tr("Sold out");
    // With the film's poster beside them the lines are short: the poster says the title.
    const QStringList lines =
        withTitle
            ? QStringList{whenText(screening), screening.roomName, seats}
            : QStringList{whenText(screening) + QStringLiteral(" · ") + screening.roomName, seats};
    QPushButton *button = bigButton(lines.join(QLatin1Char('\n')), "screening");
    button->setProperty("screeningId", screening.id);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    if (withTitle) {
        setPoster(button, screening, portrait() ? 6 : 4);
        button->setAccessibleName(screening.filmTitle + QStringLiteral(", ") +
                                  lines.join(QStringLiteral(", ")));
    }
    const int id = screening.id;
    if (!onTap)
        onTap = [this, id] {
            chooseScreening(id);
        };
    connect(button, &QPushButton::clicked, this, onTap);
    return button;
}

QWidget *KioskWindow::attractPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Buy your tickets here"), &v);
    auto *hint = new QLabel(tr("Touch a film to start. Starting soon:"), page);
    hint->setWordWrap(true);
    v->addWidget(hint);
    const QDateTime now = QDateTime::currentDateTime();
    QList<Screening> soon;
    for (const Screening &s : m_catalog.startingAfter(now, kSoonTiles * 4)) {
        if (s.seatsLeft() > 0 && soon.size() < kSoonTiles)
            soon << s;
    }
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const int columns = portrait() ? 2 : 3;
    for (int i = 0; i < soon.size(); ++i) {
        QPushButton *tile = screeningButton(soon[i], true);
        grid->addWidget(tile, i / columns, i % columns);
    }
    if (soon.isEmpty()) {
        auto *none = new QLabel(tr("Nothing more starts today. See what is on next."), page);
        none->setWordWrap(true);
        v->addWidget(none);
    }
    v->addLayout(grid, 1);
    QPushButton *all = bigButton(tr("All films and times"), "allFilms");
    connect(all, &QPushButton::clicked, this, [this] { goTo(Step::Films); });
    v->addWidget(all);
    return page;
}

QWidget *KioskWindow::filmsPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Choose a film"), &v);
    const QDateTime now = QDateTime::currentDateTime();
    // Each film's first coming screening.
    QList<Screening> firsts =
        m_catalog.nextScreeningOfEachFilm(now, QDate::currentDate().addDays(6));
    std::sort(firsts.begin(), firsts.end(), [](const Screening &a, const Screening &b) {
        return a.filmTitle.localeAwareCompare(b.filmTitle) < 0;
    });
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const int columns = portrait() ? 2 : 3;
    for (int i = 0; i < firsts.size(); ++i) {
        const Screening &s = firsts[i];
        const QString rating =
            s.rating == QLatin1String("L") ? tr("all ages") : tr("%1+").arg(s.rating);
        QPushButton *tile = bigButton(s.filmTitle + QLatin1Char('\n') +
                                          tr("%1 · %2 min").arg(rating).arg(s.durationMinutes),
                                      "film");
        tile->setProperty("filmId", s.filmId);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setPoster(tile, s, 2);
        const int filmId = s.filmId;
        connect(tile, &QPushButton::clicked, this, [this, filmId] {
            m_filmId = filmId;
            m_filmDay = {};
            goTo(Step::Screenings);
        });
        grid->addWidget(tile, i / columns, i % columns);
    }
    v->addLayout(grid, 1);
    v->addWidget(navigation({}, false, "", {}));
    return page;
}

QWidget *KioskWindow::screeningsPage()
{
    const QList<Screening> times = m_catalog.screeningsOfFilm(
        m_filmId, QDateTime::currentDateTime(), QDate::currentDate().addDays(6));
    QVBoxLayout *v;
    QWidget *page = newPage(times.isEmpty() ? tr("Choose a time")
                                            : tr("%1: choose a time").arg(times.first().filmTitle),
                            &v);
    // One day at a time: a multiplex shows a film dozens of times a week.
    QList<QDate> days;
    bool anyLeft = false;
    for (const Screening &s : times) {
        const QDate date = s.startsAt().toLocalTime().date();
        if (!days.contains(date))
            days << date;
        anyLeft |= s.seatsLeft() > 0;
    }
    if (!days.contains(m_filmDay))
        m_filmDay = days.value(0);
    auto *dayRow = new QHBoxLayout;
    for (const QDate &day : std::as_const(days)) {
        QPushButton *b = bigButton(dayName(day), "day");
        b->setCheckable(true);
        b->setChecked(day == m_filmDay);
        connect(b, &QPushButton::clicked, this, [this, day] {
            m_filmDay = day;
            rebuild();
        });
        dayRow->addWidget(b);
    }
    dayRow->addStretch(1);
    v->addLayout(dayRow);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    grid->setSpacing(12);
    const int columns = portrait() ? 2 : 4;
    int shown = 0;
    for (const Screening &s : times) {
        if (s.startsAt().toLocalTime().date() != m_filmDay)
            continue;
        QPushButton *button = screeningButton(s, false);
        button->setEnabled(s.seatsLeft() > 0);
        grid->addWidget(button, shown / columns, shown % columns);
        ++shown;
    }
    grid->setRowStretch(shown / columns + 1, 1);
    scroll->setWidget(list);
    v->addWidget(scroll, 1);
    if (!anyLeft && !times.isEmpty()) {
        auto *sold = new QLabel(tr("Every time of this film is sold out."), page);
        v->addWidget(sold);
        QPushButton *others = bigButton(tr("See other films starting soon"), "seeSuggestions");
        const int first = times.first().id;
        connect(others, &QPushButton::clicked, this, [this, first] {
            m_sale->openScreening(first);
            goTo(Step::Suggestions);
        });
        v->addWidget(others);
    }
    v->addWidget(navigation({}, false, "", {}));
    return page;
}

void KioskWindow::chooseScreening(int screeningId)
{
    if (!m_sale->openScreening(screeningId))
        return; // the session said why
    m_partySize = 0;
    const auto screening = m_sale->screening();
    if (screening && screening->seatsLeft() == 0) {
        goTo(Step::Suggestions);
        return;
    }
    goTo(Step::Seats);
}

QWidget *KioskWindow::seatsPage()
{
    const auto screening = m_sale->screening();
    QVBoxLayout *v;
    QWidget *page =
        newPage(screening ? screening->filmTitle + QStringLiteral(" · ") + whenText(*screening) +
                                QStringLiteral(" · ") + screening->roomName
                          : QString(),
                &v);
    auto *party = new QHBoxLayout;
    auto *howMany = new QLabel(tr("How many people?"), page);
    party->addWidget(howMany);
    for (int n = 1; n <= 6; ++n) {
        QPushButton *b = bigButton(QString::number(n), "party");
        b->setProperty("count", n);
        b->setCheckable(true);
        b->setChecked(n == m_partySize);
        b->setAccessibleName(tr("Best seats for %n people", nullptr, n));
        connect(b, &QPushButton::clicked, this, [this, n] { choosePartySize(n); });
        party->addWidget(b);
    }
    party->addStretch(1);
    QPushButton *mode =
        bigButton(m_listMode ? tr("Choose on the map") : tr("Choose from a list"), "listMode");
    connect(mode, &QPushButton::clicked, this, [this] {
        m_listMode = !m_listMode;
        rebuild();
    });
    party->addWidget(mode);
    v->addLayout(party);
    auto *hint = new QLabel(m_listMode ? tr("Touch a seat to take it, touch it again to give it "
                                            "back.")
                                       : tr("Touch the number of people for the best seats "
                                            "together, or touch seats on the map. Two fingers "
                                            "zoom."),
                            page);
    hint->setWordWrap(true);
    v->addWidget(hint);

    if (m_listMode) {
        auto *list = new QListWidget(page);
        list->setObjectName(QStringLiteral("seatList"));
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFocusPolicy(Qt::NoFocus);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        QScroller::grabGesture(list->viewport(), QScroller::LeftMouseButtonGesture);
        m_seatList = list;
        fillSeatList(list);
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            m_sale->toggleSeat(item->data(Qt::UserRole).toInt());
        });
        v->addWidget(list, 1);
    } else {
        m_map = new SeatMapWidget(page);
        m_map->setRoomLayout(m_sale->layout());
        m_map->setStates(m_sale->seatStates());
        m_map->setFocusPolicy(Qt::NoFocus);
        m_map->setPriceText([this](int seatId) { return Money::format(m_sale->priceOf(seatId)); });
        connect(m_map, &SeatMapWidget::selectionRequested, this,
                [this](const QList<int> &seats) { m_sale->setSelection(seats); });
        v->addWidget(m_map, 1);
    }
    const int count = int(m_sale->selection().size());
    v->addWidget(
        navigation(count > 0 ? tr("Continue with %n seat(s)", nullptr, count) : tr("Continue"),
                   count > 0, "continue", [this] { goTo(Step::Types); }));
    updateHoldClock();
    return page;
}

void KioskWindow::fillSeatList(QListWidget *list)
{
    struct Entry
    {
        int seatId;
        QString text;
        bool chosen;
    };
    QList<Entry> entries;
    QString signature;
    const RoomLayout &layout = m_sale->layout();
    const QHash<int, SeatState> &states = m_sale->seatStates();
    const QList<int> mine = m_sale->selection();
    for (const Seat &seat : layout.seats()) {
        const SeatState state = states.value(seat.id, SeatState::Free);
        const bool chosen = mine.contains(seat.id);
        if (!seat.isSellable() || (state != SeatState::Free && !chosen))
            continue;
        QString text = tr("Row %1, seat %2").arg(seat.row).arg(seat.number);
        if (seat.kind != SeatKind::Standard)
            text += QStringLiteral(" — ") + Seat::kindName(seat.kind);
        text += QStringLiteral(" · ") + Money::format(m_sale->priceOf(seat.id));
        entries.append({seat.id, text, chosen});
        signature += QString::number(seat.id) + (chosen ? QLatin1Char('+') : QLatin1Char(','));
    }
    // Other terminals' holds are read again every second: a list that did not change is left
    // alone, so a finger on it is not lost and it does not jump.
    if (list->property("signature").toString() == signature)
        return;
    list->setProperty("signature", signature);
    const int scrolled = list->verticalScrollBar()->value();
    list->clear();
    for (const Entry &e : std::as_const(entries)) {
        auto *item = new QListWidgetItem(
            (e.chosen ? QStringLiteral("✔ ") : QStringLiteral("   ")) + e.text, list);
        item->setData(Qt::UserRole, e.seatId);
        item->setData(
            Qt::AccessibleTextRole,
            QString(e.text + QStringLiteral(", ") +
                    (e.chosen ? tr("yours") : SeatMapWidget::stateName(SeatState::Free))));
        item->setSizeHint(QSize(0, touchTarget()));
        if (e.chosen) {
            item->setBackground(QColor(m_largeText ? 0xffff00 : 0xf5b301));
            item->setForeground(Qt::black);
        }
    }
    list->verticalScrollBar()->setValue(scrolled);
}

void KioskWindow::updateHoldClock()
{
    if (!m_holdClock)
        return;
    const int left = m_sale->holdSecondsLeft();
    m_holdClock->setText(
        m_sale->selection().isEmpty() || left <= 0
            ? QString()
            : tr("Held for you for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void KioskWindow::choosePartySize(int count)
{
    m_partySize = count;
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

QWidget *KioskWindow::suggestionsPage()
{
    const auto wanted = m_sale->screening();
    const int party = std::max(1, m_partySize);
    QVBoxLayout *v;
    QWidget *page =
        newPage(!wanted || wanted->seatsLeft() == 0
                    ? tr("This time is sold out")
                    : tr("There are not %n seats together at this time", nullptr, party),
                &v);
    ScreeningSuggestions::Suggestions suggestions;
    if (wanted)
        suggestions = ScreeningSuggestions::forScreening(m_catalog, *wanted, party,
                                                         QDateTime::currentDateTime());
    const auto addList = [&](const QString &heading, const QList<Screening> &list, bool withTitle) {
        if (list.isEmpty())
            return;
        v->addWidget(new QLabel(heading, page));
        auto *row = new QGridLayout;
        row->setSpacing(12);
        const int columns = portrait() ? 2 : 3;
        for (int i = 0; i < list.size(); ++i) {
            const int id = list[i].id;
            // The same party, in the other screening: its best seats at once.
            QPushButton *button = screeningButton(list[i], withTitle, [this, id] {
                const int partySize = m_partySize;
                chooseScreening(id);
                if (partySize > 0 && m_step == Step::Seats)
                    choosePartySize(partySize);
            });
            button->setObjectName(QStringLiteral("suggestion"));
            row->addWidget(button, i / columns, i % columns);
        }
        v->addLayout(row);
    };
    if (wanted)
        addList(tr("Other times for %1").arg(wanted->filmTitle), suggestions.sameFilm, false);
    addList(tr("Other films starting soon"), suggestions.otherFilms, true);
    if (suggestions.sameFilm.isEmpty() && suggestions.otherFilms.isEmpty()) {
        auto *none = new QLabel(tr("Nothing else has room for %n right now. Please ask at the "
                                   "counter.",
                                   nullptr, party),
                                page);
        none->setWordWrap(true);
        v->addWidget(none);
    }
    v->addStretch(1);
    v->addWidget(navigation({}, false, "", {}));
    return page;
}

QWidget *KioskWindow::typesPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Who are the tickets for?"), &v);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<TicketType> types = m_sale->ticketTypes();
    const QList<int> seats = m_sale->selection();
    bool anyMeia = false;
    auto *total = new QLabel(page);
    total->setObjectName(QStringLiteral("total"));
    const auto updateTotal = [this, total] {
        total->setText(tr("Total: %1").arg(Money::format(m_sale->totalCents())));
    };
    for (int r = 0; r < seats.size(); ++r) {
        const int seatId = seats[r];
        const Seat *seat = m_sale->layout().seat(seatId);
        grid->addWidget(new QLabel(tr("Seat %1").arg(seat ? seat->label() : QString()), page), r,
                        0);
        auto *group = new QButtonGroup(page);
        for (int c = 0; c < types.size(); ++c) {
            const TicketType &type = types[c];
            anyMeia |= type.isMeia;
            QPushButton *b = bigButton(type.displayName() + QLatin1Char('\n') +
                                           Money::format(m_sale->priceOf(seatId, type.id)),
                                       "ticketType");
            b->setParent(page);
            b->setCheckable(true);
            b->setChecked(m_sale->ticketTypeOf(seatId) == type.id);
            b->setProperty("seatId", seatId);
            b->setProperty("ticketTypeId", type.id);
            group->addButton(b);
            const int typeId = type.id;
            connect(b, &QPushButton::clicked, this, [this, seatId, typeId, updateTotal] {
                m_sale->setTicketType(seatId, typeId);
                updateTotal();
            });
            grid->addWidget(b, r, c + 1);
        }
    }
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(grid);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    v->addWidget(scroll, 1);
    if (anyMeia) {
        auto *meia = new QLabel(tr("Meia-entrada (half price) is for students, people over 60, "
                                   "teachers and others the law names: show your document at "
                                   "the door."),
                                page);
        meia->setWordWrap(true);
        v->addWidget(meia);
    }
    updateTotal();
    v->addWidget(total);
    v->addWidget(navigation(tr("Continue"), true, "continue", [this] {
        // The meia share is checked here, where it can be changed, not after the details.
        if (const SaleError error = m_sale->validate(); error.code() == SaleError::MeiaCap) {
            showError(error);
            return;
        }
        goTo(Step::Details);
    }));
    return page;
}

QWidget *KioskWindow::detailsPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Your details (optional)"), &v);
    auto *form = new QGridLayout;
    form->setSpacing(12);
    auto *cpf = new QLineEdit(m_cpfTyped, page);
    cpf->setObjectName(QStringLiteral("cpf"));
    cpf->setPlaceholderText(tr("000.000.000-00"));
    cpf->setInputMethodHints(Qt::ImhDigitsOnly);
    cpf->setMaxLength(14);
    auto *email = new QLineEdit(m_emailTyped, page);
    email->setObjectName(QStringLiteral("email"));
    email->setPlaceholderText(tr("name@example.com"));
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    form->addWidget(new QLabel(tr("CPF, for the receipt"), page), 0, 0);
    form->addWidget(cpf, 0, 1);
    form->addWidget(new QLabel(tr("E-mail, to get the tickets"), page), 1, 0);
    form->addWidget(email, 1, 1);
    form->setColumnStretch(1, 1);
    v->addLayout(form);
    auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, page);
    keyboard->setTarget(cpf);
    v->addWidget(keyboard);
    v->addStretch(1);
    const auto pick = [keyboard](QLineEdit *field, OnScreenKeyboard::Layout layout) {
        keyboard->setTarget(field);
        keyboard->setLayout(layout);
        field->setFocus(Qt::MouseFocusReason);
    };
    // Touching a field brings its keys: digits for the CPF, letters for the e-mail.
    cpf->installEventFilter(this);
    email->installEventFilter(this);
    cpf->setProperty("keyboardLayout", int(OnScreenKeyboard::Layout::Digits));
    email->setProperty("keyboardLayout", int(OnScreenKeyboard::Layout::Email));
    connect(cpf, &QLineEdit::textChanged, this, [this](const QString &t) { m_cpfTyped = t; });
    connect(email, &QLineEdit::textChanged, this, [this](const QString &t) { m_emailTyped = t; });
    pick(cpf, OnScreenKeyboard::Layout::Digits);
    v->addWidget(navigation(tr("Continue"), true, "continue", [this] {
        m_sale->setCustomer(m_cpfTyped, m_emailTyped.trimmed());
        if (const SaleError error = m_sale->validate(); error.isError()) {
            showError(error);
            return;
        }
        goTo(Step::Payment);
    }));
    return page;
}

QWidget *KioskWindow::paymentPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Pay by card"), &v);
    const auto screening = m_sale->screening();
    QStringList lines;
    if (screening)
        lines << screening->filmTitle + QStringLiteral(" · ") + whenText(*screening) +
                     QStringLiteral(" · ") + screening->roomName;
    QStringList seats;
    for (const int id : m_sale->selection()) {
        const Seat *seat = m_sale->layout().seat(id);
        QString typeName;
        for (const TicketType &t : m_sale->ticketTypes()) {
            if (t.id == m_sale->ticketTypeOf(id))
                typeName = t.displayName();
        }
        seats << tr("%1 (%2)").arg(seat ? seat->label() : QString(), typeName);
    }
    lines << tr("Seats: %1").arg(seats.join(QStringLiteral(", ")));
    auto *summary = new QLabel(lines.join(QLatin1Char('\n')), page);
    summary->setWordWrap(true);
    v->addWidget(summary);
    auto *how =
        new QLabel(tr("Touch Pay, then insert, tap or swipe your card on the reader."), page);
    how->setWordWrap(true);
    v->addWidget(how);
    v->addStretch(1);
    m_payButton = bigButton(QString(), "pay");
    m_payButton->setMinimumHeight(touchTarget() * 2);
    connect(m_payButton, &QPushButton::clicked, this, &KioskWindow::pay);
    v->addWidget(m_payButton);
    QPushButton *cancel = bigButton(tr("Cancel the purchase"), "cancelPurchase");
    connect(cancel, &QPushButton::clicked, this, &KioskWindow::startOver);
    v->addWidget(cancel, 0, Qt::AlignLeft);
    v->addWidget(navigation({}, false, "", {}));
    return page;
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
    const QString printer = StoreSettings(m_database).value(QStringLiteral("kiosk_printer"));
    if (!printer.isEmpty() && m_receiptScreening)
        print(printer);
    m_mailStatus.clear();
    m_mailId = 0;
    if (!receipt.order.email.isEmpty()) {
        // Only queued here, in one short local write; the mail thread renders and sends it.
        if (const auto error = MailQueue(m_database)
                                   .enqueueTickets(ticketContent(), receipt.order.email, &m_mailId))
            m_mailStatus =
                tr("We could not queue the e-mail (%1). Take a photo of the codes.").arg(*error);
        else
            m_mailStatus = tr("We are also sending them to %1.").arg(receipt.order.email);
        if (m_mailSender)
            m_mailSender->wake();
    }
    goTo(Step::Tickets);
}

TicketDocument::Content KioskWindow::ticketContent() const
{
    return TicketDocument::contentOf(*m_receipt, m_receiptScreening.value_or(Screening()),
                                     m_sale->ticketTypes(), m_terminal.name());
}

void KioskWindow::print(const QString &printer)
{
    m_printStatus = tr("Printing your tickets…");
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_printStatus = error.isEmpty()
                            ? tr("Printed: take your tickets from the printer.")
                            : tr("The printer did not print (%1). Show the codes on this screen "
                                 "at the door, or take a photo of them.")
                                  .arg(error);
        if (m_printLabel)
            m_printLabel->setText(m_printStatus);
    });
    // Paging and printing take seconds: never on the screen's thread.
    watcher->setFuture(QtConcurrent::run([content = ticketContent(), printer]() -> QString {
        const TicketDocument document(content);
        // "pdf:FOLDER" files each sale's tickets there instead (a shared folder a print server
        // watches, or a test).
        if (printer.startsWith(QLatin1String("pdf:"))) {
            const QString path =
                QDir(printer.mid(4))
                    .filePath(QStringLiteral("tickets-%1.pdf").arg(content.receipt.order.id));
            return document.writePdf(path);
        }
        QPrinter device(QPrinter::HighResolution);
        device.setPrinterName(printer);
        if (!device.isValid())
            return tr("no printer called %1").arg(printer);
        device.setPageSize(QPageSize(QPageSize::A5));
        device.setDocName(QStringLiteral("Marquee %1").arg(content.receipt.order.id));
        return document.paint(&device) ? QString() : tr("the printer refused the job");
    }));
}

QWidget *KioskWindow::ticketsPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Thank you! Here are your tickets"), &v);
    auto *hint = new QLabel(tr("Show a code at the door, or take a photo of it."), page);
    hint->setWordWrap(true);
    v->addWidget(hint);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto *inner = new QWidget;
    auto *grid = new QGridLayout(inner);
    grid->setSpacing(24);
    if (m_receipt) {
        const int columns = portrait() ? 1 : 3;
        QHash<int, QString> typeNames;
        for (const TicketType &t : m_sale->ticketTypes())
            typeNames.insert(t.id, t.displayName());
        for (int i = 0; i < m_receipt->tickets.size(); ++i) {
            const IssuedTicket &t = m_receipt->tickets[i];
            auto *ticket = new QWidget(inner);
            ticket->setObjectName(QStringLiteral("ticket"));
            auto *tv = new QVBoxLayout(ticket);
            auto *code = new QLabel(ticket);
            code->setObjectName(QStringLiteral("qr"));
            code->setProperty("code", t.code);
            // White around the code whatever the theme: cameras need the quiet zone.
            code->setStyleSheet(QStringLiteral("background: #ffffff; padding: 8px;"));
            code->setPixmap(QPixmap::fromImage(QrCodeImage::render(t.code, 5, 4)));
            code->setAlignment(Qt::AlignCenter);
            tv->addWidget(code, 0, Qt::AlignHCenter);
            QStringList lines;
            if (m_receiptScreening)
                lines << m_receiptScreening->filmTitle
                      << whenText(*m_receiptScreening) + QStringLiteral(" · ") +
                             m_receiptScreening->roomName;
            lines << tr("Seat %1 · %2").arg(t.seatLabel(), typeNames.value(t.ticketTypeId));
            auto *text = new QLabel(lines.join(QLatin1Char('\n')), ticket);
            text->setAlignment(Qt::AlignCenter);
            tv->addWidget(text);
            grid->addWidget(ticket, i / columns, i % columns);
        }
    }
    scroll->setWidget(inner);
    v->addWidget(scroll, 1);
    if (!m_printStatus.isEmpty()) {
        m_printLabel = new QLabel(m_printStatus, page);
        m_printLabel->setObjectName(QStringLiteral("printStatus"));
        m_printLabel->setWordWrap(true);
        v->addWidget(m_printLabel);
    }
    if (!m_mailStatus.isEmpty()) {
        m_mailLabel = new QLabel(m_mailStatus, page);
        m_mailLabel->setObjectName(QStringLiteral("mailStatus"));
        m_mailLabel->setWordWrap(true);
        v->addWidget(m_mailLabel);
    }
    QPushButton *done = bigButton(tr("Done"), "done");
    connect(done, &QPushButton::clicked, this, &KioskWindow::startOver);
    v->addWidget(done, 0, Qt::AlignRight);
    return page;
}

QWidget *KioskWindow::helpPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Ask me about films, times and prices"), &v);
    auto *log = new QLabel(page);
    log->setObjectName(QStringLiteral("chatLog"));
    log->setWordWrap(true);
    log->setTextFormat(Qt::RichText);
    log->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QString html;
    for (const auto &[question, answer] : std::as_const(m_conversation)) {
        html +=
            QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(question.toHtmlEscaped(), answer.isEmpty() ? tr("…") : answer.toHtmlEscaped());
    }
    if (html.isEmpty())
        html = tr("Type a question, or touch one of these.").toHtmlEscaped();
    log->setText(html);
    m_chatLog = log;
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(log);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    v->addWidget(scroll, 1);
    // The newest answer in view, once the log has its height.
    QTimer::singleShot(0, scroll, [scroll] {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });

    auto *examples = new QHBoxLayout;
    const QStringList samples{tr("What starts soon?"), tr("How much is a meia-entrada?"),
                              tr("Are there seats at 9 pm?")};
    for (const QString &sample : samples) {
        QPushButton *b = bigButton(sample, "example");
        connect(b, &QPushButton::clicked, this, [this, sample] { askAssistant(sample); });
        examples->addWidget(b);
    }
    v->addLayout(examples);
    m_question = new QLineEdit(m_questionTyped, page);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setPlaceholderText(tr("Your question"));
    // An answer arriving says the page again; what is being typed stays.
    connect(m_question, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_questionTyped = text; });
    v->addWidget(m_question);
    auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Text, page);
    keyboard->setTarget(m_question);
    connect(keyboard, &OnScreenKeyboard::submitted, this, [this] {
        if (m_question)
            askAssistant(m_question->text());
    });
    connect(m_question, &QLineEdit::returnPressed, this, [this] {
        if (m_question)
            askAssistant(m_question->text());
    });
    v->addWidget(keyboard);
    auto *hint = new QLabel(tr("For anything else, the staff at the counter will help you."), page);
    hint->setWordWrap(true);
    v->addWidget(hint);
    v->addWidget(navigation({}, false, "", {}));
    return page;
}

void KioskWindow::askAssistant(const QString &question)
{
    const QString asked = question.trimmed();
    if (asked.isEmpty())
        return;
    m_conversation.append({asked, QString()});
    m_questionTyped.clear();
    rebuild();
    m_assistant->ask(asked);
}

QWidget *KioskWindow::adminPage()
{
    QVBoxLayout *v;
    QWidget *page = newPage(tr("Administrator PIN"), &v);
    auto *pin = new QLineEdit(page);
    pin->setObjectName(QStringLiteral("pin"));
    pin->setEchoMode(QLineEdit::Password);
    v->addWidget(pin);
    auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, page);
    keyboard->setTarget(pin);
    v->addWidget(keyboard);
    v->addStretch(1);
    v->addWidget(navigation(tr("Leave kiosk mode"), true, "unlock",
                            [this, pin] { tryUnlock(pin->text()); }));
    return page;
}

void KioskWindow::tryUnlock(const QString &pin)
{
    if (m_pinFailures >= kPinAttempts && m_pinLockClock.isValid() &&
        m_pinLockClock.elapsed() < kPinLockoutMs) {
        showMessage(tr("Too many wrong PINs. Wait a minute and try again."));
        return;
    }
    if (m_pinFailures >= kPinAttempts)
        m_pinFailures = 0;
    if (saleLocked()) {
        showMessage(tr("A card payment is not finished yet. Try again in a moment."));
        return;
    }
    const AdminPin admin(m_database);
    if (!admin.isSet()) {
        showMessage(tr("No administrator PIN is set, so the kiosk cannot be left here. Set one "
                       "with marquee-kiosk --set-admin-pin."));
        return;
    }
    if (!admin.verify(pin)) {
        if (++m_pinFailures >= kPinAttempts)
            m_pinLockClock.start();
        showMessage(tr("Wrong PIN."));
        return;
    }
    m_pinFailures = 0;
    m_unlocked = true;
    m_sale->cancelSale();
    Q_EMIT unlocked();
}

void KioskWindow::onAdminCornerTapped()
{
    if (!m_cornerClock.isValid() || m_cornerClock.elapsed() > kCornerTapWindowMs) {
        m_cornerTaps = 0;
        m_cornerClock.start();
    }
    if (++m_cornerTaps >= kCornerTapsToUnlock) {
        m_cornerTaps = 0;
        m_cornerClock.invalidate();
        goTo(Step::Admin);
    }
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
    m_largeText = !m_largeText;
    applyLook();
    rebuild();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Only the administrator closes a kiosk.
    if (!m_unlocked)
        event->ignore();
    else
        event->accept();
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateFrame();
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

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
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
    if (watched == m_adminCorner && (event->type() == QEvent::MouseButtonPress ||
                                     event->type() == QEvent::MouseButtonDblClick)) {
        onAdminCornerTapped();
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto *field = qobject_cast<QLineEdit *>(watched)) {
            const QVariant layout = field->property("keyboardLayout");
            if (layout.isValid()) {
                if (auto *keyboard = field->parentWidget()->findChild<OnScreenKeyboard *>()) {
                    keyboard->setTarget(field);
                    keyboard->setLayout(OnScreenKeyboard::Layout(layout.toInt()));
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
