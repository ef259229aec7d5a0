// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosktypespage.h"

#include "core/catalog/money.h"
#include "core/sales/salesession.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

KioskTypesPage::KioskTypesPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Who are the tickets for?"));
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<TicketType> types = sale().ticketTypes();
    const QList<int> seats = sale().selection();
    bool anyMeia = false;
    auto *total = new QLabel(this);
    total->setObjectName(QStringLiteral("total"));
    const auto updateTotal = [this, total] {
        total->setText(tr("Total: %1").arg(Money::format(sale().totalCents())));
    };
    for (int r = 0; r < seats.size(); ++r) {
        const int seatId = seats[r];
        const Seat *seat = sale().layout().seat(seatId);
        grid->addWidget(new QLabel(tr("Seat %1").arg(seat ? seat->label() : QString()), this), r,
                        0);
        auto *group = new QButtonGroup(this);
        for (int c = 0; c < types.size(); ++c) {
            const TicketType &type = types[c];
            anyMeia |= type.isMeia;
            QPushButton *b = bigButton(type.displayName() + QLatin1Char('\n') +
                                           Money::format(sale().priceOf(seatId, type.id)),
                                       "ticketType");
            b->setCheckable(true);
            b->setChecked(sale().ticketTypeOf(seatId) == type.id);
            b->setProperty("seatId", seatId);
            b->setProperty("ticketTypeId", type.id);
            group->addButton(b);
            const int typeId = type.id;
            connect(b, &QPushButton::clicked, this, [this, seatId, typeId, updateTotal] {
                sale().setTicketType(seatId, typeId);
                updateTotal();
            });
            grid->addWidget(b, r, c + 1);
        }
    }
    auto *scroll = new QScrollArea(this);
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
                                this);
        meia->setWordWrap(true);
        v->addWidget(meia);
    }
    updateTotal();
    v->addWidget(total);
    v->addWidget(navigation(tr("Continue"), true, "continue", [this] {
        // The meia share is checked here, where it can be changed, not after the details.
        if (const SaleError error = sale().validate(); error.code() == SaleError::MeiaCap) {
            Q_EMIT errorRaised(error);
            return;
        }
        Q_EMIT stepWanted(KioskWindow::Step::Details);
    }));
}
