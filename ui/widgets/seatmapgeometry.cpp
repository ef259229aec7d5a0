// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapgeometry.h"

#include <cmath>
#include <limits>

namespace {
constexpr double kScreenBand = 34; // room for the screen edge above the seats
constexpr double kMargin = 8;
constexpr double kSeatFill = 0.84; // a seat is this much of its cell
} // namespace

SeatMapGeometry::SeatMapGeometry(const RoomLayout *layout, const QSizeF &viewport)
    : m_layout(layout), m_viewport(viewport)
{
    recompute();
}

void SeatMapGeometry::setViewport(const QSizeF &viewport)
{
    m_viewport = viewport;
    recompute();
}

void SeatMapGeometry::recompute()
{
    m_rowStart.clear();
    if (!m_layout || m_layout->isEmpty() || m_viewport.isEmpty())
        return;
    const double labelWidth = 26;
    const QRectF area(kMargin + labelWidth, kMargin + kScreenBand,
                      m_viewport.width() - 2 * (kMargin + labelWidth),
                      m_viewport.height() - 2 * kMargin - kScreenBand - m_legendHeight);
    m_baseCell = std::max(
        0.5, std::min(area.width() / m_layout->columns(), area.height() / m_layout->rows()));
    m_labelWidth = labelWidth;
    const QSizeF used(m_baseCell * m_layout->columns(), m_baseCell * m_layout->rows());
    m_mapArea = QRectF(area.left() + (area.width() - used.width()) / 2, area.top(), used.width(),
                       used.height());
    m_rowStart.fill(-1, m_layout->rows() + 1);
    const auto &seats = m_layout->seats();
    for (int i = int(seats.size()) - 1; i >= 0; --i)
        m_rowStart[seats[i].y] = i;
    // Rows without seats start where the next row does.
    m_rowStart[m_layout->rows()] = int(seats.size());
    for (int y = m_layout->rows() - 1; y >= 0; --y) {
        if (m_rowStart[y] < 0)
            m_rowStart[y] = m_rowStart[y + 1];
    }
}

void SeatMapGeometry::setLegendHeight(double height)
{
    m_legendHeight = height;
}

void SeatMapGeometry::setZoom(double zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the point under the anchor where it is.
    const QPointF o = origin();
    const QPointF mapPoint = (anchor - o) / m_zoom;
    m_zoom = zoom;
    const QPointF newOrigin = m_mapArea.topLeft() + m_pan;
    m_pan += anchor - (newOrigin + mapPoint * m_zoom);
    if (m_zoom <= kMinZoom)
        m_pan = {};
}

void SeatMapGeometry::panBy(const QPointF &delta)
{
    if (m_zoom <= kMinZoom)
        return;
    m_pan += delta;
}

void SeatMapGeometry::reset()
{
    m_zoom = 1.0;
    m_pan = {};
}

QPointF SeatMapGeometry::origin() const
{
    return m_mapArea.topLeft() + m_pan;
}

QRectF SeatMapGeometry::seatRect(int index) const
{
    const Seat &s = m_layout->seats().at(index);
    const double cell = cellSize();
    const double side = cell * kSeatFill;
    const QPointF o = origin();
    return QRectF(o.x() + s.x * cell + (cell - side) / 2, o.y() + s.y * cell + (cell - side) / 2,
                  side, side);
}

QRectF SeatMapGeometry::mapRect() const
{
    if (!m_layout)
        return {};
    return QRectF(origin(), QSizeF(m_layout->columns(), m_layout->rows()) * cellSize());
}

QRectF SeatMapGeometry::screenRect() const
{
    const QRectF map = mapRect();
    return QRectF(map.left() + map.width() * 0.1, map.top() - kScreenBand + 4, map.width() * 0.8,
                  kScreenBand - 12);
}

int SeatMapGeometry::seatAt(const QPointF &p) const
{
    if (!m_layout || m_rowStart.isEmpty())
        return -1;
    const double cell = cellSize();
    const QPointF local = (p - origin()) / cell;
    const int x = int(std::floor(local.x()));
    const int y = int(std::floor(local.y()));
    const int i = m_layout->indexAt(x, y);
    if (i < 0)
        return -1;
    // Clicks in the gap between seats choose nothing, so a near miss does not pick a neighbour.
    return seatRect(i).adjusted(-1, -1, 1, 1).contains(p) ? i : -1;
}

QList<int> SeatMapGeometry::seatsIn(const QRectF &r) const
{
    QList<int> result;
    if (!m_layout || m_rowStart.isEmpty())
        return result;
    const double cell = cellSize();
    const QPointF o = origin();
    const int y0 = std::max(0, int(std::floor((r.top() - o.y()) / cell)));
    const int y1 = std::min(m_layout->rows() - 1, int(std::floor((r.bottom() - o.y()) / cell)));
    const double x0 = (r.left() - o.x()) / cell - 1;
    const double x1 = (r.right() - o.x()) / cell;
    const auto &seats = m_layout->seats();
    for (int y = y0; y <= y1; ++y) {
        for (int i = m_rowStart[y]; i < m_rowStart[y + 1]; ++i) {
            const int sx = seats[i].x;
            if (sx >= x0 && sx <= x1)
                result << i;
        }
    }
    return result;
}

int SeatMapGeometry::neighbour(int from, int dx, int dy) const
{
    if (!m_layout || from < 0)
        return -1;
    const auto &seats = m_layout->seats();
    const Seat &s = seats[from];
    int best = -1;
    double bestCost = std::numeric_limits<double>::max();
    // Rows: the nearest seat in the next row that has one. Columns: the next seat in the row.
    for (int i = 0; i < seats.size(); ++i) {
        const Seat &o = seats[i];
        const int ddx = o.x - s.x, ddy = o.y - s.y;
        if (dx != 0 && (ddy != 0 || ddx * dx <= 0))
            continue;
        if (dy != 0 && ddy * dy <= 0)
            continue;
        const double cost = dx != 0 ? std::abs(ddx) : std::abs(ddy) * 1000.0 + std::abs(ddx);
        if (cost < bestCost) {
            bestCost = cost;
            best = i;
        }
    }
    return best;
}
