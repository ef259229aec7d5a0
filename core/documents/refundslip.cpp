// SPDX-License-Identifier: GPL-3.0-or-later
#include "refundslip.h"

#include "core/catalog/money.h"

#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

QStringList RefundSlip::lines() const
{
    const QLocale locale;
    const Content &c = m_content;
    QStringList out;
    out << c.venueName;
    out << (c.exchange ? tr("Exchange — order %1").arg(c.orderId)
                       : tr("Refund %1 — order %2").arg(c.refundId).arg(c.orderId));
    out << locale.toString(c.at.toLocalTime(), QLocale::ShortFormat);
    out << QString();
    out << c.film;
    out << tr("%1 · %2").arg(locale.toString(c.startsAt.toLocalTime(), QLocale::ShortFormat),
                             c.room);
    out << QString();
    for (const Line &l : c.lines)
        out << tr("Seat %1 — %2").arg(l.seat, l.typeName) + QLatin1Char('\t') +
                   Money::format(l.amountCents);
    out << QString();
    if (const auto &e = c.exchange) {
        out << tr("Exchanged for order %1:").arg(e->orderId);
        out << e->film;
        out << tr("%1 · %2").arg(locale.toString(e->startsAt.toLocalTime(), QLocale::ShortFormat),
                                 e->room);
        out << tr("Seats %1").arg(e->seats.join(QStringLiteral(", "))) + QLatin1Char('\t') +
                   Money::format(e->newCents);
        out << tr("Paid by the tickets given back") + QLatin1Char('\t') +
                   Money::format(e->creditCents);
        if (e->cashCents > 0) {
            out << tr("Paid in cash") + QLatin1Char('\t') + Money::format(e->cashCents);
            out << tr("Change") + QLatin1Char('\t') + Money::format(e->changeCents);
        }
        out << QString();
    }
    // An exchange that gave nothing back has no money line: the tickets paid for the seats.
    if (!c.exchange || c.amountCents > 0) {
        out << tr("Given back") + QLatin1Char('\t') + Money::format(c.amountCents);
        if (c.method == PaymentMethod::Cash)
            out << tr("In cash, from the drawer");
        else if (c.due)
            out << tr("To the card %1: asked of the card provider, not confirmed yet; it can "
                      "take a few days to show")
                       .arg(c.paymentReference);
        else
            out << tr("To the card %1 (refund %2)").arg(c.paymentReference, c.providerReference);
    }
    out << tr("Reason: %1").arg(c.reason);
    if (!c.by.isEmpty())
        out << tr("Given back by %1").arg(c.by);
    if (!c.authorizedBy.isEmpty())
        out << tr("Allowed by %1").arg(c.authorizedBy);
    out << tr("Terminal: %1").arg(c.terminalName);
    out << QString();
    out << tr("The seats above are cancelled: their tickets no longer enter.");
    return out;
}

bool RefundSlip::paint(QPagedPaintDevice *device) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const double mm = device->logicalDpiX() / 25.4;
    const QRectF body = page.adjusted(15 * mm, 15 * mm, -15 * mm, -15 * mm);
    const auto font = [](double pt, bool bold = false) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    };
    double y = body.top();
    const QStringList text = lines();
    for (int i = 0; i < text.size(); ++i) {
        const QString &line = text.at(i);
        const bool title = i == 1;
        const int tab = line.indexOf(QLatin1Char('\t'));
        const bool total = tab >= 0 && line.left(tab) == tr("Given back");
        p.setFont(font(title ? 15 : 10.5, title || total));
        const double height = (title ? 10 : 6.5) * mm;
        if (line.isEmpty()) {
            y += 3 * mm;
            continue;
        }
        const QRectF rect(body.left(), y, body.width(), height * 3);
        QRectF used;
        if (tab >= 0) {
            p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, line.left(tab), &used);
            p.drawText(rect, Qt::AlignRight | Qt::AlignTop, line.mid(tab + 1));
        } else {
            p.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line, &used);
        }
        y += std::max(height, used.height() + 1.5 * mm);
    }
    p.end();
    return true;
}

QString RefundSlip::writePdf(const QString &path) const
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(300);
        writer.setTitle(tr("Refund %1 — order %2").arg(m_content.refundId).arg(m_content.orderId));
        writer.setCreator(QStringLiteral("Marquee"));
        if (!paint(&writer))
            return tr("Cannot write %1.").arg(path);
    }
    if (!QFile::exists(path))
        return tr("Cannot write %1.").arg(path);
    return {};
}
