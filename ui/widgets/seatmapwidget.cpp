// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines on purpose: painting (sprites, labels, legend) and the input that changes the
// selection (mouse drags, touch taps and pinches, the keyboard's focus walk) share one seat
// index, one drag state and one dirty-rectangle scheme, which the measured frame times
// (BENCHMARKS.md) depend on. What stands alone is already apart: the geometry
// (SeatMapGeometry) and what a screen reader hears (SeatAccessible).
#include "seatmapwidget.h"

#include "ui/widgets/seataccessible.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QTouchEvent>
#include <QWheelEvent>

namespace {
struct Colours
{
    QColor fill;
    QColor border;
    QColor mark;
};

Colours coloursFor(int look)
{
    switch (look) {
    case 0:
        return {QColor(0xd7, 0xf0, 0xd8), QColor(0x2e, 0x7d, 0x32), QColor(0x1b, 0x5e, 0x20)};
    case 1:
        return {QColor(0x15, 0x65, 0xc0), QColor(0x0d, 0x47, 0xa1), Qt::white};
    case 2:
        return {QColor(0xff, 0xe0, 0xb2), QColor(0xe6, 0x51, 0x00), QColor(0xe6, 0x51, 0x00)};
    case 3:
        return {QColor(0xbd, 0xbd, 0xbd), QColor(0x75, 0x75, 0x75), QColor(0x42, 0x42, 0x42)};
    default:
        return {QColor(0x61, 0x61, 0x61), QColor(0x42, 0x42, 0x42), QColor(0xee, 0xee, 0xee)};
    }
}
} // namespace

SeatMapWidget::SeatMapWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Fingers get their own handling: a tap takes a seat, two fingers zoom and pan.
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Seat map"));
    SeatAccessible::installFactory();
}

SeatMapWidget::~SeatMapWidget() = default;

QSize SeatMapWidget::sizeHint() const
{
    return {720, 520};
}

QSize SeatMapWidget::minimumSizeHint() const
{
    return {320, 240};
}

void SeatMapWidget::setRoomLayout(const RoomLayout &layout)
{
    m_layout = layout;
    m_geometry = SeatMapGeometry(&m_layout, size());
    m_focus = m_layout.isEmpty() ? -1 : 0;
    // Start the keyboard focus near the middle of the room, where people want to sit.
    if (!m_layout.isEmpty()) {
        const int i = m_layout.indexAt(m_layout.columns() / 2, m_layout.rows() * 6 / 10);
        m_focus = i >= 0 ? i : int(m_layout.seats().size()) / 2;
    }
    m_warned.clear();
    m_states.clear();
    invalidateSprites();
    update();
    if (QAccessible::isActive()) {
        QAccessibleEvent e(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&e);
    }
}

void SeatMapWidget::setStates(const QHash<int, SeatState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    update();
}

QList<int> SeatMapWidget::selection() const
{
    QList<int> ids;
    for (const Seat &s : m_layout.seats()) {
        if (stateOf(s.id) == SeatState::HeldByMe)
            ids << s.id;
    }
    return ids;
}

void SeatMapWidget::setWarnedSeats(const QList<int> &seatIds)
{
    const QSet<int> warned(seatIds.cbegin(), seatIds.cend());
    if (warned == m_warned)
        return;
    m_warned = warned;
    update();
}

void SeatMapWidget::setPriceText(std::function<QString(int)> priceText)
{
    m_priceText = std::move(priceText);
}

int SeatMapWidget::focusedSeatId() const
{
    return m_focus >= 0 && m_focus < m_layout.seats().size() ? m_layout.seats()[m_focus].id : -1;
}

void SeatMapWidget::setFocusedSeat(int seatId)
{
    const int i = m_layout.indexOf(seatId);
    if (i >= 0)
        moveFocus(i);
}

void SeatMapWidget::setZoom(double zoom)
{
    m_geometry.setZoom(zoom, rect().center());
    invalidateSprites();
    update();
}

QString SeatMapWidget::stateName(SeatState state)
{
    switch (state) {
    case SeatState::Free:
        return tr("free");
    case SeatState::HeldByMe:
        return tr("selected");
    case SeatState::HeldByOther:
        return tr("held at another terminal");
    case SeatState::Sold:
        return tr("sold");
    }
    return {};
}

