// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangedialog.h"

#include "core/aftersale/exchangequote.h"
#include "core/aftersale/refunddesk.h"
#include "core/catalog/catalogrepository.h"
#include "core/catalog/money.h"
#include "core/sales/salesauthority.h"
#include "core/sales/salesession.h"
#include "ui/widgets/managerapproval.h"
#include "ui/widgets/seatmapwidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

ExchangeDialog::ExchangeDialog(const Database &local, SalesAuthority &authority,
                               PaymentProvider *payments, const User &cashier,
                               const SoldOrder &order, const QList<int> &ticketIds,
                               const QString &reason, QWidget *parent)
    : QDialog(parent), m_local(local), m_cashier(cashier), m_order(order), m_ticketIds(ticketIds),
      m_types(ExchangeQuote::typesOf(order, ticketIds)), m_reason(reason),
      m_key(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_noCard(0),
      m_sale(new SaleSession(local, authority, m_noCard, this)),
      m_desk(new RefundDesk(authority, local, payments, this)), m_from(new QLabel(this)),
      m_screeningLabel(new QLabel(this)), m_screenings(new QComboBox(this)),
      m_map(new SeatMapWidget(this)), m_totals(new QLabel(this)), m_cashLabel(new QLabel(this)),
      m_cash(new QLineEdit(this)),
      m_approval(new ManagerApproval(local, User::Act::AuthorizeRefund, this)),
      m_exchange(new QPushButton(this)), m_close(new QPushButton(this)), m_result(new QLabel(this))
{
    m_sale->setUserId(cashier.id);
    // The same customer: the CPF limit counts their tickets, the new ones go to their address.
    m_sale->setCustomer(order.cpf, order.email);
    m_from->setTextFormat(Qt::PlainText);
    m_from->setWordWrap(true);
    m_screeningLabel->setBuddy(m_screenings);
    m_cashLabel->setBuddy(m_cash);
    // Two lines of its own (a wrapped label gets squeezed under the stretching map).
    m_totals->setWordWrap(false);
    m_totals->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_approval->hide();
    m_map->setMinimumSize(480, 320);
    m_map->setPriceText([this](int seatId) { return Money::format(m_sale->priceOf(seatId)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_from);
    auto *choose = new QHBoxLayout;
    choose->addWidget(m_screeningLabel);
    choose->addWidget(m_screenings, 1);
    layout->addLayout(choose);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_totals);
    auto *cash = new QHBoxLayout;
    cash->addWidget(m_cashLabel);
    cash->addWidget(m_cash);
    cash->addStretch(1);
    layout->addLayout(cash);
    layout->addWidget(m_approval);
    layout->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exchange);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_screenings, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            chooseScreening(m_screenings->itemData(index).toInt());
    });
    connect(m_map, &SeatMapWidget::selectionRequested, this, [this](const QList<int> &seats) {
        if (seats.size() > m_ticketIds.size()) {
            say(tr("Pick %n seat(s): one for each ticket changed.", nullptr,
                   int(m_ticketIds.size())),
                true);
            return;
        }
        if (m_sale->setSelection(seats))
            m_result->clear();
    });
    connect(m_map, &SeatMapWidget::activated, this, [this] { m_exchange->setFocus(); });
    connect(m_sale, &SaleSession::screeningChanged, this, [this] {
        m_map->setRoomLayout(m_sale->layout());
        m_map->setStates(m_sale->seatStates());
        updateTotals();
    });
    connect(m_sale, &SaleSession::seatStatesChanged, this,
            [this] { m_map->setStates(m_sale->seatStates()); });
    connect(m_sale, &SaleSession::selectionChanged, this, &ExchangeDialog::onSelectionChanged);
    connect(m_sale, &SaleSession::totalsChanged, this, &ExchangeDialog::updateTotals);
    connect(m_sale, &SaleSession::holdExpired, this,
            [this](const QString &message) { say(message, true); });
    connect(m_sale, &SaleSession::errorOccurred, this, [this](const SaleError &error) {
        updateTotals();
        if (error.code() == SaleError::NeedsManager) {
            m_result->clear();
            m_approval->ask(error.message());
            return;
        }
        say(error.message(), true);
    });
    connect(m_sale, &SaleSession::exchangeCompleted, this, [this](const Exchange &made) {
        m_made = made;
        m_approval->clear();
        m_desk->giveBack(made.refund);
    });
    connect(m_desk, &RefundDesk::refunded, this, [this](const Refund &, bool moneyBack) {
        if (!m_made)
            return;
        const Exchange made = *m_made;
        Q_EMIT exchanged(made, moneyBack, m_approvedBy);
        accept();
    });
    connect(m_approval, &ManagerApproval::approved, this, [this](const User &manager) {
        m_approvedBy = manager.name;
        exchange(manager.id);
    });
    connect(m_cash, &QLineEdit::returnPressed, this, [this] { exchange(); });
    connect(m_exchange, &QPushButton::clicked, this, [this] { exchange(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // Closed without exchanging: the seats picked are for sale again at once.
    connect(this, &QDialog::finished, this, [this] {
        if (!m_made && !m_sale->selection().isEmpty() && !m_sale->isPaying())
            m_sale->cancelSale();
    });
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, [this] { exchange(); });

    retranslate();
    loadScreenings();
    resize(760, 640);
}

ExchangeDialog::~ExchangeDialog() = default;

void ExchangeDialog::loadScreenings()
{
    // This terminal's copy of the catalogue: what it can show a map of.
    const QDate today = QDate::currentDate();
    QList<Screening> screenings =
        CatalogRepository(m_local).search(QString(), today, today.addDays(13));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    screenings.erase(std::remove_if(screenings.begin(), screenings.end(),
                                    [now](const Screening &s) { return s.startsAtMs <= now; }),
                     screenings.end());
    // The same film first: most customers change the day or the time, not the film.
    std::stable_sort(screenings.begin(), screenings.end(),
                     [this](const Screening &a, const Screening &b) {
                         return (a.filmTitle == m_order.film) > (b.filmTitle == m_order.film);
                     });
    const QSignalBlocker quiet(m_screenings);
    m_screenings->clear();
    const QLocale locale;
    for (const Screening &s : std::as_const(screenings))
        m_screenings->addItem(tr("%1 · %2 · %3 · %4")
                                  .arg(s.filmTitle, s.roomName,
                                       locale.toString(s.startsAt(), QLocale::ShortFormat),
                                       Money::format(s.priceCents)),
                              s.id);
    if (m_screenings->count() > 0) {
        m_screenings->setCurrentIndex(0);
        chooseScreening(m_screenings->itemData(0).toInt());
    } else {
        say(tr("No screening ahead to change the tickets for."), true);
    }
}

void ExchangeDialog::chooseScreening(int screeningId)
{
    const int index = m_screenings->findData(screeningId);
    if (index >= 0 && index != m_screenings->currentIndex()) {
        const QSignalBlocker quiet(m_screenings);
        m_screenings->setCurrentIndex(index);
    }
    if (!m_sale->openScreening(screeningId))
        return;
    m_map->setFocus(Qt::OtherFocusReason);
}

void ExchangeDialog::onSelectionChanged()
{
    // Each new seat keeps the type of the ticket it replaces, in the order they are picked.
    const QList<int> seats = m_sale->selection();
    for (int i = 0; i < seats.size() && i < m_types.size(); ++i)
        if (m_types.at(i) > 0 && m_sale->ticketTypeOf(seats.at(i)) != m_types.at(i))
            m_sale->setTicketType(seats.at(i), m_types.at(i));
    m_map->setStates(m_sale->seatStates());
    updateTotals();
}

void ExchangeDialog::updateTotals()
{
    const int wanted = int(m_ticketIds.size());
    const int picked = int(m_sale->selection().size());
    const ExchangeQuote quote = ExchangeQuote::of(m_order, m_ticketIds, m_sale->totalCents());
    QString text = tr("%1 of %n seat(s) picked.", nullptr, wanted).arg(picked);
    if (picked == wanted) {
        text += QLatin1Char(' ') +
                tr("The tickets given back are worth %1; the new seats cost %2.")
                    .arg(Money::format(quote.creditCents), Money::format(quote.newCents));
        text += QLatin1Char('\n');
        if (quote.dueCents() > 0)
            text += tr("The customer pays %1 in cash.").arg(Money::format(quote.dueCents()));
        else if (quote.backCents() > 0)
            text += m_order.method == PaymentMethod::Card
                        ? tr("%1 goes back to the card.").arg(Money::format(quote.backCents()))
                        : tr("Give %1 back in cash.").arg(Money::format(quote.backCents()));
        else
            text += tr("Nothing changes hands.");
    }
    m_totals->setText(text);
    const bool cash = picked == wanted && quote.dueCents() > 0;
    m_cash->setEnabled(cash);
    m_cashLabel->setEnabled(cash);
    m_cash->setPlaceholderText(cash ? Money::format(quote.dueCents()) : QString());
    if (!cash)
        m_cash->clear();
    m_exchange->setEnabled(picked == wanted && !m_sale->isPaying());
}

void ExchangeDialog::exchange(int authorizedBy)
{
    if (m_made || m_sale->isPaying())
        return;
    if (m_sale->selection().size() != m_ticketIds.size()) {
        say(tr("Pick %n seat(s): one for each ticket changed.", nullptr, int(m_ticketIds.size())),
            true);
        return;
    }
    const ExchangeQuote quote = ExchangeQuote::of(m_order, m_ticketIds, m_sale->totalCents());
    qint64 tendered = quote.dueCents();
    if (quote.dueCents() > 0 && !m_cash->text().trimmed().isEmpty()) {
        tendered = Money::parse(m_cash->text());
        if (tendered < 0) {
            say(tr("“%1” is not an amount of money.").arg(m_cash->text()), true);
            m_cash->setFocus();
            return;
        }
    }
    ExchangeRequest request;
    request.idempotencyKey = m_key;
    request.oldOrderId = m_order.orderId;
    request.ticketIds = m_ticketIds;
    request.reason = m_reason;
    request.userId = m_cashier.id;
    request.authorizedBy = authorizedBy;
    request.tenderedCents = tendered;
    say(tr("Exchanging…"), false);
    m_sale->payByExchange(request);
}

void ExchangeDialog::say(const QString &text, bool isError)
{
    m_result->setText(text);
    m_result->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void ExchangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExchangeDialog::retranslate()
{
    setWindowTitle(tr("Exchange tickets — order %1").arg(m_order.orderId));
    QStringList seats;
    for (const int id : std::as_const(m_ticketIds))
        if (const SoldOrder::Ticket *ticket = m_order.ticket(id))
            seats << ticket->seat;
    m_from->setText(tr("Changing seat(s) %1 of %2 · %3 · %4 for:")
                        .arg(seats.join(QStringLiteral(", ")), m_order.film, m_order.room,
                             QLocale().toString(m_order.startsAt, QLocale::ShortFormat)));
    m_screeningLabel->setText(tr("&Screening:"));
    m_cashLabel->setText(tr("&Cash tendered:"));
    m_exchange->setText(tr("E&xchange (Ctrl+Enter)"));
    m_close->setText(tr("&Cancel"));
    updateTotals();
}
