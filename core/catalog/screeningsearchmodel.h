// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"

#include <QAbstractTableModel>
#include <QDate>

// Search results for the box office: film, time, room, price and seats left, one screening a
// row. Filters are set as properties; each change re-runs the (sub-millisecond) FTS query.
class ScreeningSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FilmColumn, TimeColumn, RoomColumn, PriceColumn, SeatsLeftColumn, ColumnCount };
    enum Role { ScreeningIdRole = Qt::UserRole + 1 };

    explicit ScreeningSearchModel(const CatalogRepository &catalog, QObject *parent = nullptr);

    void setText(const QString &text);
    void setDateRange(const QDate &from, const QDate &to);
    QString text() const { return m_text; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // Re-reads the results (seats left change as others sell).
    void refresh();

    Screening screeningAt(int row) const { return m_rows.value(row); }
    int rowOf(int screeningId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const CatalogRepository &m_catalog;
    QString m_text;
    QDate m_from;
    QDate m_to;
    QList<Screening> m_rows;
};
