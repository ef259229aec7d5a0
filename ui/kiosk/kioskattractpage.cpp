// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskattractpage.h"

#include "core/catalog/catalogrepository.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kSoonTiles = 6;
} // namespace

KioskAttractPage::KioskAttractPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Buy your tickets here"));
    auto *hint = new QLabel(tr("Touch a film to start. Starting soon:"), this);
    hint->setWordWrap(true);
    v->addWidget(hint);
    const QDateTime now = QDateTime::currentDateTime();
    QList<Screening> soon;
    for (const Screening &s : catalog().startingAfter(now, kSoonTiles * 4)) {
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
        auto *none = new QLabel(tr("Nothing more starts today. See what is on next."), this);
        none->setWordWrap(true);
        v->addWidget(none);
    }
    v->addLayout(grid, 1);
    QPushButton *all = bigButton(tr("All films and times"), "allFilms");
    connect(all, &QPushButton::clicked, this,
            [this] { Q_EMIT stepWanted(KioskWindow::Step::Films); });
    v->addWidget(all);
}
