// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeningsearchmodel.h"

#include "core/catalog/money.h"

#include <QLocale>

ScreeningSearchModel::ScreeningSearchModel(const CatalogRepository &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{}

void ScreeningSearchModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    refresh();
}

void ScreeningSearchModel::setDateRange(const QDate &from, const QDate &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    refresh();
}

void ScreeningSearchModel::refresh()
{
    QList<Screening> rows = m_catalog.search(m_text, m_from, m_to);
    // Same screenings in the same order: update values in place, keeping the selection.
    bool sameShape = rows.size() == m_rows.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].id == m_rows[i].id;
    if (sameShape) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ScreeningSearchModel::rowOf(int screeningId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == screeningId)
            return i;
    }
    return -1;
}

int ScreeningSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScreeningSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScreeningSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Screening &s = m_rows.at(index.row());
    if (role == ScreeningIdRole)
        return s.id;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case FilmColumn:
            return s.filmTitle;
        case TimeColumn:
            // Within one day the date is noise; across days it is needed.
            if (m_from.isValid() && m_from == m_to)
                return locale.toString(s.startsAt().time(), QStringLiteral("HH:mm"));
            return QString(locale.toString(s.startsAt().date(), QStringLiteral("dd/MM")) +
                           QLatin1Char(' ') +
                           locale.toString(s.startsAt().time(), QStringLiteral("HH:mm")));
        case RoomColumn:
            return s.roomName;
        case PriceColumn:
            return Money::format(s.priceCents, locale);
        case SeatsLeftColumn:
            return s.seatsLeft() == 0 ? tr("Sold out") : locale.toString(s.seatsLeft());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PriceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 · %2 min · rated %3 · %4 of %5 seats left")
            .arg(s.filmTitle)
            .arg(s.durationMinutes)
            .arg(s.rating)
            .arg(s.seatsLeft())
            .arg(s.seatCount);
    return {};
}

QVariant ScreeningSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SeatsLeftColumn)
        return tr("Seats left");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FilmColumn:
        return tr("Film");
    case TimeColumn:
        return tr("Time");
    case RoomColumn:
        return tr("Room");
    case PriceColumn:
        return tr("Price");
    case SeatsLeftColumn:
        return tr("Left");
    }
    return {};
}
