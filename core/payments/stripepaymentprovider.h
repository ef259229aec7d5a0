// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/payments/paymentprovider.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

class Database;

// Card payments through Stripe Terminal's server-driven integration: a PaymentIntent for
// card_present made with our payment key as its Idempotency-Key (and in its metadata), handed to
// the counter's reader with process_payment_intent, then the reader and the PaymentIntent are
// read until the card is approved or declined. Every request is asynchronous on the caller's
// thread; nothing waits.
//
// Money is never guessed: when an answer is lost after the reader may have taken the card, the
// charge is Unknown, and lookup() asks Stripe later what became of that key (search by metadata,
// then the idempotent create again, so it works for keys of any age), calling off an attempt
// that took no money so that it cannot take any afterwards.
class StripePaymentProvider final : public PaymentProvider
{
public:
    struct Config
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.stripe.com"));
        QString secretKey; // a restricted key with PaymentIntents, Refunds and Terminal rights
        QString readerId;  // tmr_…, the reader at this counter or kiosk
        QString currency = QStringLiteral("brl");
        int pollMs = 500;
        int readerTimeoutMs = 120000; // the customer walked away: call the attempt off
        int requestTimeoutMs = 10000;
    };

    // From the store's settings stripe_url, stripe_key and stripe_currency, and this terminal's
    // reader; nullopt when stripe_key or the reader is not set.
    static std::optional<Config> configFrom(const Database &store, const QString &readerId);

    explicit StripePaymentProvider(Config config);

    QString name() const override;
    void charge(const ChargeRequest &request, QObject *context,
                std::function<void(const ChargeResult &)> done) override;
    void refund(const RefundCharge &request, QObject *context,
                std::function<void(bool refunded, const QString &refundReference)> done) override;
    void lookup(const QString &idempotencyKey, qint64 amountCents, QObject *context,
                std::function<void(const ChargeResult &)> done) override;

private:
    struct Reply
    {
        int httpStatus = 0; // 0: no answer (connection lost, timed out)
        QJsonObject body;
        bool answered() const { return httpStatus != 0; }
        bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
        QString errorCode() const;
    };
    using Params = QList<QPair<QString, QString>>;
    using ReplyHandler = std::function<void(const Reply &)>;

    void post(const QString &path, const Params &params, const QString &idempotencyKey,
              QObject *context, ReplyHandler handler);
    void get(const QString &path, const QUrlQuery &query, QObject *context, ReplyHandler handler);
    void send(const QString &verb, const QUrl &url, const QByteArray &body,
              const QString &idempotencyKey, QObject *context, ReplyHandler handler);

    // The create request; the same for a charge and its lookup, so Stripe replays it.
    Params createParams(const QString &idempotencyKey, qint64 amountCents) const;
    // Hands the PaymentIntent to the reader; a lost answer is asked again with the same key.
    void processOnReader(const QJsonObject &intent, const QString &key, qint64 deadlineMs,
                         int attempt, QObject *context,
                         std::function<void(const ChargeResult &)> done);
    // Reads the reader until its action on this PaymentIntent ends, then the PaymentIntent.
    void followReader(const QString &paymentIntent, qint64 deadlineMs, QObject *context,
                      std::function<void(const ChargeResult &)> done);
    // What a PaymentIntent says about the money; calls off one that took none.
    void settle(const QJsonObject &paymentIntent, QObject *context,
                std::function<void(const ChargeResult &)> done, int attemptsLeft = 3);
    static ChargeResult resultOf(const QJsonObject &paymentIntent);

    Config m_config;
    QNetworkAccessManager m_network;
};
