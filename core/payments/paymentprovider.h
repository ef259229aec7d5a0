// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

struct ChargeRequest
{
    QString idempotencyKey; // the same key never charges twice
    qint64 amountCents = 0;
    QString cardNumber; // what a simulated terminal reads from the card; empty for real ones
    QString description;
};

struct ChargeResult
{
    // Failed: nothing was charged (the terminal or the provider could not start). Unknown: the
    // card may have been charged and the provider's answer was lost; ask lookup() later, and
    // never charge again meanwhile.
    enum class Status { Approved, Declined, Failed, Unknown };
    Status status = Status::Failed;
    QString reference;        // the provider's id of the charge
    QString declineCode;      // Stripe-style: card_declined, insufficient_funds, expired_card…
    qint64 refundedCents = 0; // of an approved charge, what was already given back
    bool approved() const { return status == Status::Approved; }
    // A translated explanation of the decline code for the cashier.
    QString reasonText() const;
};

// Money to give back on a charge: all of it, or part (some tickets of an order).
struct RefundCharge
{
    QString reference; // the provider's id of the charge
    qint64 amountCents = 0;
    QString idempotencyKey; // the same key never gives money back twice
};

// A way to take card payments. Calls answer asynchronously through the callback, in the
// context object's thread, so the counter never waits on a card terminal.
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;
    virtual QString name() const = 0;
    virtual void charge(const ChargeRequest &request, QObject *context,
                        std::function<void(const ChargeResult &)> done) = 0;
    // refunded false: not confirmed (refused, or the answer was lost); asking again with the
    // same key is always safe. refundReference is the provider's id of the refund.
    virtual void
    refund(const RefundCharge &request, QObject *context,
           std::function<void(bool refunded, const QString &refundReference)> done) = 0;
    // What became of the charge made with this idempotency key: Approved (with its reference),
    // Declined when no money was taken and none can be any more (an attempt still waiting for
    // a card is called off), or Unknown when the provider cannot say yet.
    virtual void lookup(const QString &idempotencyKey, qint64 amountCents, QObject *context,
                        std::function<void(const ChargeResult &)> done) = 0;
    // Whether lookup() still knows, after this program restarted, what it charged before: the
    // start-up sweep of unfinished payments only trusts a provider that does.
    virtual bool remembersAcrossRestarts() const { return true; }
};
