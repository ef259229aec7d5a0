// SPDX-License-Identifier: GPL-3.0-or-later
#include "refunddialog.h"

#include "core/aftersale/aftersale.h"
#include "core/aftersale/refunddesk.h"
#include "core/catalog/catalogrepository.h"
#include "core/catalog/money.h"
#include "core/sales/cpf.h"
#include "core/sales/salesauthority.h"
#include "core/sales/salesession.h"
#include "core/store/database.h"
#include "ui/counter/exchangedialog.h"
#include "ui/counter/refundslipdialog.h"
#include "ui/counter/ticketsdialog.h"
#include "ui/widgets/managerapproval.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
enum TicketColumn { SeatColumn, TypeColumn, PriceColumn, StateColumn, TicketColumns };
constexpr int kTicketIdRole = Qt::UserRole + 1;
constexpr int kPriceRole = Qt::UserRole + 2;

QString shortTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString methodText(PaymentMethod method)
{
    return method == PaymentMethod::Card ? RefundDialog::tr("card") : RefundDialog::tr("cash");
}

QString stateText(const SoldOrder::Ticket &t)
{
    const QLocale locale;
    switch (t.state) {
    case SoldOrder::Ticket::State::Valid:
        return RefundDialog::tr("Valid");
    case SoldOrder::Ticket::State::Used:
        return RefundDialog::tr("Used at %1 at %2")
            .arg(locale.toString(t.usedAt.toLocalTime().time(), QLocale::ShortFormat), t.usedGate);
    case SoldOrder::Ticket::State::Cancelled:
        break;
    }
    const QString when = locale.toString(t.cancelledAt.toLocalTime().time(), QLocale::ShortFormat);
    if (t.replaced)
        return t.cancelledBy.isEmpty()
                   ? RefundDialog::tr("Replaced at %1 by a reissued ticket").arg(when)
                   : RefundDialog::tr("Replaced at %1 by a ticket %2 reissued")
                         .arg(when, t.cancelledBy);
    return t.cancelledBy.isEmpty()
               ? RefundDialog::tr("Given back at %1").arg(when)
               : RefundDialog::tr("Given back at %1 by %2").arg(when, t.cancelledBy);
}
} // namespace

