// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/roomlayout.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Where each seat of a room is drawn in a viewport of a given size at a given zoom and pan,
// and which seat is under a point. Pure arithmetic, no widgets: tested and benchmarked alone.
class SeatMapGeometry
{
public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 12.0;

    SeatMapGeometry() = default;
    SeatMapGeometry(const RoomLayout *layout, const QSizeF &viewport);

    void setViewport(const QSizeF &viewport);
    // Room kept free below the seats for the key (it wraps on narrow maps).
    void setLegendHeight(double height);
    // Zoom 1 fits the whole room; the pan is in viewport pixels.
    void setZoom(double zoom, const QPointF &anchor);
    void panBy(const QPointF &delta);
    void reset();
    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }

    // Side of one grid cell in pixels (a seat is drawn a little smaller).
    double cellSize() const { return m_baseCell * m_zoom; }
    QRectF seatRect(int index) const;
    QRectF mapRect() const;    // the area the seats occupy
    QRectF screenRect() const; // the screen edge drawn above the first row
    double rowLabelWidth() const { return m_labelWidth; }
    QRectF mapArea() const { return m_mapArea; }

    // Index into layout->seats() of the seat under p, or -1.
    int seatAt(const QPointF &p) const;
    // Seat indices whose rectangles meet r, for painting only what is damaged.
    QList<int> seatsIn(const QRectF &r) const;
    // The seat nearest to `from` in the direction (dx, dy), for arrow keys; -1 if none.
    int neighbour(int from, int dx, int dy) const;

private:
    void recompute();
    QPointF origin() const;

    const RoomLayout *m_layout = nullptr;
    QSizeF m_viewport;
    QRectF m_mapArea; // where the room is fitted at zoom 1
    double m_baseCell = 10;
    double m_labelWidth = 24;
    double m_legendHeight = 30;
    double m_zoom = 1.0;
    QPointF m_pan;
    QList<int> m_rowStart; // first seat index of each grid row, layout ordered by (y, x)
};
