// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

struct OrderLine
{
    int seatId = 0;
    int ticketTypeId = 0;
    qint64 priceCents = 0; // set by the authority, never trusted from the client
};

// What the cashier asks for: the held seats with their ticket types, for a customer.
struct OrderRequest
{
    QString idempotencyKey; // made by the client, once per sale; a retry reuses it
    int screeningId = 0;
    QString holdToken;
    QList<OrderLine> lines;
    QString cpf;    // digits, or empty
    QString email;  // or empty
    int userId = 0; // who sells; 0 for nobody logged in (the kiosk)
};

struct Order
{
    enum class Status { Pending, Paid, Cancelled };

    int id = 0;
    QString idempotencyKey;
    int screeningId = 0;
    QString holdToken;
    Status status = Status::Pending;
    qint64 totalCents = 0;
    QString cpf;
    QString email;
    QList<OrderLine> lines;
    QDateTime createdAt;
    int userId = 0; // who placed it; 0 for the kiosk

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
};

struct IssuedTicket
{
    int id = 0;
    int seatId = 0;
    QString seatRow;
    int seatNumber = 0;
    int ticketTypeId = 0;
    qint64 priceCents = 0;
    quint32 serial = 0;
    QString code; // the signed QR text

    QString seatLabel() const { return seatRow + QString::number(seatNumber); }
};

enum class PaymentMethod { Cash, Card };

// How an order was paid, for completing it.
struct PaymentCompletion
{
    int orderId = 0;
    QString paymentKey; // idempotency key of this payment attempt
    PaymentMethod method = PaymentMethod::Cash;
    qint64 tenderedCents = 0;  // cash only
    QString providerReference; // card only
    int userId = 0;            // who took it; 0: the order's (the sweep after a crash)
};

// A paid order and its tickets: what the receipt and the ticket PDF show.
struct SaleReceipt
{
    Order order;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 tenderedCents = 0;
    qint64 changeCents = 0;
    QString providerReference;
    QDateTime paidAt;
    QList<IssuedTicket> tickets;
};
