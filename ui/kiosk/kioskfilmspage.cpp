// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskfilmspage.h"

#include "core/catalog/catalogrepository.h"
#include "ui/kiosk/kioskvisit.h"

#include <QDateTime>
#include <QGridLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

KioskFilmsPage::KioskFilmsPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Choose a film"));
    const QDateTime now = QDateTime::currentDateTime();
    // Each film's first coming screening.
    QList<Screening> firsts =
        catalog().nextScreeningOfEachFilm(now, QDate::currentDate().addDays(6));
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
            visit().filmId = filmId;
            visit().filmDay = {};
            Q_EMIT stepWanted(KioskWindow::Step::Screenings);
        });
        grid->addWidget(tile, i / columns, i % columns);
    }
    v->addLayout(grid, 1);
    v->addWidget(navigation());
}
