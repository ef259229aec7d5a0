// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderpricing.h"

#include "core/catalog/money.h"
#include "core/sales/cpf.h"
#include "core/sales/saleerror.h"

#include <QCoreApplication>

SaleResult<Order> OrderPricing::priced(const OrderRequest &request, const QString &cpfDigits,
                                       const RoomLayout &layout, qint64 screeningPriceCents,
                                       const QList<TicketType> &types)
{
    Order order;
    order.idempotencyKey = request.idempotencyKey;
    order.screeningId = request.screeningId;
    order.holdToken = request.holdToken;
    order.cpf = cpfDigits;
    order.email = request.email.trimmed();
    order.userId = request.userId;
    for (const OrderLine &line : request.lines) {
        const Seat *seat = layout.seat(line.seatId);
        const auto type = std::find_if(types.cbegin(), types.cend(), [&](const TicketType &t) {
            return t.id == line.ticketTypeId;
        });
        if (!seat || type == types.cend())
            return SaleError(SaleError::SeatUnavailable,
                             QCoreApplication::translate("SaleError",
                                                         "A seat or ticket type of this sale "
                                                         "is no longer on sale. Pick again."),
                             {line.seatId});
        OrderLine priced = line;
        priced.priceCents = seatPrice(layout, line.seatId, screeningPriceCents, type->percent);
        order.totalCents += priced.priceCents;
        order.lines.append(priced);
    }
    return order;
}

qint64 OrderPricing::seatPrice(const RoomLayout &layout, int seatId, qint64 screeningPriceCents,
                               int percent)
{
    const Seat *seat = layout.seat(seatId);
    const qint64 surcharge =
        seat && seat->kind == SeatKind::Premium ? layout.premiumSurchargeCents() : 0;
    return Money::ticketPrice(screeningPriceCents, surcharge, percent);
}

bool OrderPricing::isMeia(int ticketTypeId, const QList<TicketType> &types)
{
    return std::any_of(types.cbegin(), types.cend(), [ticketTypeId](const TicketType &t) {
        return t.id == ticketTypeId && t.isMeia;
    });
}

int OrderPricing::meiaCount(const Order &order, const QList<TicketType> &types)
{
    return int(
        std::count_if(order.lines.cbegin(), order.lines.cend(), [&types](const OrderLine &line) {
            return isMeia(line.ticketTypeId, types);
        }));
}

SaleError OrderPricing::requestError(const OrderRequest &request)
{
    if (request.lines.isEmpty())
        return SaleError(SaleError::NoSeats,
                         QCoreApplication::translate("SaleError",
                                                     "No seats are selected. Pick seats on the "
                                                     "map first."));
    if (!request.cpf.trimmed().isEmpty() && !Cpf::isValid(request.cpf))
        return SaleError::invalidCpf();
    return {};
}
