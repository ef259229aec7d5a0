// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/roomlayout.h"
#include "core/catalog/tickettype.h"
#include "core/sales/order.h"
#include "core/sales/saleerror.h"
#include "core/sales/saleresult.h"

// The price of each line of an order: the screening's price, the room's premium surcharge for
// premium seats, then the ticket type's percentage. One rule, for the authority on a server or
// the embedded store and for a counter selling its leased seats offline.
class OrderPricing
{
public:
    // The order the request describes, priced; an error when a seat or a type is not on sale.
    static SaleResult<Order> priced(const OrderRequest &request, const QString &cpfDigits,
                                    const RoomLayout &layout, qint64 screeningPriceCents,
                                    const QList<TicketType> &types);
    // One seat's price at a ticket type's percentage: what priced() charges for a line, and
    // what a sale in progress shows before it becomes an order.
    static qint64 seatPrice(const RoomLayout &layout, int seatId, qint64 screeningPriceCents,
                            int percent);
    static bool isMeia(int ticketTypeId, const QList<TicketType> &types);
    static int meiaCount(const Order &order, const QList<TicketType> &types);
    // What is wrong with a request before anything is looked up: no seats, a mistyped CPF.
    static SaleError requestError(const OrderRequest &request);
};