QString SeatMapWidget::describeSeat(int index) const
{
    if (index < 0 || index >= m_layout.seats().size())
        return {};
    const Seat &s = m_layout.seats()[index];
    QString text = tr("Row %1, seat %2").arg(s.row).arg(s.number);
    if (s.kind != SeatKind::Standard)
        text += QStringLiteral(", ") + Seat::kindName(s.kind);
    if (s.isSellable()) {
        text += QStringLiteral(", ") + stateName(stateOf(s.id));
        if (m_priceText && stateOf(s.id) != SeatState::Sold) {
            const QString price = m_priceText(s.id);
            if (!price.isEmpty())
                text += QStringLiteral(", ") + price;
        }
    }
    if (m_warned.contains(s.id))
        text += QStringLiteral(", ") + tr("left alone by this selection");
    return text;
}

SeatMapWidget::Look SeatMapWidget::lookOf(const Seat &seat) const
{
    if (!seat.isSellable())
        return Look::Blocked;
    switch (stateOf(seat.id)) {
    case SeatState::Free:
        return Look::Free;
    case SeatState::HeldByMe:
        return Look::Selected;
    case SeatState::HeldByOther:
        return Look::HeldByOther;
    case SeatState::Sold:
        return Look::Sold;
    }
    return Look::Free;
}

void SeatMapWidget::invalidateSprites()
{
    m_sprites.clear();
    m_legendSprites.clear();
    m_spriteSide = -1;
}

const QPixmap &SeatMapWidget::sprite(Look look, SeatKind kind) const
{
    const int side = std::max(3, int(m_geometry.cellSize() * 0.84));
    if (side != m_spriteSide) {
        m_sprites.clear();
        m_spriteSide = side;
    }
    // Seats are drawn once per look, kind and size, then copied: painting 30,000 seats is
    // 30,000 blits, not 30,000 paths.
    const int key = int(look) * 8 + int(kind);
    auto it = m_sprites.find(key);
    if (it == m_sprites.end())
        it = m_sprites.insert(key, renderSprite(look, kind, side));
    return *it;
}

