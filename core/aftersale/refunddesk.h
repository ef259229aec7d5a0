// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/refund.h"
#include "core/sales/saleerror.h"

#include <QObject>

class Database;
class PaymentProvider;
class SalesAuthority;

// Gives tickets back, for the counter: the store cancels them and records the refund in one
// step (their seats are for sale again at once), then the money goes back the way it came —
// the drawer opens for cash, a card is refunded through its provider with the refund's own
// key. A card refund whose answer is lost or refused stays due, and the card sweep asks again
// with the same key; nothing here can give the money back twice. One refund at a time.
class RefundDesk final : public QObject
{
    Q_OBJECT
public:
    // local is this terminal's store (its drawer setting); payments may be null where no card
    // provider is set up (card refunds then stay due for a terminal that has one).
    RefundDesk(SalesAuthority &authority, const Database &local, PaymentProvider *payments,
               QObject *parent = nullptr);

    // Starts a refund. Refused with NeedsManager, the same request (same key) may be sent
    // again with authorizedBy set to the manager who typed their PIN.
    void refund(const RefundRequest &request);
    // The money of a refund the store recorded in another step (an exchange's surplus): the
    // drawer opens for cash, a due card refund goes to the provider. refunded follows.
    void giveBack(const Refund &made);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Nothing was given back; the error says why and what to do.
    void refused(const SaleError &error);
    // The tickets are cancelled and the refund recorded. Cash: hand it over. Card:
    // moneyBack says whether the provider confirmed it (false: the sweep asks again).
    void refunded(const Refund &refund, bool moneyBack);
    void drawerFailed(const QString &reason);

private:
    void giveCardBack(const Refund &refund);

    SalesAuthority &m_authority;
    const Database &m_local;
    PaymentProvider *m_payments;
    bool m_busy = false;
};
