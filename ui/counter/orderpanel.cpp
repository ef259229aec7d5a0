// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderpanel.h"

#include "core/catalog/money.h"
#include "core/sales/cpf.h"
#include "core/sales/salesession.h"
#include "ui/widgets/seatmapwidget.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

OrderPanel::OrderPanel(SaleSession &sale, QWidget *parent)
    : QWidget(parent), m_sale(sale), m_title(new QLabel(this)), m_hold(new QLabel(this)),
      m_table(new QTableWidget(0, 3, this)), m_meia(new QLabel(this)), m_cpfLabel(new QLabel(this)),
      m_cpf(new QLineEdit(this)), m_cpfHint(new QLabel(this)), m_emailLabel(new QLabel(this)),
      m_email(new QLineEdit(this)), m_total(new QLabel(this)), m_cash(new QPushButton(this)),
      m_card(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_hold->setObjectName(QStringLiteral("holdCountdown"));
    m_hold->setWordWrap(true);

    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setObjectName(QStringLiteral("orderSeats"));

    m_cpf->setObjectName(QStringLiteral("cpfField"));
    m_cpf->setMaxLength(14);
    m_cpf->setInputMethodHints(Qt::ImhDigitsOnly);
    m_cpfLabel->setBuddy(m_cpf);
    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_emailLabel->setBuddy(m_email);
    m_cpfHint->setObjectName(QStringLiteral("cpfHint"));

    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.8);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setObjectName(QStringLiteral("total"));

    m_cash->setObjectName(QStringLiteral("payCash"));
    m_card->setObjectName(QStringLiteral("payCard"));
    m_cancel->setObjectName(QStringLiteral("cancelSale"));
    m_cash->setMinimumHeight(40);
    m_card->setMinimumHeight(40);

    auto *form = new QFormLayout;
    form->addRow(m_cpfLabel, m_cpf);
    form->addRow(QString(), m_cpfHint);
    form->addRow(m_emailLabel, m_email);

    auto *pay = new QHBoxLayout;
    pay->addWidget(m_cash);
    pay->addWidget(m_card);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_hold);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_meia);
    layout->addLayout(form);
    layout->addWidget(m_total);
    layout->addLayout(pay);
    layout->addWidget(m_cancel);

    connect(&m_sale, &SaleSession::selectionChanged, this, &OrderPanel::rebuildSeats);
    connect(&m_sale, &SaleSession::screeningChanged, this, &OrderPanel::rebuildSeats);
    connect(&m_sale, &SaleSession::totalsChanged, this, &OrderPanel::updateTotals);
    connect(&m_sale, &SaleSession::holdTick, this, &OrderPanel::updateHold);
    connect(&m_sale, &SaleSession::payingChanged, this, [this](bool) { updateTotals(); });
    connect(&m_sale, &SaleSession::saleCompleted, this, [this] {
        m_cpf->clear();
        m_email->clear();
    });
    connect(&m_sale, &SaleSession::saleCancelled, this, [this] {
        m_cpf->clear();
        m_email->clear();
    });
    const auto pushCustomer = [this] {
        m_sale.setCustomer(m_cpf->text(), m_email->text());
        updateCpfHint();
    };
    connect(m_cpf, &QLineEdit::textEdited, this, pushCustomer);
    connect(m_email, &QLineEdit::textEdited, this, pushCustomer);
    connect(m_cpf, &QLineEdit::editingFinished, this, [this] {
        // Show the CPF as people read it once it is complete.
        if (Cpf::isValid(m_cpf->text()))
            m_cpf->setText(Cpf::formatted(m_cpf->text()));
    });
    connect(m_cash, &QPushButton::clicked, this, &OrderPanel::payCashRequested);
    connect(m_card, &QPushButton::clicked, this, &OrderPanel::payCardRequested);
    connect(m_cancel, &QPushButton::clicked, this, &OrderPanel::cancelRequested);

    retranslate();
    rebuildSeats();
}

void OrderPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Seat"), tr("Ticket type"), tr("Price")});
    m_table->setAccessibleName(tr("Seats in this sale"));
    m_cpfLabel->setText(tr("C&PF:"));
    m_cpf->setPlaceholderText(tr("optional — 000.000.000-00"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setPlaceholderText(tr("optional — tickets by e-mail"));
    m_cash->setText(tr("Cash (F9)"));
    m_card->setText(tr("Card (F10)"));
    m_cancel->setText(tr("Cancel sale and release seats (F12)"));
    rebuildSeats();
    updateCpfHint();
}

void OrderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderPanel::rebuildSeats()
{
    const auto screening = m_sale.screening();
    if (screening) {
        const QLocale locale;
        m_title->setText(
            tr("%1\n%2 · %3")
                .arg(screening->filmTitle,
                     locale.toString(screening->startsAt(), QStringLiteral("ddd dd/MM HH:mm")),
                     screening->roomName));
    } else {
        m_title->setText(tr("No screening chosen"));
    }
    const QList<int> seats = m_sale.selection();
    m_table->setRowCount(int(seats.size()));
    const auto types = m_sale.ticketTypes();
    for (int row = 0; row < seats.size(); ++row) {
        const int seatId = seats[row];
        const Seat *seat = m_sale.layout().seat(seatId);
        auto *label = new QTableWidgetItem(seat ? seat->label() : QString::number(seatId));
        if (seat && seat->kind != SeatKind::Standard)
            label->setToolTip(Seat::kindName(seat->kind));
        m_table->setItem(row, 0, label);
        auto *combo = new QComboBox(m_table);
        for (const TicketType &t : types)
            combo->addItem(t.displayName(), t.id);
        combo->setCurrentIndex(std::max(0, combo->findData(m_sale.ticketTypeOf(seatId))));
        combo->setAccessibleName(tr("Ticket type for seat %1").arg(label->text()));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, seatId] {
            m_sale.setTicketType(seatId, combo->currentData().toInt());
        });
        m_table->setCellWidget(row, 1, combo);
        auto *price = new QTableWidgetItem;
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, price);
    }
    updateTotals();
    updateHold(m_sale.holdSecondsLeft());
}

void OrderPanel::updateTotals()
{
    const QList<int> seats = m_sale.selection();
    for (int row = 0; row < seats.size() && row < m_table->rowCount(); ++row) {
        if (auto *item = m_table->item(row, 2))
            item->setText(Money::format(m_sale.priceOf(seats[row])));
    }
    m_total->setText(tr("Total %1").arg(Money::format(m_sale.totalCents())));
    if (const auto s = m_sale.screening()) {
        const int left = m_sale.meiaRemaining();
        m_meia->setText(
            left > 0
                ? tr("Meia-entrada left for this screening: %1 of %2").arg(left).arg(s->meiaCap())
                : tr("No meia-entrada left for this screening (limit %1).").arg(s->meiaCap()));
    } else {
        m_meia->clear();
    }
    const bool canPay = !seats.isEmpty() && !m_sale.isPaying();
    m_cash->setEnabled(canPay);
    m_card->setEnabled(canPay);
    m_cancel->setEnabled(!m_sale.isPaying() && (!seats.isEmpty() || !m_cpf->text().isEmpty()));
}

void OrderPanel::updateCpfHint()
{
    const QString text = m_cpf->text();
    if (text.trimmed().isEmpty())
        m_cpfHint->clear();
    else if (Cpf::isValid(text))
        m_cpfHint->setText(QStringLiteral("✓ ") + tr("valid CPF"));
    else if (Cpf::digitsOf(text).size() < 11)
        m_cpfHint->setText(tr("%n digit(s) to go", nullptr, 11 - int(Cpf::digitsOf(text).size())));
    else
        m_cpfHint->setText(QStringLiteral("✗ ") + tr("not a valid CPF: check the digits"));
}

void OrderPanel::updateHold(int secondsLeft)
{
    if (m_sale.selection().isEmpty()) {
        m_hold->setText(
            tr("Pick seats on the map (click, drag along a row, or arrows and Space)."));
        return;
    }
    m_hold->setText(tr("Seats held for %1:%2")
                        .arg(secondsLeft / 60)
                        .arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
    // Red in the last minute, so the cashier sees it coming.
    m_hold->setStyleSheet(secondsLeft <= 60 ? QStringLiteral("color: #c62828; font-weight: bold")
                                            : QString());
}
