// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogrepository.h"
#include "core/catalog/screening.h"
#include "core/payments/paymentprovider.h"
#include "core/sales/exchange.h"
#include "core/sales/order.h"
#include "core/sales/saleerror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class Database;
class SalesAuthority;

// One sale at a counter or totem, from picking seats to the tickets: the seats it holds and
// until when, a ticket type per seat, the customer, the order and its payment. Screens bind to
// it; it talks to the authority. Failures never lose what the cashier typed: the selection,
// ticket types and customer stay until the sale ends.
class SaleSession final : public QObject
{
    Q_OBJECT
public:
    SaleSession(const Database &database, SalesAuthority &authority, PaymentProvider &payments,
                QObject *parent = nullptr);
    ~SaleSession() override;
    Q_DISABLE_COPY_MOVE(SaleSession)

    // Whether text looks like an address tickets can be mailed to.
    static bool isMailAddress(const QString &text);

    // Shows a screening, releasing the seats held on another one.
    bool openScreening(int screeningId);
    std::optional<Screening> screening() const { return m_screening; }
    const RoomLayout &layout() const { return m_layout; }
    // Who has each seat right now (missing = free); our holds are HeldByMe.
    const QHash<int, SeatState> &seatStates() const { return m_states; }
    // Re-reads seat states from the store (other terminals' sales).
    void refreshSeatStates();
    // Who sells: their id goes on the order, the payment and the tickets (0: nobody, the kiosk).
    void setUserId(int userId) { m_userId = userId; }
    int userId() const { return m_userId; }
    // Seat states follow the authority's SeatScope (this terminal's leases, and only those
    // while it sells offline), read each time they are: a window only asks to refresh them
    // when the link changes, and cannot show as free a seat the terminal cannot sell.

    // The held seats, in map order.
    QList<int> selection() const { return m_selection; }
    // Holds the new seats and releases the dropped ones; all or nothing.
    bool setSelection(const QList<int> &seatIds);
    bool toggleSeat(int seatId);
    // Replaces the selection with the best N adjacent seats.
    bool selectBestAvailable(int count);
    // Free seats the current selection leaves alone (see SeatSelector::strandedSeats).
    QList<int> strandedSeats() const;

    QDateTime holdExpiresAt() const { return m_holdExpiresAt; }
    int holdSecondsLeft() const;

    QList<TicketType> ticketTypes() const { return m_types; }
    int ticketTypeOf(int seatId) const;
    void setTicketType(int seatId, int ticketTypeId);
    qint64 priceOf(int seatId) const;
    // What the seat would cost as this ticket type.
    qint64 priceOf(int seatId, int ticketTypeId) const;
    qint64 totalCents() const;
    int meiaSelected() const;
    // Meia-entrada tickets the screening can still sell beyond this selection.
    int meiaRemaining() const;

    QString cpf() const { return m_cpf; }
    QString email() const { return m_email; }
    void setCustomer(const QString &cpf, const QString &email);
    // Checks the customer and the limits before paying; an error says what to fix.
    SaleError validate() const;

