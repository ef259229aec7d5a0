// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"
#include "screening.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QPagedPaintDevice;

// The printed side of a sale: one page per ticket (film, time, room, seat, type, price and
// the signed QR code) and a receipt page. Paints on any paged device, so the same pages go to
// a PDF file or a printer. Safe to use off the UI thread (QPdfWriter and QImage only).
class TicketDocument
{
    Q_DECLARE_TR_FUNCTIONS(TicketDocument)
public:
    struct Content
    {
        SaleReceipt receipt;
        Screening screening;
        QHash<int, QString> ticketTypeNames; // by ticket type id
        QHash<int, bool> ticketTypeIsMeia;
        QString venueName;
        QString terminalName;
    };

    explicit TicketDocument(Content content) : m_content(std::move(content)) {}

    // Paints every page; the device must be fresh (no page begun).
    bool paint(QPagedPaintDevice *device) const;
    // Writes a PDF; returns an error message, or an empty string.
    QString writePdf(const QString &path) const;
    int pageCount() const { return int(m_content.receipt.tickets.size()) + 1; }

private:
    Content m_content;
};
