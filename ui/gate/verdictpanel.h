// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gate/gateverdict.h"

#include <QWidget>

class QTimer;

// The verdict, big enough to read from a metre away: the whole area turns green (admitted),
// amber (admit after checking a document) or red (refused), with a symbol that does not depend
// on colour (✓, !, ✕), a headline and the reason. It hides itself after a few seconds.
class VerdictPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void showVerdict(const GateVerdict &verdict);
    void setHoldMs(int ms);
    const GateVerdict &verdict() const { return m_verdict; }

    static QColor background(GateVerdict::Kind kind);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    GateVerdict m_verdict;
    QTimer *m_hideTimer;
};