RefundDialog::RefundDialog(const Database &authorityStore, const Database &local,
                           SalesAuthority &authority, PaymentProvider *payments,
                           const User &cashier, QWidget *parent)
    : QDialog(parent), m_authorityStore(authorityStore), m_local(local), m_authority(authority),
      m_payments(payments), m_cashier(cashier),
      m_desk(new RefundDesk(authority, local, payments, this)), m_findLabel(new QLabel(this)),
      m_find(new QLineEdit(this)), m_findButton(new QPushButton(this)),
      m_orders(new QStandardItemModel(this)), m_ordersView(new QTableView(this)),
      m_orderLabel(new QLabel(this)), m_tickets(new QStandardItemModel(this)),
      m_ticketsSorted(new QSortFilterProxyModel(this)), m_ticketsView(new QTableView(this)),
      m_history(new QLabel(this)), m_reasonLabel(new QLabel(this)), m_reason(new QComboBox(this)),
      m_approval(new ManagerApproval(local, User::Act::AuthorizeRefund, this)),
      m_refund(new QPushButton(this)), m_reprint(new QPushButton(this)),
      m_reissue(new QPushButton(this)), m_resend(new QPushButton(this)),
      m_slip(new QPushButton(this)), m_exchangeButton(new QPushButton(this)),
      m_close(new QPushButton(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("refundDialog"));
    m_find->setObjectName(QStringLiteral("findSale"));
    m_find->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_find);
    m_ordersView->setModel(m_orders);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersView->verticalHeader()->hide();
    m_ordersView->horizontalHeader()->setStretchLastSection(true);
    m_ordersView->setMaximumHeight(140);
    m_ordersView->hide();
    m_orderLabel->setWordWrap(true);
    m_orderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ticketsSorted->setSourceModel(m_tickets);
    m_ticketsSorted->setSortRole(Qt::UserRole);
    m_ticketsView->setModel(m_ticketsSorted);
    m_ticketsView->setObjectName(QStringLiteral("refundTickets"));
    m_ticketsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticketsView->setSortingEnabled(true);
    m_ticketsView->verticalHeader()->hide();
    m_ticketsView->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(true);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reasonLabel->setBuddy(m_reason);
    m_refund->setObjectName(QStringLiteral("giveBack"));
    m_refund->setDefault(false);
    m_refund->setAutoDefault(false);
    m_findButton->setAutoDefault(false);
    m_close->setAutoDefault(false);
    for (QPushButton *b : {m_reprint, m_reissue, m_resend, m_slip, m_exchangeButton})
        b->setAutoDefault(false);
    m_reprint->setObjectName(QStringLiteral("reprint"));
    m_reissue->setObjectName(QStringLiteral("reissue"));
    m_resend->setObjectName(QStringLiteral("resend"));
    m_slip->setObjectName(QStringLiteral("slip"));
    m_exchangeButton->setObjectName(QStringLiteral("exchange"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("refundResult"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findButton);
    auto *reasonRow = new QFormLayout;
    reasonRow->addRow(m_reasonLabel, m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_reissue);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_slip);
    buttons->addStretch(1);
    buttons->addWidget(m_exchangeButton);
    buttons->addWidget(m_refund);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_ordersView);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_ticketsView, 1);
    layout->addWidget(m_history);
    layout->addLayout(reasonRow);
    layout->addWidget(m_approval);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    resize(820, 580);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(m_find->text()); });
    connect(m_findButton, &QPushButton::clicked, this, [this] { find(m_find->text()); });
    connect(&m_search, &QFutureWatcher<Found>::finished, this, [this] {
        m_findButton->setEnabled(true);
        showFound(m_search.result());
    });
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() < m_found.size())
                    showSale(m_found.at(current.row()));
            });
    connect(m_tickets, &QStandardItemModel::itemChanged, this, [this] { updateButton(); });
    connect(m_ticketsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateButton(); });
    connect(m_reprint, &QPushButton::clicked, this, &RefundDialog::reprint);
    connect(m_reissue, &QPushButton::clicked, this, &RefundDialog::askReissue);
    connect(m_resend, &QPushButton::clicked, this, &RefundDialog::askResend);
    connect(m_slip, &QPushButton::clicked, this, &RefundDialog::showSlip);
    connect(m_exchangeButton, &QPushButton::clicked, this, &RefundDialog::askExchange);
    const auto shortcut = [this](QKeySequence keys, QPushButton *button) {
        connect(new QShortcut(keys, this), &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), m_reprint);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), m_reissue);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), m_resend);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), m_slip);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), m_exchangeButton);
    connect(&m_copy, &QFutureWatcher<Copied>::finished, this, [this] {
        const Copied copied = m_copy.result();
        updateButton();
        if (copied.error.isError()) {
            say(copied.error.message(), true);
            return;
        }
        if (!copied.recipient.isEmpty()) {
            if (m_afterSale)
                m_afterSale->resend(copied.content, copied.recipient);
            say(tr("The tickets are on their way to %1 again.").arg(copied.recipient), false);
        } else {
            say(tr("Reprinted: the same codes, marked as a copy."), false);
            showCopy(copied.content);
        }
        reload(copied.content.receipt.order.id);
    });
    connect(m_reason, &QComboBox::currentTextChanged, this, [this] { updateButton(); });
    connect(m_refund, &QPushButton::clicked, this, [this] { giveBack(0); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, m_refund, [this] {
        if (m_refund->isEnabled())
            m_refund->click();
    });
    connect(m_approval, &ManagerApproval::approved, this, [this](const User &manager) {
        m_approvedBy = manager.name;
        giveBack(manager.id);
    });
    connect(m_desk, &RefundDesk::refused, this, [this](const SaleError &error) {
        updateButton();
        if (error.code() == SaleError::NeedsManager) {
            m_result->clear();
            m_approval->ask(error.message());
            return;
        }
        // A step the store never answered is asked again with the same key; anything else
        // is a final no, and a new choice makes a new refund.
        if (!error.isUnanswered()) {
            m_pendingKey.clear();
            m_approvedBy.clear();
        }
        say(error.message(), true);
    });
    connect(m_desk, &RefundDesk::refunded, this, [this](const Refund &refund, bool moneyBack) {
        m_pendingKey.clear();
        m_approval->clear();
        if (m_order)
            m_lastSlip =
                SaleCopies::slipOf(refund, *m_order, m_cashier.name, m_approvedBy, m_terminalName);
        m_approvedBy.clear();
        const QString amount = Money::format(refund.amountCents);
        if (refund.method == PaymentMethod::Cash)
            say(tr("Give %1 back in cash. The seats are for sale again.").arg(amount), false);
        else if (moneyBack)
            say(tr("%1 went back to the card. The seats are for sale again.").arg(amount), false);
        else
            say(tr("The tickets are cancelled and %1 is owed back to the card, but the card "
                   "provider has not confirmed it yet. Marquee asks again by itself; tell the "
                   "customer it can take a few days to show.")
                    .arg(amount),
                true);
        Q_EMIT refunded(refund);
        reload(refund.orderId);
    });
    retranslate();
    updateButton();
}