QPixmap SeatMapWidget::renderSprite(Look look, SeatKind kind, int side) const
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(QSize(side, side) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const Colours c = coloursFor(int(look));
    const QRectF r(0.5, 0.5, side - 1.0, side - 1.0);
    const double radius = side * 0.22;
    const double pen = std::max(1.0, side / 14.0);
    if (look == Look::Blocked) {
        // No seat here: a dark tile with a slash.
        p.setPen(Qt::NoPen);
        p.setBrush(c.fill);
        p.drawRoundedRect(r.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1), radius,
                          radius);
        p.setPen(QPen(c.mark, pen));
        p.drawLine(QPointF(r.left() + side * 0.25, r.bottom() - side * 0.25),
                   QPointF(r.right() - side * 0.25, r.top() + side * 0.25));
    } else {
        QColor border = c.border;
        if (kind == SeatKind::Premium && look == Look::Free)
            border = QColor(0xb2, 0x8a, 0x00);
        p.setPen(QPen(border, kind == SeatKind::Premium ? pen * 1.8 : pen));
        p.setBrush(c.fill);
        if (kind == SeatKind::Wheelchair) {
            p.drawRect(r.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        } else {
            p.drawRoundedRect(r.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), radius, radius);
            // The seat back: a thicker band at the top.
            if (side >= 8)
                p.fillRect(QRectF(r.left() + side * 0.18, r.top() + pen, side * 0.64, side * 0.12),
                           border);
        }
        if (look == Look::HeldByOther) {
            // Stripes: held, might come free.
            p.save();
            QPainterPath clip;
            clip.addRoundedRect(r, radius, radius);
            p.setClipPath(clip);
            p.setPen(QPen(c.mark, std::max(1.0, side / 10.0)));
            for (double d = -side; d < side; d += std::max(3.0, side / 3.5))
                p.drawLine(QPointF(d, side), QPointF(d + side, 0));
            p.restore();
        }
        p.setPen(
            QPen(c.mark, std::max(1.5, side / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (look == Look::Sold) {
            p.drawLine(QPointF(side * 0.28, side * 0.28), QPointF(side * 0.72, side * 0.72));
            p.drawLine(QPointF(side * 0.72, side * 0.28), QPointF(side * 0.28, side * 0.72));
        } else if (look == Look::Selected) {
            QPolygonF tick;
            tick << QPointF(side * 0.25, side * 0.52) << QPointF(side * 0.43, side * 0.7)
                 << QPointF(side * 0.76, side * 0.32);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(tick);
        }
        if (side >= 10 && look != Look::Sold && look != Look::Selected) {
            QFont f = font();
            f.setPixelSize(std::max(7, int(side * 0.55)));
            f.setBold(true);
            p.setFont(f);
            p.setPen(look == Look::HeldByOther ? QColor(0x5d, 0x40, 0x37) : c.mark);
            if (kind == SeatKind::Wheelchair)
                p.drawText(r, Qt::AlignCenter, QString(QChar(0x267F)));
            else if (kind == SeatKind::Companion)
                p.drawText(r.adjusted(0, side * 0.1, 0, 0), Qt::AlignCenter, QStringLiteral("+"));
        }
        if (kind == SeatKind::Premium && side >= 8) {
            QFont f = font();
            f.setPixelSize(std::max(6, int(side * 0.38)));
            p.setFont(f);
            p.setPen(look == Look::Selected ? QColor(Qt::white) : QColor(0xb2, 0x8a, 0x00));
            p.drawText(r.adjusted(0, side * 0.08, -side * 0.06, 0), Qt::AlignRight | Qt::AlignTop,
                       QString(QChar(0x2605)));
        }
    }
    p.end();
    return pm;
}

void SeatMapWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect dirty = event->rect();
    p.fillRect(dirty, palette().color(QPalette::Base));
    if (m_layout.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Choose a screening to see its seats."));
        return;
    }

    // The screen edge.
    const QRectF screen = m_geometry.screenRect();
    if (screen.intersects(dirty)) {
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath arc;
        arc.moveTo(screen.bottomLeft());
        arc.quadTo(QPointF(screen.center().x(), screen.top() - screen.height() * 0.3),
                   screen.bottomRight());
        p.setPen(QPen(palette().color(QPalette::Text), 3));
        p.drawPath(arc);
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() * 0.85);
        f.setLetterSpacing(QFont::PercentageSpacing, 130);
        p.setFont(f);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(screen.adjusted(0, screen.height() * 0.35, 0, 0), Qt::AlignCenter, tr("SCREEN"));
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    const auto &seats = m_layout.seats();
    const QList<int> visible = m_geometry.seatsIn(dirty);
    for (const int i : visible) {
        const Seat &s = seats[i];
        const QRectF r = m_geometry.seatRect(i);
        p.drawPixmap(r.topLeft(), sprite(lookOf(s), s.kind));
    }
    paintLabels(p, dirty);

    // Seats the selection strands, and a drag in progress.
    if (!m_warned.isEmpty() || m_dragIndex >= 0) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(Qt::NoBrush);
        for (const int id : std::as_const(m_warned)) {
            const int i = m_layout.indexOf(id);
            if (i < 0)
                continue;
            p.setPen(QPen(QColor(0xff, 0x8f, 0x00), 2.5, Qt::DotLine));
            p.drawEllipse(m_geometry.seatRect(i).adjusted(-2, -2, 2, 2));
        }
        for (const int i : dragRange()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRect(m_geometry.seatRect(i).adjusted(-1, -1, 1, 1));
        }
    }
    if (m_focus >= 0 && m_focus < seats.size()) {
        const QRectF r = m_geometry.seatRect(m_focus).adjusted(-3, -3, 3, 3);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(Qt::NoBrush);
        p.setPen(
            QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
                 hasFocus() ? 2.5 : 1.5, hasFocus() ? Qt::SolidLine : Qt::DashLine));
        p.drawRoundedRect(r, 3, 3);
    }
    paintLegend(p);
}

