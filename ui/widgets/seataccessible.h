// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleInterface>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

class SeatMapWidget;

// Screen-reader view of the seat map: the map is a table-like widget whose children are its
// seats, each a checkable item named "Row F, seat 12, free, R$ 32,00".
class SeatMapAccessible final : public QAccessibleWidget
{
public:
    explicit SeatMapAccessible(SeatMapWidget *map);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    SeatMapWidget *map() const;

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

class SeatAccessible final : public QAccessibleInterface
{
public:
    SeatAccessible(SeatMapWidget *map, int index) : m_map(map), m_index(index) {}

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::CheckBox; }
    QAccessible::State state() const override;
    int index() const { return m_index; }

    // Makes Qt build a SeatMapAccessible for every SeatMapWidget.
    static void installFactory();

private:
    QPointer<SeatMapWidget> m_map;
    int m_index;
};