RefundDialog::~RefundDialog()
{
    m_search.waitForFinished();
    m_copy.waitForFinished();
}

QString RefundDialog::historyText() const
{
    return m_history->text();
}

void RefundDialog::setTerminal(int terminalId, const QString &name)
{
    m_terminalId = terminalId;
    m_terminalName = name;
}

void RefundDialog::setAfterSale(AfterSale *afterSale)
{
    m_afterSale = afterSale;
    updateButton();
}

void RefundDialog::askExchange()
{
    const QList<int> chosen = chosenTickets();
    if (!m_order || chosen.isEmpty() || m_reason->currentText().trimmed().isEmpty())
        return;
    auto *dialog = new ExchangeDialog(m_local, m_authority, m_payments, m_cashier, *m_order, chosen,
                                      m_reason->currentText().trimmed(), this);
    dialog->setObjectName(QStringLiteral("exchangeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int oldOrder = m_order->orderId;
    connect(dialog, &ExchangeDialog::exchanged, this,
            [this, oldOrder](const Exchange &made, bool moneyBack, const QString &authorizedBy) {
                const QString back = Money::format(made.refund.amountCents);
                if (made.cashCents > 0)
                    say(tr("Exchanged. Take %1 in cash (change %2). The old seats are for sale "
                           "again.")
                            .arg(Money::format(made.cashCents), Money::format(made.changeCents)),
                        false);
                else if (made.refund.amountCents == 0)
                    say(tr("Exchanged: nothing changes hands. The old seats are for sale again."),
                        false);
                else if (made.refund.method == PaymentMethod::Cash)
                    say(tr("Exchanged. Give %1 back in cash. The old seats are for sale again.")
                            .arg(back),
                        false);
                else if (moneyBack)
                    say(tr("Exchanged. %1 went back to the card. The old seats are for sale "
                           "again.")
                            .arg(back),
                        false);
                else
                    say(tr("Exchanged. %1 is owed back to the card, but the card provider has "
                           "not confirmed it yet; Marquee asks again by itself.")
                            .arg(back),
                        true);
                // The new tickets as a sale's: on screen, mailed to the sale's address.
                const auto screening =
                    CatalogRepository(m_local).screening(made.receipt.order.screeningId);
                TicketDocument::Content content = TicketDocument::contentOf(
                    made.receipt, screening.value_or(Screening()),
                    CatalogRepository(m_local).ticketTypes(), m_terminalName);
                if (m_afterSale)
                    m_afterSale->fulfil(content, {made.cashCents > 0, QString()});
                if (m_order)
                    m_lastSlip = SaleCopies::slipOf(made, *m_order, screening.value_or(Screening()),
                                                    m_cashier.name, authorizedBy, m_terminalName);
                Q_EMIT exchanged(made);
                showCopy(content);
                reload(oldOrder);
            });
    dialog->open();
}

void RefundDialog::reload(int orderId)
{
    startSearch([store = &m_authorityStore, orderId] {
        Found found;
        const auto order = SaleLookup::load(*store, orderId);
        if (order)
            found.orders = {*order};
        else
            found.error = order.error();
        store->resetConnection();
        return found;
    });
}

int RefundDialog::currentTicket() const
{
    const QModelIndex current = m_ticketsView->currentIndex();
    if (!current.isValid())
        return 0;
    const QModelIndex seat = m_ticketsSorted->mapToSource(current.siblingAtColumn(SeatColumn));
    return m_tickets->itemFromIndex(seat)->data(kTicketIdRole).toInt();
}

void RefundDialog::startCopy(SaleCopies::Kind kind, const QString &recipient)
{
    if (!m_order || m_copy.isRunning())
        return;
    say(kind == SaleCopies::Kind::Reprint ? tr("Reprinting…") : tr("Sending again…"), false);
    m_copy.setFuture(QtConcurrent::run(
        [store = &m_authorityStore, local = &m_local, order = *m_order, kind, recipient,
         terminalId = m_terminalId, name = m_terminalName, userId = m_cashier.id] {
            Copied copied;
            copied.recipient = recipient;
            // Recorded first: a copy nobody can account for is not handed out.
            const auto recorded =
                SaleCopies::record(*store, order.orderId, kind, recipient, terminalId, userId);
            store->resetConnection();
            if (!recorded) {
                copied.error = recorded.error();
                return copied;
            }
            const QString note = kind == SaleCopies::Kind::Reprint
                                     ? SaleCopies::copyNote(kind, QDateTime::currentDateTime())
                                     : QString();
            copied.content = SaleCopies::content(order, *local, name, note);
            local->resetConnection();
            return copied;
        }));
    updateButton();
}

void RefundDialog::reprint()
{
    startCopy(SaleCopies::Kind::Reprint, QString());
}

void RefundDialog::showCopy(const TicketDocument::Content &content)
{
    auto *dialog = new TicketsDialog(content, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT copyShown(content);
}

void RefundDialog::askReissue()
{
    const int ticketId = currentTicket();
    const SoldOrder::Ticket *ticket = m_order ? m_order->ticket(ticketId) : nullptr;
    if (!ticket)
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("reissueReason"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Reissue a ticket"));
    ask->setLabelText(tr("Why is seat %1's ticket reissued? Its old code will be refused at "
                         "every gate.")
                          .arg(ticket->seat));
    ask->setComboBoxItems({tr("The customer lost the ticket"),
                           tr("The ticket is damaged or unreadable"),
                           tr("The e-mail never arrived")});
    ask->setComboBoxEditable(true);
    ask->setOkButtonText(tr("&Reissue"));
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, ticketId](const QString &reason) { reissue(ticketId, reason); });
    ask->open();
}

void RefundDialog::reissue(int ticketId, const QString &reason)
{
    if (!m_order || reason.trimmed().isEmpty())
        return;
    if (m_reissueKey.isEmpty() || m_reissueTicket != ticketId) {
        m_reissueKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_reissueTicket = ticketId;
    }
    ReissueRequest request;
    request.idempotencyKey = m_reissueKey;
    request.orderId = m_order->orderId;
    request.ticketId = ticketId;
    request.reason = reason.trimmed();
    request.userId = m_cashier.id;
    say(tr("Reissuing…"), false);
    m_reissue->setEnabled(false);
    const auto made = m_authority.reissueTicket(request);
    updateButton();
    if (!made) {
        // A step the store never answered is asked again with the same key.
        if (!made.error().isUnanswered())
            m_reissueKey.clear();
        say(made.error().message(), true);
        return;
    }
    m_reissueKey.clear();
    say(tr("Seat %1 has a new ticket. Its old code is refused at every gate from now on.")
            .arg(made->ticket.seatLabel()),
        false);
    showCopy(SaleCopies::reissuedContent(*m_order, *made, m_local, m_terminalName));
    reload(made->orderId);
}

void RefundDialog::askResend()
{
    if (!m_order)
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("resendAddress"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Send the tickets again"));
    ask->setLabelText(tr("E-mail address (the sale's, or a new one):"));
    ask->setTextValue(m_order->email);
    ask->setOkButtonText(tr("&Send"));
    connect(ask, &QInputDialog::textValueSelected, this,
            [this](const QString &address) { resend(address); });
    ask->open();
}

void RefundDialog::resend(const QString &address)
{
    if (!SaleSession::isMailAddress(address)) {
        say(tr("“%1” does not look like an e-mail address. Check it with the customer.")
                .arg(address),
            true);
        return;
    }
    startCopy(SaleCopies::Kind::Resend, address.trimmed());
}

void RefundDialog::showSlip()
{
    if (!m_lastSlip)
        return;
    auto *dialog = new RefundSlipDialog(*m_lastSlip, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RefundDialog::startSearch(const std::function<Found()> &work)
{
    if (m_search.isRunning())
        return;
    m_findButton->setEnabled(false);
    m_search.setFuture(QtConcurrent::run(work));
}

void RefundDialog::find(const QString &text)
{
    m_find->setText(text);
    if (SaleLookup::keyOf(text) == SaleLookup::Key::Unknown) {
        say(tr("Scan or type a ticket's code, an order number, a CPF or an e-mail address."), true);
        return;
    }
    say(tr("Looking for the sale…"), false);
    m_lookingUp = true;
    startSearch([store = &m_authorityStore, text] {
        Found found;
        const auto orders = SaleLookup::find(*store, text);
        if (orders)
            found.orders = *orders;
        else
            found.error = orders.error();
        store->resetConnection();
        return found;
    });
}

void RefundDialog::showOrder(int orderId)
{
    find(QString::number(orderId));
}

void RefundDialog::showFound(const Found &found)
{
    if (found.error.isError()) {
        say(found.error.message(), true);
        return;
    }
    // "Looking for the sale…" is done with; what a refund or an exchange said stays.
    if (m_lookingUp)
        m_result->clear();
    m_lookingUp = false;
    // Kept on screen when a refund re-reads its own sale.
    const bool sameOrder = found.orders.size() == 1 && m_order &&
                           found.orders.first().orderId == m_order->orderId && m_found.size() > 1;
    if (!sameOrder) {
        m_found = found.orders;
        m_orders->clear();
        m_orders->setHorizontalHeaderLabels(
            {tr("Order"), tr("Paid"), tr("Film"), tr("Screening"), tr("Tickets")});
        for (const SoldOrder &o : m_found) {
            QList<QStandardItem *> row{
                new QStandardItem(QString::number(o.orderId)),
                new QStandardItem(shortTime(o.paidAt)), new QStandardItem(o.film),
                new QStandardItem(QStringLiteral("%1 · %2").arg(shortTime(o.startsAt), o.room)),
                new QStandardItem(QString::number(o.liveTickets()))};
            m_orders->appendRow(row);
        }
        m_ordersView->setVisible(m_found.size() > 1);
        m_ordersView->resizeColumnsToContents();
    } else {
        for (SoldOrder &shown : m_found)
            if (shown.orderId == found.orders.first().orderId)
                shown = found.orders.first();
    }
    if (m_found.size() == 1 || sameOrder) {
        showSale(found.orders.first());
    } else {
        m_order.reset();
        m_tickets->clear();
        m_orderLabel->setText(tr("%n sale(s) found: choose one.", nullptr, int(m_found.size())));
        m_ordersView->setFocus(Qt::OtherFocusReason);
        m_ordersView->selectRow(0);
    }
}

void RefundDialog::showSale(const SoldOrder &order)
{
    // What was said about this sale (the refund or exchange just made) stays on screen.
    if (!m_order || m_order->orderId != order.orderId)
        m_result->clear();
    m_order = order;
    m_pendingKey.clear();
    m_approval->clear();
    QStringList who;
    if (!order.terminal.isEmpty())
        who << order.terminal;
    if (!order.seller.isEmpty())
        who << order.seller;
    m_orderLabel->setText(tr("<b>Order %1</b> · %2 · %3 · %4<br>Paid %5 by %6 at %7 (%8)")
                              .arg(order.orderId)
                              .arg(order.film.toHtmlEscaped(), order.room.toHtmlEscaped(),
                                   shortTime(order.startsAt), Money::format(order.totalCents),
                                   methodText(order.method), shortTime(order.paidAt),
                                   who.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (order.exchangedFrom > 0)
        m_orderLabel->setText(m_orderLabel->text() + QStringLiteral("<br>") +
                              tr("%1 of it paid by the tickets of order %2, given back in "
                                 "exchange")
                                  .arg(Money::format(order.exchangeCreditCents))
                                  .arg(order.exchangedFrom));
    m_tickets->clear();
    m_tickets->setHorizontalHeaderLabels({tr("Seat"), tr("Type"), tr("Price"), tr("State")});
    for (const SoldOrder::Ticket &t : order.tickets) {
        auto *seat = new QStandardItem(t.seat);
        seat->setData(t.id, kTicketIdRole);
        seat->setData(t.priceCents, kPriceRole);
        seat->setData(t.seat, Qt::UserRole);
        const bool live = t.state != SoldOrder::Ticket::State::Cancelled;
        seat->setFlags(live ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                            : Qt::ItemIsSelectable);
        if (live)
            seat->setCheckState(Qt::Unchecked);
        auto *type = new QStandardItem(t.typeName);
        type->setData(t.typeName, Qt::UserRole);
        auto *price = new QStandardItem(Money::format(t.priceCents));
        price->setData(t.priceCents, Qt::UserRole);
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *state = new QStandardItem(stateText(t));
        state->setData(int(t.state), Qt::UserRole);
        m_tickets->appendRow({seat, type, price, state});
    }
    m_ticketsView->resizeColumnsToContents();
    QStringList lines;
    for (const SoldOrder::RefundLine &r : order.refunds) {
        QString line = r.exchangedFor > 0
                           ? tr("%1: exchanged for order %2, %3 back by %4 — “%5”")
                                 .arg(shortTime(r.at))
                                 .arg(r.exchangedFor)
                                 .arg(Money::format(r.amountCents), methodText(r.method),
                                      r.reason.toHtmlEscaped())
                           : tr("%1: %2 back by %3 — “%4”")
                                 .arg(shortTime(r.at), Money::format(r.amountCents),
                                      methodText(r.method), r.reason.toHtmlEscaped());
        if (!r.by.isEmpty())
            line += QStringLiteral(" · ") + r.by.toHtmlEscaped();
        if (!r.authorizedBy.isEmpty())
            line += QStringLiteral(" · ") + tr("allowed by %1").arg(r.authorizedBy.toHtmlEscaped());
        if (r.due)
            line += QStringLiteral(" · ") + tr("card refund not confirmed yet");
        lines << line;
    }
    QStringList copies;
    for (const SoldOrder::CopyLine &c : order.copies) {
        QString line = c.resend ? tr("%1: sent again to %2").arg(shortTime(c.at), c.recipient)
                                : tr("%1: reprinted").arg(shortTime(c.at));
        if (!c.by.isEmpty())
            line += QStringLiteral(" · ") + c.by;
        copies << line.toHtmlEscaped();
    }
    if (!lines.isEmpty())
        lines.prepend(tr("Given back before:"));
    if (!copies.isEmpty())
        lines << tr("Copies:") << copies;
    m_history->setText(lines.join(QStringLiteral("<br>")));
    m_history->setVisible(!lines.isEmpty());
    if (order.liveTickets() == 0 && m_result->text().isEmpty())
        say(tr("Every ticket of this sale was given back already."), false);
    m_ticketsView->setFocus(Qt::OtherFocusReason);
    if (m_ticketsSorted->rowCount() > 0)
        m_ticketsView->setCurrentIndex(m_ticketsSorted->index(0, SeatColumn));
    updateButton();
}

QList<int> RefundDialog::chosenTickets() const
{
    QList<int> ids;
    for (int row = 0; row < m_tickets->rowCount(); ++row) {
        const QStandardItem *seat = m_tickets->item(row, SeatColumn);
        if (seat->isCheckable() && seat->checkState() == Qt::Checked)
            ids << seat->data(kTicketIdRole).toInt();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 RefundDialog::chosenCents() const
{
    qint64 sum = 0;
    for (int row = 0; row < m_tickets->rowCount(); ++row) {
        const QStandardItem *seat = m_tickets->item(row, SeatColumn);
        if (seat->isCheckable() && seat->checkState() == Qt::Checked)
            sum += seat->data(kPriceRole).toLongLong();
    }
    return sum;
}

void RefundDialog::updateButton()
{
    const QList<int> chosen = chosenTickets();
    if (chosen != m_pendingTickets) {
        m_pendingKey.clear(); // another choice is another refund
        m_approval->clear();
    }
    const bool ready = m_order && !chosen.isEmpty() &&
                       !m_reason->currentText().trimmed().isEmpty() && !m_desk->isBusy();
    m_refund->setEnabled(ready);
    m_exchangeButton->setEnabled(ready);
    const bool anyValid =
        m_order && std::any_of(m_order->tickets.cbegin(), m_order->tickets.cend(),
                               [](const SoldOrder::Ticket &t) {
                                   return t.state == SoldOrder::Ticket::State::Valid;
                               });
    const SoldOrder::Ticket *current = m_order ? m_order->ticket(currentTicket()) : nullptr;
    m_reprint->setEnabled(anyValid && !m_copy.isRunning());
    m_resend->setEnabled(anyValid && m_afterSale && !m_copy.isRunning());
    m_reissue->setEnabled(current && current->state == SoldOrder::Ticket::State::Valid);
    m_slip->setEnabled(m_lastSlip.has_value());
    if (m_order && !chosen.isEmpty())
        m_refund->setText(tr("&Give back %1 (%2)")
                              .arg(Money::format(chosenCents()), methodText(m_order->method)));
    else
        m_refund->setText(tr("&Give back"));
}

void RefundDialog::giveBack(int authorizedBy)
{
    if (!m_order)
        return;
    const QList<int> chosen = chosenTickets();
    if (chosen.isEmpty() || m_reason->currentText().trimmed().isEmpty())
        return;
    if (m_pendingKey.isEmpty() || chosen != m_pendingTickets) {
        m_pendingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_pendingTickets = chosen;
    }
    RefundRequest request;
    request.idempotencyKey = m_pendingKey;
    request.orderId = m_order->orderId;
    request.ticketIds = chosen;
    request.reason = m_reason->currentText().trimmed();
    request.userId = m_cashier.id;
    request.authorizedBy = authorizedBy;
    m_refund->setEnabled(false);
    say(tr("Giving back…"), false);
    m_desk->refund(request);
}

void RefundDialog::say(const QString &text, bool isError)
{
    m_result->setText(text);
    m_result->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void RefundDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RefundDialog::retranslate()
{
    setWindowTitle(tr("After the sale: give back, reprint, send again"));
    m_findLabel->setText(tr("&Find the sale:"));
    m_find->setPlaceholderText(tr("Scan a ticket, or type an order number, a CPF or an e-mail"));
    m_findButton->setText(tr("Find"));
    m_reasonLabel->setText(tr("&Reason:"));
    const QString typed = m_reason->currentText();
    m_reason->clear();
    m_reason->addItems({tr("The customer cannot come"), tr("Wrong day or screening"),
                        tr("The screening was cancelled"), tr("Bought by mistake")});
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(typed);
    m_reason->lineEdit()->setPlaceholderText(tr("Why are the tickets given back?"));
    m_close->setText(tr("Close"));
    m_reprint->setText(tr("Reprint (Ctrl+P)"));
    m_reprint->setToolTip(tr("The sale's tickets and receipt again, with the same codes"));
    m_reissue->setText(tr("Reissue ticket (Ctrl+R)"));
    m_reissue->setToolTip(tr("A new code for the ticket under the cursor; the old one stops "
                             "entering"));
    m_resend->setText(tr("Send again (Ctrl+E)"));
    m_resend->setToolTip(tr("E-mail the tickets again, to the same address or a new one"));
    m_slip->setText(tr("Slip (Ctrl+S)"));
    m_slip->setToolTip(tr("The customer's slip of the refund just made"));
    m_exchangeButton->setText(tr("E&xchange… (Ctrl+T)"));
    m_exchangeButton->setToolTip(tr("Change the ticked tickets for other seats, of this "
                                    "screening or another"));
    updateButton();
}
