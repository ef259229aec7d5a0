// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskpage.h"

#include "core/catalog/screening.h"
#include "core/sales/salesession.h"
#include "ui/kiosk/kiosktheme.h"
#include "ui/kiosk/posterart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

KioskPage::KioskPage(const KioskPageContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("page"));
}

QPushButton *KioskPage::bigButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setFocusPolicy(Qt::NoFocus);
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
    return button;
}

bool KioskPage::saleLocked(const SaleSession &sale)
{
    return sale.isPaying() || sale.hasUnconfirmedPayment();
}

QVBoxLayout *KioskPage::setUpPage(const QString &title)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("title"));
    heading->setWordWrap(true);
    v->addWidget(heading);
    return v;
}

QWidget *KioskPage::navigation(const QString &nextText, bool nextEnabled, const char *nextName,
                               std::function<void()> next, QLabel **holdClock)
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    QPushButton *back = bigButton(tr("‹ Back"), "back", bar);
    back->setEnabled(!saleLocked(sale()));
    connect(back, &QPushButton::clicked, this, &KioskPage::backWanted);
    h->addWidget(back);
    h->addStretch(1);
    if (holdClock) {
        *holdClock = new QLabel(bar);
        h->addWidget(*holdClock);
        h->addStretch(1);
    }
    if (next) {
        QPushButton *forward = bigButton(nextText, nextName, bar);
        forward->setEnabled(nextEnabled);
        connect(forward, &QPushButton::clicked, this, next);
        h->addWidget(forward);
    }
    return bar;
}

QString KioskPage::dayName(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(1))
        return tr("Tomorrow");
    return QLocale().toString(day, QStringLiteral("ddd d/M"));
}

QString KioskPage::whenText(const Screening &screening)
{
    const QDateTime when = screening.startsAt().toLocalTime();
    return dayName(when.date()) + QLatin1Char(' ') +
           QLocale().toString(when.time(), QLocale::ShortFormat);
}

int KioskPage::touchTarget() const
{
    return KioskTheme::touchTarget(this);
}

void KioskPage::setPoster(QPushButton *button, const Screening &film, int rows)
{
    // The tile is `rows` finger-heights tall; the poster fills most of it, at 2:3.
    const int height = touchTarget() * rows - 24;
    const QSize size(height * 2 / 3, height);
    button->setIcon(QPixmap::fromImage(PosterArt::render(film, size, devicePixelRatioF())));
    button->setIconSize(size);
    button->setMinimumHeight(touchTarget() * rows);
}

QPushButton *KioskPage::screeningButton(const Screening &screening, bool withTitle,
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
            Q_EMIT screeningChosen(id);
        };
    connect(button, &QPushButton::clicked, this, onTap);
    return button;
}
