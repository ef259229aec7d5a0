// SPDX-License-Identifier: GPL-3.0-or-later
#include "seataccessible.h"

#include "ui/widgets/seatmapwidget.h"

#include <QWidget>
#include <QWindow>

namespace {
QAccessibleInterface *seatMapFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("SeatMapWidget") && object && object->isWidgetType())
        return new SeatMapAccessible(static_cast<SeatMapWidget *>(object));
    return nullptr;
}
} // namespace

SeatMapAccessible::SeatMapAccessible(SeatMapWidget *map)
    : QAccessibleWidget(map, QAccessible::Table, SeatMapWidget::tr("Seat map"))
{}

SeatMapWidget *SeatMapAccessible::map() const
{
    return static_cast<SeatMapWidget *>(widget());
}

int SeatMapAccessible::childCount() const
{
    return int(map()->roomLayout().seats().size());
}

QAccessibleInterface *SeatMapAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto it = m_children.constFind(index);
    if (it != m_children.cend()) {
        if (QAccessibleInterface *existing = QAccessible::accessibleInterface(*it))
            return existing;
    }
    auto *seat = new SeatAccessible(map(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(seat));
    return seat;
}

int SeatMapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *seat = dynamic_cast<const SeatAccessible *>(child);
    return seat ? seat->index() : -1;
}

QAccessibleInterface *SeatMapAccessible::childAt(int x, int y) const
{
    const QPoint local = map()->mapFromGlobal(QPoint(x, y));
    return child(map()->mapGeometry().seatAt(local));
}

QAccessibleInterface *SeatMapAccessible::focusChild() const
{
    const int i = map()->roomLayout().indexOf(map()->focusedSeatId());
    return i >= 0 ? child(i) : nullptr;
}

bool SeatAccessible::isValid() const
{
    return m_map && m_index >= 0 && m_index < m_map->roomLayout().seats().size();
}

QWindow *SeatAccessible::window() const
{
    return m_map ? m_map->window()->windowHandle() : nullptr;
}

QAccessibleInterface *SeatAccessible::parent() const
{
    return m_map ? QAccessible::queryAccessibleInterface(m_map.data()) : nullptr;
}

QString SeatAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    if (t == QAccessible::Name || t == QAccessible::Description)
        return m_map->describeSeat(m_index);
    return {};
}

QRect SeatAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_map->mapGeometry().seatRect(m_index).toAlignedRect();
    return QRect(m_map->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State SeatAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    const Seat &seat = m_map->roomLayout().seats().at(m_index);
    const SeatState state = m_map->stateOf(seat.id);
    s.checkable = true;
    s.checked = state == SeatState::HeldByMe;
    s.focusable = true;
    s.focused = m_map->hasFocus() && m_map->focusedSeatId() == seat.id;
    s.disabled = !seat.isSellable() || state == SeatState::Sold || state == SeatState::HeldByOther;
    return s;
}

void SeatAccessible::installFactory()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(seatMapFactory);
        installed = true;
    }
}
