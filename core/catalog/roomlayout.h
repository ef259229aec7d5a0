// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/seat.h"

#include <QHash>
#include <QList>
#include <QString>

// The seats of one room and the grid they sit on. A value type: cheap lookups by seat id and
// by grid cell, computed once when the layout is built.
class RoomLayout
{
public:
    RoomLayout() = default;
    RoomLayout(int roomId, QString name, QList<Seat> seats, qint64 premiumSurchargeCents = 0);

    int roomId() const { return m_roomId; }
    QString name() const { return m_name; }
    const QList<Seat> &seats() const { return m_seats; }
    qint64 premiumSurchargeCents() const { return m_premiumSurchargeCents; }
    // Grid size in cells (one past the largest x and y).
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int sellableCount() const { return m_sellableCount; }
    bool isEmpty() const { return m_seats.isEmpty(); }

    // Index into seats(), or -1.
    int indexOf(int seatId) const { return m_indexById.value(seatId, -1); }
    int indexAt(int x, int y) const { return m_indexByCell.value(cellKey(x, y), -1); }
    const Seat *seat(int seatId) const;
    // The row label drawn at grid row y, empty when the row has no seats.
    QString rowLabelAt(int y) const { return m_rowLabels.value(y); }

    // A rectangular room of rows × perRow seats with the given aisles (after seat numbers),
    // for tests and benchmarks.
    static RoomLayout grid(int roomId, int rows, int perRow, const QList<int> &aisleAfter = {});
    // "A" … "Z", "AA", "AB" …: the label of the index-th row from the screen.
    static QString rowName(int index);

private:
    static qint64 cellKey(int x, int y) { return (qint64(y) << 32) | quint32(x); }

    int m_roomId = 0;
    QString m_name;
    QList<Seat> m_seats;
    qint64 m_premiumSurchargeCents = 0;
    int m_columns = 0;
    int m_rows = 0;
    int m_sellableCount = 0;
    QHash<int, int> m_indexById;
    QHash<qint64, int> m_indexByCell;
    QHash<int, QString> m_rowLabels;
};
