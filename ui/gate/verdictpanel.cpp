// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictpanel.h"

#include <QPainter>
#include <QTimer>

VerdictPanel::VerdictPanel(QWidget *parent) : QWidget(parent), m_hideTimer(new QTimer(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(2500);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void VerdictPanel::setHoldMs(int ms)
{
    m_hideTimer->setInterval(ms);
}

QColor VerdictPanel::background(GateVerdict::Kind kind)
{
    switch (kind) {
    case GateVerdict::Kind::Admitted:
        return QColor(0x1b, 0x7f, 0x3b);
    case GateVerdict::Kind::Check:
        return QColor(0xf2, 0xa9, 0x00);
    case GateVerdict::Kind::Refused:
        break;
    }
    return QColor(0xc0, 0x1c, 0x1c);
}

void VerdictPanel::showVerdict(const GateVerdict &verdict)
{
    m_verdict = verdict;
    setAccessibleName(verdict.headline());
    setAccessibleDescription(verdict.explanation());
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
    update();
    m_hideTimer->start();
}

void VerdictPanel::mousePressEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    hide(); // the door person may dismiss it early
}

void VerdictPanel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(this);
    const QColor bg = background(m_verdict.kind);
    p.fillRect(rect(), bg);
    // Black on amber, white on green and red: the contrast each colour allows.
    const QColor fg = m_verdict.kind == GateVerdict::Kind::Check ? Qt::black : Qt::white;
    p.setPen(fg);

    const int h = height();
    const int margin = std::max(12, width() / 30);
    QRect area = rect().adjusted(margin, margin, -margin, -margin);

    QFont symbolFont = font();
    symbolFont.setPixelSize(std::max(40, h / 4));
    symbolFont.setBold(true);
    p.setFont(symbolFont);
    const QString symbol = m_verdict.kind == GateVerdict::Kind::Admitted ? QStringLiteral("✓")
                           : m_verdict.kind == GateVerdict::Kind::Check  ? QStringLiteral("!")
                                                                         : QStringLiteral("✕");
    const QRect symbolRect(area.left(), area.top(), area.width(), h * 3 / 10);
    p.drawText(symbolRect, Qt::AlignCenter, symbol);

    QFont headlineFont = font();
    headlineFont.setPixelSize(std::max(28, h / 9));
    headlineFont.setBold(true);
    p.setFont(headlineFont);
    const QRect headlineRect(area.left(), symbolRect.bottom(), area.width(), h * 2 / 10);
    p.drawText(headlineRect, Qt::AlignCenter | Qt::TextWordWrap, m_verdict.headline());

    QFont detailFont = font();
    detailFont.setPixelSize(std::max(16, h / 20));
    p.setFont(detailFont);
    const QRect detailRect(area.left(), headlineRect.bottom() + margin / 2, area.width(),
                           area.bottom() - headlineRect.bottom() - margin / 2);
    p.drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               m_verdict.explanation());
}
