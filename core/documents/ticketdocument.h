// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/screening.h"
#include "core/catalog/tickettype.h"
#include "core/sales/order.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;

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
        // A copy says so on every page ("Reprint · 04/12/2026 19:42"); empty on the original.
        QString copyNote;
        qint64 refundedCents = 0; // given back since the sale: the receipt says so
    };

    explicit TicketDocument(Content content) : m_content(std::move(content)) {}

    // Everything the pages show, as JSON, so the pages can be made later and elsewhere (the
    // mail queue keeps it until its worker renders the PDF). The order's hold token and
    // idempotency key are left out: no page shows them and they mean nothing after the sale.
    // What a finished sale prints: its receipt, screening and ticket type names in the
    // interface's language, under the venue's name.
    static Content contentOf(const SaleReceipt &receipt, const Screening &screening,
                             const QList<TicketType> &types, const QString &terminalName);
    static QJsonObject contentToJson(const Content &content);
    // The name every page is headed with.
    static QString venueName();
    // Nothing when the object is not a ticket document's content (no receipt or screening).
    static std::optional<Content> contentFromJson(const QJsonObject &json);

    // Paints every page; the device must be fresh (no page begun).
    bool paint(QPagedPaintDevice *device) const;
    // Writes a PDF; returns an error message, or an empty string.
    QString writePdf(const QString &path) const;
    // The same PDF into memory (for an e-mail attachment); an error message, or nothing.
    std::optional<QString> writePdf(QIODevice *device) const;
    int pageCount() const { return int(m_content.receipt.tickets.size()) + 1; }
    const Content &content() const { return m_content; }

private:
    bool paintPdf(QPdfWriter &writer) const;

    Content m_content;
};
