// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosksuggestionspage.h"

#include "core/catalog/screeningsuggestions.h"
#include "core/sales/salesession.h"
#include "ui/kiosk/kioskvisit.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

KioskSuggestionsPage::KioskSuggestionsPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    const auto wanted = sale().screening();
    const int party = std::max(1, visit().partySize);
    QVBoxLayout *v =
        setUpPage(!wanted || wanted->seatsLeft() == 0
                      ? tr("This time is sold out")
                      : tr("There are not %n seats together at this time", nullptr, party));
    ScreeningSuggestions::Suggestions suggestions;
    if (wanted)
        suggestions = ScreeningSuggestions::forScreening(catalog(), *wanted, party,
                                                         QDateTime::currentDateTime());
    const auto addList = [&](const QString &heading, const QList<Screening> &list, bool withTitle) {
        if (list.isEmpty())
            return;
        v->addWidget(new QLabel(heading, this));
        auto *row = new QGridLayout;
        row->setSpacing(12);
        const int columns = portrait() ? 2 : 3;
        for (int i = 0; i < list.size(); ++i) {
            const int id = list[i].id;
            QPushButton *button =
                screeningButton(list[i], withTitle, [this, id] { Q_EMIT suggestionChosen(id); });
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
                                this);
        none->setWordWrap(true);
        v->addWidget(none);
    }
    v->addStretch(1);
    v->addWidget(navigation());
}
