// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

#include <QPointer>

class QLabel;
class QListWidget;
class SeatMapWidget;

// Choosing seats: the best seats together for a party in one touch, or seats touched one by one
// on the map or, for those who prefer it (or use a screen reader), in a list. It follows the
// sale as other terminals take seats and as the hold runs down.
class KioskSeatsPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskSeatsPage(const KioskPageContext &context, QWidget *parent);

Q_SIGNALS:
    void partySizeChosen(int count);

private:
    void showSeatStates();
    void showSelection();
    void updateHoldClock();
    // Says the free seats again in the list, keeping where it was scrolled to.
    void fillSeatList();

    QPointer<SeatMapWidget> m_map;
    QPointer<QListWidget> m_seatList;
    QPointer<QLabel> m_holdClock;
};
