// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"
#include "core/sales/saleresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A paid sale as the counter sees it when a customer comes back: its tickets with what became
// of each, and the refunds already made. Read from the authority (the server: every terminal's
// sales), never from a screen's memory.
struct SoldOrder
{
    struct Ticket
    {
        enum class State { Valid, Used, Cancelled };
        int id = 0;
        int seatId = 0;
        QString seat; // "F7"
        QString seatRow;
        int seatNumber = 0;
        int typeId = 0;
        quint32 serial = 0;
        QString typeName;
        qint64 priceCents = 0;
        State state = State::Valid;
        QDateTime usedAt;
        QString usedGate;
        QDateTime cancelledAt;
        QString cancelledBy;
        bool replaced = false; // cancelled because a new ticket was issued for its seat
        QString code;
    };
    struct RefundLine
    {
        QDateTime at;
        qint64 amountCents = 0;
        PaymentMethod method = PaymentMethod::Cash;
        bool due = false; // card money not confirmed as given back yet
        QString reason;
        QString by;
        QString authorizedBy;
        int exchangedFor = 0; // an exchange's: the order of the new seats
    };
    // A reprint or a resent e-mail of the sale.
    struct CopyLine
    {
        QDateTime at;
        bool resend = false;
        QString recipient;
        QString by;
    };

    int orderId = 0;
    QDateTime paidAt;
    QString terminal;
    QString seller; // empty: the kiosk
    int screeningId = 0;
    QString film;
    QString room;
    QDateTime startsAt;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 tenderedCents = 0;
    qint64 changeCents = 0;
    QString paymentReference; // the card charge
    qint64 totalCents = 0;
    // Paid with tickets of an earlier sale given back: that sale, and how much of the total
    // their value paid (the rest was paid by `method`).
    int exchangedFrom = 0;
    qint64 exchangeCreditCents = 0;
    QString cpf;
    QString email;
    QList<Ticket> tickets;
    QList<RefundLine> refunds;
    QList<CopyLine> copies;

    qint64 refundedCents() const;
    // Tickets that may still be given back (not cancelled; used ones need a manager).
    int liveTickets() const;
    const Ticket *ticket(int ticketId) const;
    // The sale as its receipt and ticket pages show it: the tickets still valid, with the
    // codes they were issued with (a reprint reads the same at the gate).
    SaleReceipt receipt() const;
};

// Finds sales by what a customer brings back: a ticket's code (scanned or typed), an order
// number, a CPF or an e-mail address. Blocking: a worker thread's job on a server.
class SaleLookup
{
    Q_DECLARE_TR_FUNCTIONS(SaleLookup)
public:
    enum class Key { Code, OrderNumber, Cpf, Email, Unknown };
    // What the typed text is taken for.
    static Key keyOf(const QString &text);

    // The paid sales it names, newest first (at most `limit`); an error when the store did
    // not answer or the text names nothing a sale could be found by.
    static SaleResult<QList<SoldOrder>> find(const Database &store, const QString &text,
                                             int limit = 20);
    static SaleResult<SoldOrder> load(const Database &store, int orderId);
};
