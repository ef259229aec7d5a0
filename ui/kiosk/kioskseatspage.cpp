// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskseatspage.h"

#include "core/catalog/money.h"
#include "core/sales/salesession.h"
#include "ui/kiosk/kiosktheme.h"
#include "ui/kiosk/kioskvisit.h"
#include "ui/widgets/seatmapwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

KioskSeatsPage::KioskSeatsPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    const auto screening = sale().screening();
    QVBoxLayout *v =
        setUpPage(screening ? screening->filmTitle + QStringLiteral(" · ") + whenText(*screening) +
                                  QStringLiteral(" · ") + screening->roomName
                            : QString());
    auto *party = new QHBoxLayout;
    auto *howMany = new QLabel(tr("How many people?"), this);
    party->addWidget(howMany);
    for (int n = 1; n <= 6; ++n) {
        QPushButton *b = bigButton(QString::number(n), "party");
        b->setProperty("count", n);
        b->setCheckable(true);
        b->setChecked(n == visit().partySize);
        b->setAccessibleName(tr("Best seats for %n people", nullptr, n));
        connect(b, &QPushButton::clicked, this, [this, n] { Q_EMIT partySizeChosen(n); });
        party->addWidget(b);
    }
    party->addStretch(1);
    const bool listMode = visit().listMode;
    QPushButton *mode =
        bigButton(listMode ? tr("Choose on the map") : tr("Choose from a list"), "listMode");
    connect(mode, &QPushButton::clicked, this, [this] {
        visit().listMode = !visit().listMode;
        Q_EMIT rebuildWanted();
    });
    party->addWidget(mode);
    v->addLayout(party);
    auto *hint = new QLabel(listMode ? tr("Touch a seat to take it, touch it again to give it "
                                          "back.")
                                     : tr("Touch the number of people for the best seats "
                                          "together, or touch seats on the map. Two fingers "
                                          "zoom."),
                            this);
    hint->setWordWrap(true);
    v->addWidget(hint);

    if (listMode) {
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("seatList"));
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFocusPolicy(Qt::NoFocus);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        QScroller::grabGesture(list->viewport(), QScroller::LeftMouseButtonGesture);
        m_seatList = list;
        fillSeatList();
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            sale().toggleSeat(item->data(Qt::UserRole).toInt());
        });
        v->addWidget(list, 1);
    } else {
        m_map = new SeatMapWidget(this);
        m_map->setRoomLayout(sale().layout());
        m_map->setStates(sale().seatStates());
        m_map->setFocusPolicy(Qt::NoFocus);
        m_map->setPriceText([this](int seatId) { return Money::format(sale().priceOf(seatId)); });
        connect(m_map, &SeatMapWidget::selectionRequested, this,
                [this](const QList<int> &seats) { sale().setSelection(seats); });
        v->addWidget(m_map, 1);
    }
    const int count = int(sale().selection().size());
    QLabel *holdClock = nullptr;
    v->addWidget(navigation(
        count > 0 ? tr("Continue with %n seat(s)", nullptr, count) : tr("Continue"), count > 0,
        "continue", [this] { Q_EMIT stepWanted(KioskWindow::Step::Types); }, &holdClock));
    m_holdClock = holdClock;
    updateHoldClock();

    connect(&sale(), &SaleSession::seatStatesChanged, this, &KioskSeatsPage::showSeatStates);
    connect(&sale(), &SaleSession::selectionChanged, this, &KioskSeatsPage::showSelection);
    connect(&sale(), &SaleSession::holdTick, this, &KioskSeatsPage::updateHoldClock);
}

void KioskSeatsPage::showSeatStates()
{
    if (m_map)
        m_map->setStates(sale().seatStates());
    if (m_seatList)
        fillSeatList();
}

void KioskSeatsPage::showSelection()
{
    // The list is cheap to say again; the map only needs its states.
    if (m_seatList)
        fillSeatList();
    else if (m_map)
        m_map->setStates(sale().seatStates());
    if (auto *next = findChild<QPushButton *>(QStringLiteral("continue"))) {
        const int count = int(sale().selection().size());
        next->setEnabled(count > 0);
        next->setText(count > 0 ? tr("Continue with %n seat(s)", nullptr, count) : tr("Continue"));
    }
    updateHoldClock();
}

void KioskSeatsPage::fillSeatList()
{
    struct Entry
    {
        int seatId;
        QString text;
        bool chosen;
    };
    QListWidget *list = m_seatList;
    QList<Entry> entries;
    QString signature;
    const RoomLayout &layout = sale().layout();
    const QHash<int, SeatState> &states = sale().seatStates();
    const QList<int> mine = sale().selection();
    for (const Seat &seat : layout.seats()) {
        const SeatState state = states.value(seat.id, SeatState::Free);
        const bool chosen = mine.contains(seat.id);
        if (!seat.isSellable() || (state != SeatState::Free && !chosen))
            continue;
        QString text = tr("Row %1, seat %2").arg(seat.row).arg(seat.number);
        if (seat.kind != SeatKind::Standard)
            text += QStringLiteral(" — ") + Seat::kindName(seat.kind);
        text += QStringLiteral(" · ") + Money::format(sale().priceOf(seat.id));
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
    const QColor accent = KioskTheme(largeText()).accent();
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
            item->setBackground(accent);
            item->setForeground(Qt::black);
        }
    }
    list->verticalScrollBar()->setValue(scrolled);
}

void KioskSeatsPage::updateHoldClock()
{
    if (!m_holdClock)
        return;
    const int left = sale().holdSecondsLeft();
    m_holdClock->setText(
        sale().selection().isEmpty() || left <= 0
            ? QString()
            : tr("Held for you for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}
