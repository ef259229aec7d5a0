// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskscreeningspage.h"

#include "core/catalog/catalogrepository.h"
#include "core/sales/salesession.h"
#include "ui/kiosk/kioskvisit.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

KioskScreeningsPage::KioskScreeningsPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    const QList<Screening> times = catalog().screeningsOfFilm(
        visit().filmId, QDateTime::currentDateTime(), QDate::currentDate().addDays(6));
    QVBoxLayout *v =
        setUpPage(times.isEmpty() ? tr("Choose a time")
                                  : tr("%1: choose a time").arg(times.first().filmTitle));
    QList<QDate> days;
    bool anyLeft = false;
    for (const Screening &s : times) {
        const QDate date = s.startsAt().toLocalTime().date();
        if (!days.contains(date))
            days << date;
        anyLeft |= s.seatsLeft() > 0;
    }
    if (!days.contains(visit().filmDay))
        visit().filmDay = days.value(0);
    auto *dayRow = new QHBoxLayout;
    for (const QDate &day : std::as_const(days)) {
        QPushButton *b = bigButton(dayName(day), "day");
        b->setCheckable(true);
        b->setChecked(day == visit().filmDay);
        connect(b, &QPushButton::clicked, this, [this, day] {
            visit().filmDay = day;
            Q_EMIT rebuildWanted();
        });
        dayRow->addWidget(b);
    }
    dayRow->addStretch(1);
    v->addLayout(dayRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    grid->setSpacing(12);
    const int columns = portrait() ? 2 : 4;
    int shown = 0;
    for (const Screening &s : times) {
        if (s.startsAt().toLocalTime().date() != visit().filmDay)
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
        auto *sold = new QLabel(tr("Every time of this film is sold out."), this);
        v->addWidget(sold);
        QPushButton *others = bigButton(tr("See other films starting soon"), "seeSuggestions");
        const int first = times.first().id;
        connect(others, &QPushButton::clicked, this, [this, first] {
            sale().openScreening(first);
            Q_EMIT stepWanted(KioskWindow::Step::Suggestions);
        });
        v->addWidget(others);
    }
    v->addWidget(navigation());
}
