// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/roomlayout.h"
#include "ui/widgets/seatmapgeometry.h"

#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QWidget>

#include <functional>

class QTouchEvent;

// The room as the customer sees it from the counter: every seat painted in place, with the
// screen edge, row labels and a legend. States are told apart by shape as well as colour
// (a tick for the sale's seats, a cross for sold, stripes for held elsewhere, a wheelchair
// sign, a companion mark, a star for premium). Click toggles a seat, dragging along a row
// takes a run of seats, arrows move a visible focus, Space toggles and Enter moves on. The
// wheel or +/- zoom, dragging with the right button pans. On a touch screen a tap takes a
// seat, two fingers pinch to zoom and pan, and one finger drags a zoomed map. Each seat is an
// accessible child.
//
// The widget does not decide anything: it asks for a new selection (selectionRequested) and
// shows what the sale then holds (setStates).
class SeatMapWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SeatMapWidget(QWidget *parent = nullptr);
    ~SeatMapWidget() override;

    void setRoomLayout(const RoomLayout &layout);
    const RoomLayout &roomLayout() const { return m_layout; }
    // Seats not in the map are free; HeldByMe is the current selection.
    void setStates(const QHash<int, SeatState> &states);
    SeatState stateOf(int seatId) const { return m_states.value(seatId, SeatState::Free); }
    QList<int> selection() const;
    // Seats to ring as "left alone by this selection".
    void setWarnedSeats(const QList<int> &seatIds);
    // Text shown after the seat in tooltips (its price).
    void setPriceText(std::function<QString(int seatId)> priceText);

    int focusedSeatId() const;
    void setFocusedSeat(int seatId);
    const SeatMapGeometry &mapGeometry() const { return m_geometry; }
    double zoom() const { return m_geometry.zoom(); }
    void setZoom(double zoom);

    // "Row F, seat 12, premium seat, free": for tooltips and screen readers.
    QString describeSeat(int index) const;
    static QString stateName(SeatState state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionRequested(const QList<int> &seatIds);
    // Enter on the map: the cashier is done choosing.
    void activated();
    void focusedSeatChanged(int seatId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Look { Free, Selected, HeldByOther, Sold, Blocked };
    struct LegendEntry
    {
        int look; // Look
        SeatKind kind;
        QString text;
    };
    static constexpr int kLegendChip = 16;
    static constexpr int kLegendLine = 22;
    QList<LegendEntry> legendEntries() const;
    QFont legendFont() const;
    QList<QList<LegendEntry>> legendLines(int available) const;
    int legendHeight(int available) const;
    Look lookOf(const Seat &seat) const;
    const QPixmap &sprite(Look look, SeatKind kind) const;
    QPixmap renderSprite(Look look, SeatKind kind, int side) const;
    void invalidateSprites();
    void updateSeat(int index);
    void moveFocus(int index);
    bool canPick(int index) const;
    // A tap (or click) on a seat: takes it, or gives it back.
    void tapSeat(int index);
    bool handleTouch(QTouchEvent *event);
    QList<int> dragRange() const;
    void paintLegend(QPainter &p);
    void paintLabels(QPainter &p, const QRect &dirty);

    RoomLayout m_layout;
    SeatMapGeometry m_geometry;
    QHash<int, SeatState> m_states;
    QSet<int> m_warned;
    std::function<QString(int)> m_priceText;
    int m_focus = -1;
    int m_pressIndex = -1;
    int m_dragIndex = -1;
    bool m_panning = false;
    struct TouchTrack
    {
        QPointF start;
        QPointF last;
        bool gestured = false; // moved or pinched: not a tap
        bool pinching = false;
        double startDistance = 1;
        double startZoom = 1;
        QPointF lastMiddle;
    };
    static constexpr double kTapSlop = 12; // pixels a finger may wander in a tap
    TouchTrack m_touch;
    QPoint m_lastPanPos;
    mutable QHash<int, QPixmap> m_sprites; // by look × kind, at the current cell size
    mutable int m_spriteSide = -1;
    mutable QHash<int, QPixmap> m_legendSprites;
};