    bool isPaying() const { return m_paying; }
    // A card was charged and the store has not confirmed the sale yet, or the card may have
    // been charged and the provider has not said (see payCard), or cash was taken and the
    // store's answer was lost (see payCash). Either way the sale is held.
    bool hasUnconfirmedPayment() const
    {
        return m_unconfirmedCard.has_value() || m_unsettledCharge.has_value() ||
               m_unconfirmedCash.has_value();
    }
    // Cash taken for a sale whose recording the store has not confirmed: it is being asked
    // again, with the same payment key, every few seconds.
    bool cashUnconfirmed() const { return m_unconfirmedCash.has_value(); }
    // Only the second: nobody knows yet whether the money was taken.
    bool cardOutcomeUnknown() const { return m_unsettledCharge.has_value(); }
    // Cash: completes at once. The change is in the receipt. When the store's answer is lost,
    // the cashier is told it is being checked, and the same payment (same key) is asked again
    // by itself until the store says what happened; pressing Cash again asks at once.
    void payCash(qint64 tenderedCents);
    // Card: asks the payment provider; the answer arrives later. While a charge is unconfirmed
    // or unknown, it confirms that charge or asks the provider about it instead of charging.
    void payCard(const QString &cardNumber);
    // An exchange: pays this sale with tickets of an earlier one given back (request names
    // them, the reason and the cash tendered; its key is the caller's, made once for those
    // tickets, so a retry after a lost answer never exchanges twice). The order is placed
    // first if need be. exchangeCompleted follows success and a fresh sale begins;
    // errorOccurred says what to fix otherwise, and the seats stay held.
    void payByExchange(ExchangeRequest request);
    // Gives up the sale: releases every seat at once and starts a fresh one.
    void cancelSale();
    // While nobody knows whether the card was charged (the provider is out of reach): starts a
    // fresh sale and leaves this one as it is in the store, seats held and payment pending, for
    // the payment sweep to settle (tickets, or the money back) once the provider answers.
    // False when there is no such charge.
    bool setAside();

    std::optional<SaleReceipt> lastReceipt() const { return m_lastReceipt; }
    QString holdToken() const { return m_holdToken; }

Q_SIGNALS:
    void screeningChanged();
    void seatStatesChanged();
    void selectionChanged();
    void totalsChanged();
    void holdTick(int secondsLeft);
    // The hold lapsed; the seats are free again. What the cashier typed is kept.
    void holdExpired(const QString &message);
    void errorOccurred(const SaleError &error);
    void payingChanged(bool paying);
    void saleCompleted(const SaleReceipt &receipt);
    void exchangeCompleted(const Exchange &exchange);
    void saleCancelled();

private:
    // From the store, in the authority's SeatScope.
    QHash<int, SeatState> currentSeatStates();
    void startNewSale();
    std::optional<Order> ensureOrder(SaleError &error);
    // Completes a paid order; the error (or none) says what the store answered.
    SaleError finishPayment(const PaymentCompletion &completion);
    static SaleError unconfirmedCardError(SaleError::Code code);
    static SaleError unsettledChargeError();
    void settleUnknownCharge();
    // Asks the store again about the cash payment whose answer was lost.
    void confirmCash();
    static SaleError unconfirmedCashError();
    static constexpr int kCashCheckMs = 3000;
    void onCardApproved(int orderId, const QString &paymentKey, qint64 amountCents,
                        const QString &reference);
    void setPaying(bool paying);
    void onTick();
    QString orderSignature() const;

    const Database &m_database;
    SalesAuthority &m_authority;
    PaymentProvider &m_payments;
    CatalogRepository m_catalog;
    QList<TicketType> m_types;

    std::optional<Screening> m_screening;
    RoomLayout m_layout;
    QHash<int, SeatState> m_states;
    QList<int> m_selection;
    QHash<int, int> m_typeBySeat;
    QDateTime m_holdExpiresAt;
    QString m_cpf;
    QString m_email;

    QString m_holdToken;
    int m_userId = 0;
    QString m_orderKey;
    QString m_orderSignature;
    std::optional<Order> m_order;
    // A card charge the store has not confirmed (it did not answer): confirmed, never charged
    // again, by the next payCard().
    std::optional<PaymentCompletion> m_unconfirmedCard;
    qint64 m_unconfirmedAmountCents = 0; // what goes back if the store then says no
    // A charge whose outcome the provider did not give (its answer was lost): asked about by
    // the next payCard(), never charged again, and its seats are never let go meanwhile.
    struct UnsettledCharge
    {
        int orderId = 0;
        QString paymentKey;
        qint64 amountCents = 0;
    };
    std::optional<UnsettledCharge> m_unsettledCharge;
    std::optional<PaymentCompletion> m_unconfirmedCash;
    QTimer m_cashCheck;
    bool m_paying = false;
    std::optional<SaleReceipt> m_lastReceipt;
    QTimer m_tick;
};
