// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "core/catalog/catalogrepository.h"
#include "core/catalog/screeningsearchmodel.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SearchPanel::SearchPanel(const CatalogRepository &catalog, QWidget *parent)
    : QWidget(parent), m_model(new ScreeningSearchModel(catalog, this)),
      m_text(new QLineEdit(this)), m_today(new QPushButton(this)),
      m_tomorrow(new QPushButton(this)), m_weekend(new QPushButton(this)),
      m_week(new QPushButton(this)), m_calendar(new QDateEdit(this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_dateLabel(new QLabel(this)), m_base(QDate::currentDate())
{
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_text->setObjectName(QStringLiteral("searchField"));

    auto *group = new QButtonGroup(this);
    for (QPushButton *b : {m_today, m_tomorrow, m_weekend, m_week}) {
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        group->addButton(b);
    }
    m_calendar->setCalendarPopup(true);
    m_calendar->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_calendar->setDate(m_base);
    m_dateLabel->setBuddy(m_calendar);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_summary->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(ScreeningSearchModel::FilmColumn,
                                                     QHeaderView::Stretch);
    for (int c = ScreeningSearchModel::TimeColumn; c < ScreeningSearchModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("searchResults"));

    auto *quick = new QHBoxLayout;
    quick->setSpacing(4);
    quick->addWidget(m_today);
    quick->addWidget(m_tomorrow);
    quick->addWidget(m_weekend);
    quick->addWidget(m_week);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateLabel);
    dateRow->addWidget(m_calendar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(quick);
    layout->addLayout(dateRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setText(text);
        updateSummary();
    });
    connect(m_today, &QPushButton::clicked, this, &SearchPanel::showToday);
    connect(m_tomorrow, &QPushButton::clicked, this, &SearchPanel::showTomorrow);
    connect(m_weekend, &QPushButton::clicked, this, &SearchPanel::showWeekend);
    connect(m_week, &QPushButton::clicked, this, &SearchPanel::showWeek);
    connect(m_calendar, &QDateEdit::userDateChanged, this,
            [this](const QDate &date) { setRange(date, date, nullptr); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT screeningChosen(m_model->screeningAt(current.row()).id);
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT screeningActivated(m_model->screeningAt(index.row()).id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SearchPanel::updateSummary);

    retranslate();
    showWeek();
}

void SearchPanel::retranslate()
{
    m_text->setPlaceholderText(tr("Film name — type any part, accents optional"));
    m_text->setAccessibleName(tr("Search films"));
    m_today->setText(tr("&Today"));
    m_tomorrow->setText(tr("To&morrow"));
    m_weekend->setText(tr("&Weekend"));
    m_week->setText(tr("All wee&k"));
    m_dateLabel->setText(tr("&Date:"));
    m_view->setAccessibleName(tr("Screenings found"));
    updateSummary();
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::setToday(const QDate &today)
{
    m_base = today;
    showWeek();
}

void SearchPanel::setRange(const QDate &from, const QDate &to, QPushButton *active)
{
    if (active)
        active->setChecked(true);
    else if (auto *checked = m_today->group() ? m_today->group()->checkedButton() : nullptr) {
        m_today->group()->setExclusive(false);
        checked->setChecked(false);
        m_today->group()->setExclusive(true);
    }
    {
        const QSignalBlocker blocker(m_calendar);
        m_calendar->setDate(from);
    }
    m_model->setDateRange(from, to);
    updateSummary();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void SearchPanel::showToday()
{
    setRange(m_base, m_base, m_today);
}

void SearchPanel::showTomorrow()
{
    setRange(m_base.addDays(1), m_base.addDays(1), m_tomorrow);
}

void SearchPanel::showWeekend()
{
    // The coming Saturday and Sunday; on a Sunday, just today.
    const int dow = m_base.dayOfWeek();
    const QDate saturday = dow == 7 ? m_base.addDays(-1) : m_base.addDays(6 - dow);
    setRange(std::max(saturday, m_base), saturday.addDays(1), m_weekend);
}

void SearchPanel::showWeek()
{
    setRange(m_base, m_base.addDays(6), m_week);
}

void SearchPanel::showDate(const QDate &date)
{
    m_calendar->setDate(date);
    setRange(date, date, nullptr);
}

void SearchPanel::refresh()
{
    m_model->refresh();
    updateSummary();
}

void SearchPanel::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void SearchPanel::updateSummary()
{
    const int n = m_model->rowCount();
    m_summary->setText(n == 0 ? tr("No screening matches. Try fewer letters or another date.")
                              : tr("%n screening(s)", nullptr, n));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_text) {
            // Typing and picking without leaving the keyboard.
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
                m_view->setFocus();
                if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_view->setCurrentIndex(m_model->index(0, 0));
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                QModelIndex current = m_view->currentIndex();
                if (!current.isValid() && m_model->rowCount() > 0)
                    current = m_model->index(0, 0);
                if (current.isValid())
                    Q_EMIT screeningActivated(m_model->screeningAt(current.row()).id);
                return true;
            }
        } else if (watched == m_view) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid())
                    Q_EMIT screeningActivated(m_model->screeningAt(current.row()).id);
                return true;
            }
            if (key->key() == Qt::Key_Up && m_view->currentIndex().row() == 0) {
                m_text->setFocus();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
