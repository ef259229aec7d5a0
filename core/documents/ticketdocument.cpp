// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdocument.h"

#include "core/catalog/money.h"
#include "core/sales/cpf.h"
#include "core/tickets/qrcodeimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

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
        if (!m_content.copyNote.isEmpty()) {
            p.setFont(font(10, true));
            p.drawText(QRectF(body.left(), y, body.width(), 8 * mm),
                       Qt::AlignRight | Qt::AlignVCenter, m_content.copyNote);
        }
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
    if (!m_content.copyNote.isEmpty()) {
        p.setFont(font(11, true));
        p.drawText(QRectF(body.left(), y, body.width(), 7 * mm), Qt::AlignLeft, m_content.copyNote);
        y += 9 * mm;
    }
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
    if (m_content.refundedCents > 0)
        line(tr("Given back since"), QStringLiteral("−") + Money::format(m_content.refundedCents));
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

bool TicketDocument::paintPdf(QPdfWriter &writer) const
{
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);
    writer.setTitle(tr("Tickets — %1").arg(m_content.screening.filmTitle));
    writer.setCreator(QStringLiteral("Marquee"));
    return paint(&writer);
}

TicketDocument::Content TicketDocument::contentOf(const SaleReceipt &receipt,
                                                  const Screening &screening,
                                                  const QList<TicketType> &types,
                                                  const QString &terminalName)
{
    Content content;
    content.receipt = receipt;
    content.screening = screening;
    for (const TicketType &t : types) {
        content.ticketTypeNames.insert(t.id, t.displayName());
        content.ticketTypeIsMeia.insert(t.id, t.isMeia);
    }
    content.venueName = venueName();
    content.terminalName = terminalName;
    return content;
}

QString TicketDocument::venueName()
{
    return tr("Marquee Cinemas");
}

QString TicketDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    if (!paintPdf(writer))
        return tr("Cannot write %1.").arg(path);
    if (!QFile::exists(path))
        return tr("Cannot write %1.").arg(path);
    return {};
}

std::optional<QString> TicketDocument::writePdf(QIODevice *device) const
{
    if (!device->isOpen() && !device->open(QIODevice::WriteOnly))
        return tr("Cannot write the tickets' PDF: %1").arg(device->errorString());
    {
        // The writer finishes the file when it goes: before the caller reads the device.
        QPdfWriter writer(device);
        if (!paintPdf(writer))
            return tr("Cannot write the tickets' PDF.");
    }
    return std::nullopt;
}

namespace {
QJsonValue msValue(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime msDateTime(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(value.toInteger()) : QDateTime();
}
} // namespace

QJsonObject TicketDocument::contentToJson(const Content &content)
{
    const SaleReceipt &r = content.receipt;
    const Order &o = r.order;
    QJsonArray lines;
    for (const OrderLine &l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("seat"), l.seatId},
                                 {QStringLiteral("type"), l.ticketTypeId},
                                 {QStringLiteral("price"), l.priceCents}});
    const QJsonObject order{{QStringLiteral("id"), o.id},
                            {QStringLiteral("screening"), o.screeningId},
                            {QStringLiteral("status"), Order::statusCode(o.status)},
                            {QStringLiteral("total"), o.totalCents},
                            {QStringLiteral("cpf"), o.cpf},
                            {QStringLiteral("email"), o.email},
                            {QStringLiteral("lines"), lines},
                            {QStringLiteral("created"), msValue(o.createdAt)}};
    QJsonArray tickets;
    for (const IssuedTicket &t : r.tickets)
        tickets.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("seat"), t.seatId},
                                   {QStringLiteral("row"), t.seatRow},
                                   {QStringLiteral("number"), t.seatNumber},
                                   {QStringLiteral("type"), t.ticketTypeId},
                                   {QStringLiteral("price"), t.priceCents},
                                   {QStringLiteral("serial"), qint64(t.serial)},
                                   {QStringLiteral("code"), t.code}});
    const QJsonObject receipt{{QStringLiteral("order"), order},
                              {QStringLiteral("method"), r.method == PaymentMethod::Card
                                                             ? QStringLiteral("card")
                                                             : QStringLiteral("cash")},
                              {QStringLiteral("tendered"), r.tenderedCents},
                              {QStringLiteral("change"), r.changeCents},
                              {QStringLiteral("reference"), r.providerReference},
                              {QStringLiteral("paid"), msValue(r.paidAt)},
                              {QStringLiteral("tickets"), tickets}};
    const Screening &s = content.screening;
    const QJsonObject screening{{QStringLiteral("id"), s.id},
                                {QStringLiteral("film"), s.filmId},
                                {QStringLiteral("title"), s.filmTitle},
                                {QStringLiteral("minutes"), s.durationMinutes},
                                {QStringLiteral("rating"), s.rating},
                                {QStringLiteral("room"), s.roomId},
                                {QStringLiteral("roomName"), s.roomName},
                                {QStringLiteral("starts"), s.startsAtMs},
                                {QStringLiteral("price"), s.priceCents},
                                {QStringLiteral("seats"), s.seatCount},
                                {QStringLiteral("sold"), s.soldCount},
                                {QStringLiteral("held"), s.heldCount},
                                {QStringLiteral("meiaCap"), s.meiaCapPercent}};
    // One entry per ticket type, sorted so the same content always gives the same text.
    QList<int> typeIds = content.ticketTypeNames.keys();
    for (auto it = content.ticketTypeIsMeia.cbegin(); it != content.ticketTypeIsMeia.cend(); ++it)
        if (!typeIds.contains(it.key()))
            typeIds << it.key();
    std::sort(typeIds.begin(), typeIds.end());
    QJsonArray types;
    for (const int id : typeIds) {
        QJsonObject type{{QStringLiteral("id"), id},
                         {QStringLiteral("meia"), content.ticketTypeIsMeia.value(id)}};
        if (content.ticketTypeNames.contains(id))
            type.insert(QStringLiteral("name"), content.ticketTypeNames.value(id));
        types.append(type);
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("receipt"), receipt},
            {QStringLiteral("screening"), screening},
            {QStringLiteral("ticketTypes"), types},
            {QStringLiteral("venue"), content.venueName},
            {QStringLiteral("terminal"), content.terminalName},
            {QStringLiteral("copy"), content.copyNote},
            {QStringLiteral("refunded"), content.refundedCents}};
}

