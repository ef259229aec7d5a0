// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"

#include <QDateTime>
#include <QString>

// What the cashier asks for when a customer lost a ticket: a new code for the same seat.
struct ReissueRequest
{
    QString idempotencyKey; // made once when the cashier confirms; a retry reuses it
    int orderId = 0;
    int ticketId = 0; // the lost ticket, of that order
    QString reason;   // asked and kept
    int userId = 0;   // who reissues it
};

// A reissue as the store recorded it: the old ticket cancelled and naming its replacement,
// the new one signed by this terminal for the same seat, type and price.
struct Reissue
{
    int orderId = 0;
    int screeningId = 0;
    int oldTicketId = 0;
    IssuedTicket ticket; // the new ticket
    QDateTime createdAt;
};
