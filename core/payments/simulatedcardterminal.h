// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/payments/paymentprovider.h"

#include <QHash>

// A card terminal for demonstrations and tests. Like Stripe's test cards, the card number
// decides the answer: 4242 4242 4242 4242 approves, 4000 0000 0000 0002 is declined,
// …9995 has insufficient funds, …0069 is expired, …0127 has a wrong CVC, …0119 fails in the
// terminal, …9987 is a lost card; any other number that passes the Luhn check approves.
// A repeated idempotency key answers as the first time, without a second charge.
class SimulatedCardTerminal final : public PaymentProvider
{
public:
    explicit SimulatedCardTerminal(int delayMs = 600) : m_delayMs(delayMs) {}

    QString name() const override;
    void charge(const ChargeRequest &request, QObject *context,
                std::function<void(const ChargeResult &)> done) override;
    void refund(const RefundCharge &request, QObject *context,
                std::function<void(bool refunded, const QString &refundReference)> done) override;
    void lookup(const QString &idempotencyKey, qint64 amountCents, QObject *context,
                std::function<void(const ChargeResult &)> done) override;
    // Its charges live in memory: after a restart it cannot tell what it charged.
    bool remembersAcrossRestarts() const override { return false; }

    // What the terminal would answer for this card, without charging.
    static ChargeResult judge(const QString &cardNumber);
    static bool passesLuhn(const QString &digits);

    // Money actually taken, for tests: approved charges minus refunds.
    qint64 capturedCents() const { return m_capturedCents; }
    int chargeCount() const { return m_chargeCount; }
    int refundCount() const { return m_refundCount; }

private:
    int m_delayMs;
    QHash<QString, ChargeResult> m_byKey;
    QHash<QString, qint64> m_amountByReference; // what is left to give back of each charge
    QHash<QString, QString> m_refundByKey;
    qint64 m_capturedCents = 0;
    int m_chargeCount = 0;
    int m_refundCount = 0;
};