std::optional<TicketDocument::Content> TicketDocument::contentFromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1 ||
        !json.value(QStringLiteral("receipt")).isObject() ||
        !json.value(QStringLiteral("screening")).isObject())
        return std::nullopt;
    Content content;
    const QJsonObject receipt = json.value(QStringLiteral("receipt")).toObject();
    const QJsonObject order = receipt.value(QStringLiteral("order")).toObject();
    SaleReceipt &r = content.receipt;
    Order &o = r.order;
    o.id = order.value(QStringLiteral("id")).toInt();
    o.screeningId = order.value(QStringLiteral("screening")).toInt();
    o.status = Order::statusFromCode(order.value(QStringLiteral("status")).toString());
    o.totalCents = order.value(QStringLiteral("total")).toInteger();
    o.cpf = order.value(QStringLiteral("cpf")).toString();
    o.email = order.value(QStringLiteral("email")).toString();
    o.createdAt = msDateTime(order.value(QStringLiteral("created")));
    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &v : lines) {
        const QJsonObject l = v.toObject();
        o.lines.append({l.value(QStringLiteral("seat")).toInt(),
                        l.value(QStringLiteral("type")).toInt(),
                        l.value(QStringLiteral("price")).toInteger()});
    }
    r.method = receipt.value(QStringLiteral("method")).toString() == QLatin1String("card")
                   ? PaymentMethod::Card
                   : PaymentMethod::Cash;
    r.tenderedCents = receipt.value(QStringLiteral("tendered")).toInteger();
    r.changeCents = receipt.value(QStringLiteral("change")).toInteger();
    r.providerReference = receipt.value(QStringLiteral("reference")).toString();
    r.paidAt = msDateTime(receipt.value(QStringLiteral("paid")));
    const QJsonArray tickets = receipt.value(QStringLiteral("tickets")).toArray();
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        IssuedTicket ticket;
        ticket.id = t.value(QStringLiteral("id")).toInt();
        ticket.seatId = t.value(QStringLiteral("seat")).toInt();
        ticket.seatRow = t.value(QStringLiteral("row")).toString();
        ticket.seatNumber = t.value(QStringLiteral("number")).toInt();
        ticket.ticketTypeId = t.value(QStringLiteral("type")).toInt();
        ticket.priceCents = t.value(QStringLiteral("price")).toInteger();
        ticket.serial = quint32(t.value(QStringLiteral("serial")).toInteger());
        ticket.code = t.value(QStringLiteral("code")).toString();
        r.tickets.append(ticket);
    }
    const QJsonObject screening = json.value(QStringLiteral("screening")).toObject();
    Screening &s = content.screening;
    s.id = screening.value(QStringLiteral("id")).toInt();
    s.filmId = screening.value(QStringLiteral("film")).toInt();
    s.filmTitle = screening.value(QStringLiteral("title")).toString();
    s.durationMinutes = screening.value(QStringLiteral("minutes")).toInt();
    s.rating = screening.value(QStringLiteral("rating")).toString();
    s.roomId = screening.value(QStringLiteral("room")).toInt();
    s.roomName = screening.value(QStringLiteral("roomName")).toString();
    s.startsAtMs = screening.value(QStringLiteral("starts")).toInteger();
    s.priceCents = screening.value(QStringLiteral("price")).toInteger();
    s.seatCount = screening.value(QStringLiteral("seats")).toInt();
    s.soldCount = screening.value(QStringLiteral("sold")).toInt();
    s.heldCount = screening.value(QStringLiteral("held")).toInt();
    s.meiaCapPercent = screening.value(QStringLiteral("meiaCap")).toInt(40);
    const QJsonArray types = json.value(QStringLiteral("ticketTypes")).toArray();
    for (const QJsonValue &v : types) {
        const QJsonObject t = v.toObject();
        const int id = t.value(QStringLiteral("id")).toInt();
        if (t.contains(QStringLiteral("name")))
            content.ticketTypeNames.insert(id, t.value(QStringLiteral("name")).toString());
        content.ticketTypeIsMeia.insert(id, t.value(QStringLiteral("meia")).toBool());
    }
    content.venueName = json.value(QStringLiteral("venue")).toString();
    content.terminalName = json.value(QStringLiteral("terminal")).toString();
    content.copyNote = json.value(QStringLiteral("copy")).toString();
    content.refundedCents = json.value(QStringLiteral("refunded")).toInteger();
    return content;
}
