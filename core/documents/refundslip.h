// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

// The customer's paper for tickets given back: which seats, how much went back and how
// (cash from the drawer, or to the card — with the provider's reference once it confirmed),
// why, who gave it back and who allowed it. One A5 page, painted on any paged device, so
// the same page goes to a PDF or a printer; safe off the UI thread.
class RefundSlip
{
    Q_DECLARE_TR_FUNCTIONS(RefundSlip)
public:
    struct Line
    {
        QString seat; // "F7"
        QString typeName;
        qint64 amountCents = 0;
    };
    struct Content
    {
        QString venueName;
        QString terminalName;
        int orderId = 0;
        int refundId = 0;
        QString film;
        QString room;
        QDateTime startsAt;
        QList<Line> lines;
        qint64 amountCents = 0;
        PaymentMethod method = PaymentMethod::Cash;
        bool due = false;          // card money not confirmed by the provider yet
        QString paymentReference;  // the card charge it goes back to
        QString providerReference; // the provider's refund, once confirmed
        QString reason;
        QString by;           // the cashier
        QString authorizedBy; // the manager who allowed it, or empty
        QDateTime at;
        // An exchange: what the tickets above were changed for, and how it was paid.
        struct Exchanged
        {
            int orderId = 0;
            QString film;
            QString room;
            QDateTime startsAt;
            QStringList seats;
            qint64 newCents = 0;    // the new seats' price
            qint64 creditCents = 0; // paid by the tickets given back
            qint64 cashCents = 0;   // paid on top, in cash
            qint64 changeCents = 0;
        };
        std::optional<Exchanged> exchange;
    };

    explicit RefundSlip(Content content) : m_content(std::move(content)) {}

    // Paints the page; the device must be fresh (no page begun).
    bool paint(QPagedPaintDevice *device) const;
    // Writes a PDF; returns an error message, or an empty string.
    QString writePdf(const QString &path) const;
    // What the slip says, line by line, as the page shows it (for a preview and tests).
    QStringList lines() const;
    const Content &content() const { return m_content; }

private:
    Content m_content;
};