void SeatMapWidget::paintLabels(QPainter &p, const QRect &dirty)
{
    const double cell = m_geometry.cellSize();
    const QRectF map = m_geometry.mapRect();
    const auto &seats = m_layout.seats();
    if (cell >= 7) {
        QFont f = font();
        f.setPixelSize(int(std::clamp(cell * 0.55, 8.0, 14.0)));
        f.setBold(true);
        p.setFont(f);
        p.setPen(palette().color(QPalette::Text));
        const double labelWidth = m_geometry.rowLabelWidth();
        for (int y = 0; y < m_layout.rows(); ++y) {
            const QString label = m_layout.rowLabelAt(y);
            if (label.isEmpty())
                continue;
            const double top = map.top() + y * cell;
            if (top > dirty.bottom() || top + cell < dirty.top())
                continue;
            p.drawText(QRectF(map.left() - labelWidth - 2, top, labelWidth, cell),
                       Qt::AlignRight | Qt::AlignVCenter, label);
            p.drawText(QRectF(map.right() + 2, top, labelWidth, cell),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }
    // Seat numbers only when they are legible.
    if (cell >= 22) {
        QFont f = font();
        f.setPixelSize(int(std::min(cell * 0.3, 13.0)));
        p.setFont(f);
        for (const int i : m_geometry.seatsIn(dirty)) {
            const Seat &s = seats[i];
            const Look look = lookOf(s);
            if (look == Look::Blocked || look == Look::Sold || look == Look::Selected ||
                s.kind == SeatKind::Wheelchair || s.kind == SeatKind::Companion)
                continue;
            p.setPen(QColor(0x1b, 0x5e, 0x20));
            const QRectF r = m_geometry.seatRect(i);
            p.drawText(r.adjusted(0, r.height() * 0.2, 0, 0), Qt::AlignCenter,
                       QString::number(s.number));
        }
    }
}

QList<SeatMapWidget::LegendEntry> SeatMapWidget::legendEntries() const
{
    return {
        {int(Look::Free), SeatKind::Standard, tr("Free")},
        {int(Look::Selected), SeatKind::Standard, tr("This sale")},
        {int(Look::HeldByOther), SeatKind::Standard, tr("Held")},
        {int(Look::Sold), SeatKind::Standard, tr("Sold")},
        {int(Look::Blocked), SeatKind::Blocked, tr("No seat")},
        {int(Look::Free), SeatKind::Wheelchair, tr("Wheelchair")},
        {int(Look::Free), SeatKind::Companion, tr("Companion")},
        {int(Look::Free), SeatKind::Premium, tr("Premium")},
    };
}

QFont SeatMapWidget::legendFont() const
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 0.9);
    return f;
}

QList<QList<SeatMapWidget::LegendEntry>> SeatMapWidget::legendLines(int available) const
{
    // As many entries on a line as fit: the key stays whole on any screen.
    const QFontMetrics fm(legendFont());
    QList<QList<LegendEntry>> lines{{}};
    int used = 0;
    for (const LegendEntry &e : legendEntries()) {
        const int w = kLegendChip + 6 + fm.horizontalAdvance(e.text) + 16;
        if (!lines.last().isEmpty() && used + w > available) {
            lines.append(QList<LegendEntry>());
            used = 0;
        }
        lines.last().append(e);
        used += w;
    }
    return lines;
}

int SeatMapWidget::legendHeight(int available) const
{
    return int(legendLines(available).size()) * kLegendLine + 8;
}

void SeatMapWidget::paintLegend(QPainter &p)
{
    const QFont f = legendFont();
    p.setFont(f);
    const QFontMetrics fm(f);
    const auto lines = legendLines(width() - 12);
    const int top = height() - int(lines.size()) * kLegendLine - 4;
    p.fillRect(QRect(0, top - 2, width(), int(lines.size()) * kLegendLine + 6),
               palette().color(QPalette::Base));
    for (int line = 0; line < lines.size(); ++line) {
        int lineWidth = 0;
        for (const LegendEntry &e : lines[line])
            lineWidth += kLegendChip + 6 + fm.horizontalAdvance(e.text) + 16;
        int x = std::max(6, (width() - lineWidth) / 2);
        const int y = top + line * kLegendLine;
        for (const LegendEntry &e : lines[line]) {
            const int key = e.look * 8 + int(e.kind);
            auto it = m_legendSprites.find(key);
            if (it == m_legendSprites.end())
                it = m_legendSprites.insert(key, renderSprite(Look(e.look), e.kind, kLegendChip));
            p.drawPixmap(x, y, *it);
            x += kLegendChip + 6;
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(x, y, fm.horizontalAdvance(e.text) + 2, kLegendChip), Qt::AlignVCenter,
                       e.text);
            x += fm.horizontalAdvance(e.text) + 16;
        }
    }
}

void SeatMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_geometry.setLegendHeight(legendHeight(width() - 12));
    m_geometry.setViewport(size());
    // The next paint rebuilds sprites if the cell size changed; no repaint from here.
}

bool SeatMapWidget::canPick(int index) const
{
    if (index < 0 || index >= m_layout.seats().size())
        return false;
    const Seat &s = m_layout.seats()[index];
    const SeatState state = stateOf(s.id);
    return s.isSellable() && (state == SeatState::Free || state == SeatState::HeldByMe);
}

QList<int> SeatMapWidget::dragRange() const
{
    QList<int> range;
    if (m_pressIndex < 0 || m_dragIndex < 0 || m_dragIndex == m_pressIndex)
        return range;
    const Seat &a = m_layout.seats()[m_pressIndex];
    const Seat &b = m_layout.seats()[m_dragIndex];
    if (a.y != b.y)
        return range; // a run of seats is one row
    const int from = std::min(a.x, b.x), to = std::max(a.x, b.x);
    for (int x = from; x <= to; ++x) {
        const int i = m_layout.indexAt(x, a.y);
        if (i >= 0 && canPick(i))
            range << i;
    }
    return range;
}

void SeatMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const int i = m_geometry.seatAt(event->position());
    m_pressIndex = i;
    m_dragIndex = i;
    if (i < 0 && m_geometry.zoom() > SeatMapGeometry::kMinZoom) {
        // Dragging the empty floor pans, like a map.
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
}

void SeatMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        m_geometry.panBy(pos - m_lastPanPos);
        m_lastPanPos = pos;
        update();
        return;
    }
    if (m_pressIndex >= 0 && (event->buttons() & Qt::LeftButton)) {
        const int i = m_geometry.seatAt(event->position());
        if (i >= 0 && i != m_dragIndex) {
            m_dragIndex = i;
            update();
        }
    }
}

void SeatMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    if (event->button() != Qt::LeftButton || m_pressIndex < 0)
        return;
    const QList<int> range = dragRange();
    const int pressed = m_pressIndex;
    m_pressIndex = m_dragIndex = -1;
    QList<int> next = selection();
    if (!range.isEmpty()) {
        for (const int i : range) {
            const int id = m_layout.seats()[i].id;
            if (!next.contains(id))
                next << id;
        }
        moveFocus(range.last());
    } else if (m_geometry.seatAt(event->position()) == pressed) {
        tapSeat(pressed);
        return;
    } else {
        update();
        return;
    }
    update();
    Q_EMIT selectionRequested(next);
}

void SeatMapWidget::tapSeat(int index)
{
    if (index < 0)
        return;
    moveFocus(index);
    if (!canPick(index)) {
        update();
        return;
    }
    QList<int> next = selection();
    const int id = m_layout.seats()[index].id;
    if (next.contains(id))
        next.removeAll(id);
    else
        next << id;
    update();
    Q_EMIT selectionRequested(next);
}

