// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class CatalogRepository;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ScreeningSearchModel;

// Finding a screening as the customer speaks: a film name typed in any case, with or without
// accents, in part; quick dates (today, tomorrow, this weekend, the week) and a calendar.
// Results update with every key; Down moves into them, Enter opens one.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(const CatalogRepository &catalog, QWidget *parent = nullptr);

    ScreeningSearchModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_text; }
    QTableView *resultsView() const { return m_view; }
    // Re-reads seats left; keeps the current row.
    void refresh();
    void focusSearch();
    void showToday();
    void showTomorrow();
    void showWeekend();
    void showWeek();
    void showDate(const QDate &date);
    // The day quick dates count from (today, unless a test says otherwise).
    void setToday(const QDate &today);

Q_SIGNALS:
    void screeningChosen(int screeningId);    // current row changed
    void screeningActivated(int screeningId); // Enter or double click: go sell

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setRange(const QDate &from, const QDate &to, QPushButton *active);
    void updateSummary();
    void retranslate();

    ScreeningSearchModel *m_model;
    QLineEdit *m_text;
    QPushButton *m_today;
    QPushButton *m_tomorrow;
    QPushButton *m_weekend;
    QPushButton *m_week;
    QDateEdit *m_calendar;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_dateLabel;
    QDate m_base;
};
