// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdocument.h"

#include "cpf.h"
#include "money.h"
#include "qrcodeimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

bool TicketDocument::paint(QPagedPaintDevice *device) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    // PDF writers store smoothed images as JPEG, which blurs QR modules.
    p.setRenderHint(QPainter::LosslessImageRendering);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const double mm = device->logicalDpiX() / 25.4;
    const QRectF body = page.adjusted(15 * mm, 15 * mm, -15 * mm, -15 * mm);
    const QLocale locale;
    const Screening &s = m_content.screening;
    const QString whenText = locale.toString(s.startsAt().date(), QLocale::LongFormat) +
                             QStringLiteral(" · ") +
                             locale.toString(s.startsAt().time(), QStringLiteral("HH:mm"));

    auto font = [&](double pt, bool bold = false) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    };

    bool first = true;
    for (const IssuedTicket &t : m_content.receipt.tickets) {
        if (!first)
            device->newPage();
        first = false;
        double y = body.top();
        p.setPen(Qt::black);
        p.setFont(font(10));
        p.drawText(QRectF(body.left(), y, body.width(), 8 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                   m_content.venueName);
        y += 10 * mm;
        p.setFont(font(22, true));
        const QRectF titleRect(body.left(), y, body.width(), 24 * mm);
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s.filmTitle);
        y += 26 * mm;
        p.setFont(font(14));
        p.drawText(QRectF(body.left(), y, body.width(), 9 * mm), Qt::AlignLeft, whenText);
        y += 12 * mm;
        p.setFont(font(18, true));
        const QString seatLine =
            tr("%1 · Row %2 · Seat %3").arg(s.roomName, t.seatRow, QString::number(t.seatNumber));
        p.drawText(QRectF(body.left(), y, body.width(), 10 * mm), Qt::AlignLeft, seatLine);
        y += 13 * mm;
        p.setFont(font(13));
        QString typeLine = m_content.ticketTypeNames.value(t.ticketTypeId) + QStringLiteral(" · ") +
                           Money::format(t.priceCents);
        p.drawText(QRectF(body.left(), y, body.width(), 8 * mm), Qt::AlignLeft, typeLine);
        y += 9 * mm;
        if (m_content.ticketTypeIsMeia.value(t.ticketTypeId)) {
            p.setFont(font(11, true));
            p.drawText(QRectF(body.left(), y, body.width(), 7 * mm), Qt::AlignLeft,
                       tr("Meia-entrada: show your document at the door."));
            y += 8 * mm;
        }
        // The code: at least 0.5 mm a module so a phone or a webcam reads it from a metre.
        const QImage qr = QrCodeImage::render(t.code);
        const double side = std::min(80 * mm, body.width());
        const QRectF qrRect(body.left() + (body.width() - side) / 2, y + 6 * mm, side, side);
        p.drawImage(qrRect, qr);
        y = qrRect.bottom() + 4 * mm;
        p.setFont(font(9));
        p.drawText(
            QRectF(body.left(), y, body.width(), 6 * mm), Qt::AlignHCenter,
            tr("Ticket %1-%2 · order %3").arg(t.serial).arg(t.id).arg(m_content.receipt.order.id));
    }

    // The receipt.
    if (!first)
        device->newPage();
    double y = body.top();
    p.setFont(font(16, true));
    p.drawText(QRectF(body.left(), y, body.width(), 10 * mm), Qt::AlignLeft,
               tr("Receipt — order %1").arg(m_content.receipt.order.id));
    y += 12 * mm;
    p.setFont(font(11));
    const auto line = [&](const QString &left, const QString &right, bool bold = false) {
        p.setFont(font(11, bold));
        p.drawText(QRectF(body.left(), y, body.width() * 0.7, 7 * mm), Qt::AlignLeft, left);
        p.drawText(QRectF(body.left(), y, body.width(), 7 * mm), Qt::AlignRight, right);
        y += 7 * mm;
    };
    line(m_content.venueName, locale.toString(m_content.receipt.paidAt, QLocale::ShortFormat));
    line(s.filmTitle, whenText);
    line(s.roomName, QString());
    y += 3 * mm;
    for (const IssuedTicket &t : m_content.receipt.tickets)
        line(tr("Seat %1 — %2").arg(t.seatLabel(), m_content.ticketTypeNames.value(t.ticketTypeId)),
             Money::format(t.priceCents));
    y += 3 * mm;
    line(tr("Total"), Money::format(m_content.receipt.order.totalCents), true);
    if (m_content.receipt.method == PaymentMethod::Cash) {
        line(tr("Cash tendered"), Money::format(m_content.receipt.tenderedCents));
        line(tr("Change"), Money::format(m_content.receipt.changeCents));
    } else {
        line(tr("Card"), m_content.receipt.providerReference);
    }
    if (!m_content.receipt.order.cpf.isEmpty())
        line(tr("CPF"), Cpf::formatted(m_content.receipt.order.cpf));
    line(tr("Terminal"), m_content.terminalName);
    p.end();
    return true;
}

QString TicketDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);
    writer.setTitle(tr("Tickets — %1").arg(m_content.screening.filmTitle));
    writer.setCreator(QStringLiteral("Marquee"));
    if (!paint(&writer))
        return tr("Cannot write %1.").arg(path);
    if (!QFile::exists(path))
        return tr("Cannot write %1.").arg(path);
    return {};
}
