// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomlayout.h"

RoomLayout::RoomLayout(int roomId, QString name, QList<Seat> seats, qint64 premiumSurchargeCents)
    : m_roomId(roomId), m_name(std::move(name)), m_seats(std::move(seats)),
      m_premiumSurchargeCents(premiumSurchargeCents)
{
    m_indexById.reserve(m_seats.size());
    m_indexByCell.reserve(m_seats.size());
    for (int i = 0; i < m_seats.size(); ++i) {
        const Seat &s = m_seats.at(i);
        m_indexById.insert(s.id, i);
        m_indexByCell.insert(cellKey(s.x, s.y), i);
        m_columns = std::max(m_columns, s.x + 1);
        m_rows = std::max(m_rows, s.y + 1);
        m_rowLabels.insert(s.y, s.row);
        if (s.isSellable())
            ++m_sellableCount;
    }
}

const Seat *RoomLayout::seat(int seatId) const
{
    const int i = indexOf(seatId);
    return i < 0 ? nullptr : &m_seats.at(i);
}

QString RoomLayout::rowName(int index)
{
    // A … Z, then AA, AB … for stadiums.
    QString name;
    int n = index;
    do {
        name.prepend(QChar(u'A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return name;
}

RoomLayout RoomLayout::grid(int roomId, int rows, int perRow, const QList<int> &aisleAfter)
{
    QList<Seat> seats;
    seats.reserve(rows * perRow);
    int id = roomId * 1000000;
    for (int r = 0; r < rows; ++r) {
        int x = 0;
        for (int n = 1; n <= perRow; ++n) {
            seats.append(Seat{++id, rowName(r), n, x, r, SeatKind::Standard});
            ++x;
            if (aisleAfter.contains(n))
                ++x;
        }
    }
    return RoomLayout(roomId, QStringLiteral("Grid %1").arg(roomId), seats);
}