bool SeatMapWidget::handleTouch(QTouchEvent *event)
{
    const QList<QEventPoint> &points = event->points();
    if (event->type() == QEvent::TouchCancel) {
        m_touch = {};
        return true;
    }
    if (event->type() == QEvent::TouchBegin)
        m_touch = {};
    if (points.size() >= 2) {
        // Two fingers: spread or pinch to zoom about their middle, move together to pan.
        const QPointF a = points[0].position(), b = points[1].position();
        const double distance = std::max(1.0, QLineF(a, b).length());
        const QPointF middle = (a + b) / 2;
        if (!m_touch.pinching) {
            m_touch.pinching = true;
            m_touch.startDistance = distance;
            m_touch.startZoom = m_geometry.zoom();
            m_touch.lastMiddle = middle;
        }
        m_touch.gestured = true;
        m_geometry.setZoom(m_touch.startZoom * distance / m_touch.startDistance, middle);
        m_geometry.panBy(middle - m_touch.lastMiddle);
        m_touch.lastMiddle = middle;
        update();
        return true;
    }
    if (points.isEmpty())
        return true;
    const QEventPoint &point = points.first();
    if (m_touch.pinching) {
        // One of two fingers lifted: the other one drags on from where it is now.
        m_touch.pinching = false;
        m_touch.last = point.position();
    }
    switch (event->type()) {
    case QEvent::TouchBegin:
        m_touch.start = m_touch.last = point.position();
        break;
    case QEvent::TouchUpdate:
        // One finger drags the zoomed map; a finger that hardly moved is still a tap.
        if (QLineF(point.position(), m_touch.start).length() > kTapSlop)
            m_touch.gestured = true;
        if (m_touch.gestured && m_geometry.zoom() > SeatMapGeometry::kMinZoom) {
            m_geometry.panBy(point.position() - m_touch.last);
            update();
        }
        m_touch.last = point.position();
        break;
    case QEvent::TouchEnd:
        if (!m_touch.gestured)
            tapSeat(m_geometry.seatAt(point.position()));
        m_touch = {};
        break;
    default:
        break;
    }
    return true;
}

void SeatMapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps))
        return;
    m_geometry.setZoom(m_geometry.zoom() * std::pow(1.2, steps), event->position());
    update();
    event->accept();
}

void SeatMapWidget::moveFocus(int index)
{
    if (index < 0 || index == m_focus)
        return;
    const int old = m_focus;
    m_focus = index;
    updateSeat(old);
    updateSeat(index);
    // Keep the focused seat in view when zoomed in.
    const QRectF r = m_geometry.seatRect(index);
    const QRectF view = m_geometry.mapArea();
    if (m_geometry.zoom() > SeatMapGeometry::kMinZoom && !view.contains(r)) {
        QPointF delta;
        if (r.left() < view.left())
            delta.rx() = view.left() - r.left() + r.width();
        else if (r.right() > view.right())
            delta.rx() = view.right() - r.right() - r.width();
        if (r.top() < view.top())
            delta.ry() = view.top() - r.top() + r.height();
        else if (r.bottom() > view.bottom())
            delta.ry() = view.bottom() - r.bottom() - r.height();
        m_geometry.panBy(delta);
        update();
    }
    Q_EMIT focusedSeatChanged(focusedSeatId());
    if (QAccessible::isActive() && hasFocus()) {
        QAccessibleEvent e(this, QAccessible::Focus);
        e.setChild(index);
        QAccessible::updateAccessibility(&e);
    }
}

void SeatMapWidget::updateSeat(int index)
{
    if (index >= 0 && index < m_layout.seats().size())
        update(m_geometry.seatRect(index).toAlignedRect().adjusted(-5, -5, 5, 5));
}

void SeatMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_layout.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(m_geometry.neighbour(m_focus, -1, 0));
        return;
    case Qt::Key_Right:
        moveFocus(m_geometry.neighbour(m_focus, 1, 0));
        return;
    case Qt::Key_Up:
        moveFocus(m_geometry.neighbour(m_focus, 0, -1));
        return;
    case Qt::Key_Down:
        moveFocus(m_geometry.neighbour(m_focus, 0, 1));
        return;
    case Qt::Key_Space: {
        if (!canPick(m_focus))
            return;
        QList<int> next = selection();
        const int id = focusedSeatId();
        if (next.contains(id))
            next.removeAll(id);
        else
            next << id;
        Q_EMIT selectionRequested(next);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activated();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(zoom() * 1.25);
        return;
    case Qt::Key_Minus:
        setZoom(zoom() / 1.25);
        return;
    case Qt::Key_0:
        m_geometry.reset();
        update();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void SeatMapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    updateSeat(m_focus);
}

void SeatMapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    updateSeat(m_focus);
}

bool SeatMapWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        event->accept();
        return handleTouch(static_cast<QTouchEvent *>(event));
    default:
        break;
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = m_geometry.seatAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), describeSeat(i), this,
                               m_geometry.seatRect(i).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SeatMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        invalidateSprites();
    QWidget::changeEvent(event);
}
