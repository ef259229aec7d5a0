// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskticketspage.h"

#include "core/sales/salesession.h"
#include "core/tickets/qrcodeimage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

KioskTicketsPage::KioskTicketsPage(const KioskPageContext &context,
                                   const std::optional<SaleReceipt> &receipt,
                                   const std::optional<Screening> &screening,
                                   const QString &printStatus, const QString &mailStatus,
                                   QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Thank you! Here are your tickets"));
    auto *hint = new QLabel(tr("Show a code at the door, or take a photo of it."), this);
    hint->setWordWrap(true);
    v->addWidget(hint);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto *inner = new QWidget;
    auto *grid = new QGridLayout(inner);
    grid->setSpacing(24);
    if (receipt) {
        const int columns = portrait() ? 1 : 3;
        QHash<int, QString> typeNames;
        for (const TicketType &t : sale().ticketTypes())
            typeNames.insert(t.id, t.displayName());
        for (int i = 0; i < receipt->tickets.size(); ++i) {
            const IssuedTicket &t = receipt->tickets[i];
            auto *ticket = new QWidget(inner);
            ticket->setObjectName(QStringLiteral("ticket"));
            auto *tv = new QVBoxLayout(ticket);
            auto *code = new QLabel(ticket);
            code->setObjectName(QStringLiteral("qr"));
            code->setProperty("code", t.code);
            // White around the code whatever the theme: cameras need the quiet zone.
            code->setStyleSheet(QStringLiteral("background: #ffffff; padding: 8px;"));
            code->setPixmap(QPixmap::fromImage(QrCodeImage::render(t.code, 5, 4)));
            code->setAlignment(Qt::AlignCenter);
            tv->addWidget(code, 0, Qt::AlignHCenter);
            QStringList lines;
            if (screening)
                lines << screening->filmTitle
                      << whenText(*screening) + QStringLiteral(" · ") + screening->roomName;
            lines << tr("Seat %1 · %2").arg(t.seatLabel(), typeNames.value(t.ticketTypeId));
            auto *text = new QLabel(lines.join(QLatin1Char('\n')), ticket);
            text->setAlignment(Qt::AlignCenter);
            tv->addWidget(text);
            grid->addWidget(ticket, i / columns, i % columns);
        }
    }
    scroll->setWidget(inner);
    v->addWidget(scroll, 1);
    if (!printStatus.isEmpty()) {
        m_printLabel = new QLabel(printStatus, this);
        m_printLabel->setObjectName(QStringLiteral("printStatus"));
        m_printLabel->setWordWrap(true);
        v->addWidget(m_printLabel);
    }
    if (!mailStatus.isEmpty()) {
        m_mailLabel = new QLabel(mailStatus, this);
        m_mailLabel->setObjectName(QStringLiteral("mailStatus"));
        m_mailLabel->setWordWrap(true);
        v->addWidget(m_mailLabel);
    }
    QPushButton *done = bigButton(tr("Done"), "done");
    connect(done, &QPushButton::clicked, this, &KioskPage::startOverWanted);
    v->addWidget(done, 0, Qt::AlignRight);
}
