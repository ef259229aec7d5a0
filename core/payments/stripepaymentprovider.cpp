// SPDX-License-Identifier: GPL-3.0-or-later
#include "stripepaymentprovider.h"

#include "core/store/database.h"
#include "core/store/storesettings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcStripe, "marquee.stripe")

namespace {
const QString kKeyField = QStringLiteral("marquee_payment_key");

QString declineCodeOf(const QJsonObject &error)
{
    // decline_code says why a bank said no; "generic_decline" says nothing more than code.
    const QString decline = error.value(QStringLiteral("decline_code")).toString();
    if (!decline.isEmpty() && decline != QLatin1String("generic_decline"))
        return decline;
    return error.value(QStringLiteral("code")).toString();
}
} // namespace

QString StripePaymentProvider::Reply::errorCode() const
{
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    return code.isEmpty() ? error.value(QStringLiteral("type")).toString() : code;
}

std::optional<StripePaymentProvider::Config>
StripePaymentProvider::configFrom(const Database &store, const QString &readerId)
{
    const StoreSettings settings(store);
    Config config;
    config.secretKey = settings.value(QStringLiteral("stripe_key")).trimmed();
    config.readerId = readerId.trimmed();
    if (config.secretKey.isEmpty() || config.readerId.isEmpty())
        return std::nullopt;
    const QString url = settings.value(QStringLiteral("stripe_url")).trimmed();
    if (!url.isEmpty())
        config.baseUrl = QUrl(url);
    const QString currency = settings.value(QStringLiteral("stripe_currency")).trimmed();
    if (!currency.isEmpty())
        config.currency = currency.toLower();
    return config;
}

StripePaymentProvider::StripePaymentProvider(Config config) : m_config(std::move(config))
{
    m_network.setAutoDeleteReplies(true);
}

QString StripePaymentProvider::name() const
{
    return QCoreApplication::translate("StripePaymentProvider", "Card reader %1 (Stripe)")
        .arg(m_config.readerId);
}

void StripePaymentProvider::send(const QString &verb, const QUrl &url, const QByteArray &body,
                                 const QString &idempotencyKey, QObject *context,
                                 ReplyHandler handler)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.secretKey.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_config.requestTimeoutMs);
    // The objects' shapes this code reads are those of one API version, whatever the
    // account's default.
    request.setRawHeader("Stripe-Version", "2024-06-20");
    QNetworkReply *reply =
        verb == QLatin1String("POST") ? m_network.post(request, body) : m_network.get(request);
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, handler = std::move(handler)] {
            Reply answer;
            answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = QJsonDocument::fromJson(reply->readAll()).object();
            if (!answer.answered())
                qCWarning(lcStripe)
                    << "no answer from" << reply->url().path() << reply->errorString();
            else if (!answer.ok())
                qCWarning(lcStripe) << reply->url().path() << answer.httpStatus
                                    << answer.body.value(QStringLiteral("error"))
                                           .toObject()
                                           .value(QStringLiteral("message"))
                                           .toString();
            handler(answer);
        });
}

void StripePaymentProvider::post(const QString &path, const Params &params,
                                 const QString &idempotencyKey, QObject *context,
                                 ReplyHandler handler)
{
    QUrlQuery form;
    for (const auto &[key, value] : params)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    send(QStringLiteral("POST"), url, form.query(QUrl::FullyEncoded).toLatin1(), idempotencyKey,
         context, std::move(handler));
}

void StripePaymentProvider::get(const QString &path, const QUrlQuery &query, QObject *context,
                                ReplyHandler handler)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);
    url.setQuery(query);
    send(QStringLiteral("GET"), url, {}, {}, context, std::move(handler));
}

StripePaymentProvider::Params StripePaymentProvider::createParams(const QString &idempotencyKey,
                                                                  qint64 amountCents) const
{
    return {{QStringLiteral("amount"), QString::number(amountCents)},
            {QStringLiteral("currency"), m_config.currency},
            {QStringLiteral("payment_method_types[]"), QStringLiteral("card_present")},
            {QStringLiteral("capture_method"), QStringLiteral("automatic")},
            {QStringLiteral("metadata[%1]").arg(kKeyField), idempotencyKey}};
}

ChargeResult StripePaymentProvider::resultOf(const QJsonObject &paymentIntent)
{
    ChargeResult result;
    const QString status = paymentIntent.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("succeeded")) {
        result.status = ChargeResult::Status::Approved;
        result.reference = paymentIntent.value(QStringLiteral("id")).toString();
        // Read with latest_charge expanded: money already given back must not become tickets.
        result.refundedCents = paymentIntent.value(QStringLiteral("latest_charge"))
                                   .toObject()
                                   .value(QStringLiteral("amount_refunded"))
                                   .toInteger();
    } else if (status == QLatin1String("canceled")) {
        result.status = ChargeResult::Status::Declined;
        result.declineCode =
            declineCodeOf(paymentIntent.value(QStringLiteral("last_payment_error")).toObject());
        if (result.declineCode.isEmpty())
            result.declineCode = QStringLiteral("not_charged");
    } else {
        // processing, requires_capture, or still waiting for a card: not settled yet.
        result.status = ChargeResult::Status::Unknown;
    }
    return result;
}

void StripePaymentProvider::settle(const QJsonObject &paymentIntent, QObject *context,
                                   std::function<void(const ChargeResult &)> done, int attemptsLeft)
{
    const QString status = paymentIntent.value(QStringLiteral("status")).toString();
    // requires_capture (not asked for: capture is automatic) is an authorisation nobody will
    // capture; cancelling releases it, like an attempt still waiting for a card.
    const bool waitingForCard = status == QLatin1String("requires_payment_method") ||
                                status == QLatin1String("requires_confirmation") ||
                                status == QLatin1String("requires_action") ||
                                status == QLatin1String("requires_capture");
    if (!waitingForCard || attemptsLeft <= 0) {
        done(resultOf(paymentIntent));
        return;
    }
    // No money was taken. Calling the PaymentIntent off makes sure none can be any more (a
    // reader still showing it, a retry elsewhere); if it was approved meanwhile, Stripe refuses
    // and sends it as it is now.
    const QString id = paymentIntent.value(QStringLiteral("id")).toString();
    const QJsonObject lastError =
        paymentIntent.value(QStringLiteral("last_payment_error")).toObject();
    post(QStringLiteral("/v1/payment_intents/%1/cancel").arg(id), {}, {}, context,
         [this, context, done, attemptsLeft, lastError](const Reply &reply) {
             if (reply.ok()) {
                 QJsonObject canceled = reply.body;
                 if (canceled.value(QStringLiteral("last_payment_error")).toObject().isEmpty())
                     canceled.insert(QStringLiteral("last_payment_error"), lastError);
                 done(resultOf(canceled));
                 return;
             }
             const QJsonObject now = reply.body.value(QStringLiteral("error"))
                                         .toObject()
                                         .value(QStringLiteral("payment_intent"))
                                         .toObject();
             if (reply.answered() && !now.isEmpty()) {
                 settle(now, context, done, attemptsLeft - 1);
                 return;
             }
             ChargeResult unknown;
             unknown.status = ChargeResult::Status::Unknown;
             done(unknown);
         });
}

void StripePaymentProvider::followReader(const QString &paymentIntent, qint64 deadlineMs,
                                         QObject *context,
                                         std::function<void(const ChargeResult &)> done)
{
    const auto readIntent = [this, paymentIntent, context, done] {
        QUrlQuery expand;
        expand.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("latest_charge"));
        get(QStringLiteral("/v1/payment_intents/%1").arg(paymentIntent), expand, context,
            [this, context, done](const Reply &reply) {
                if (!reply.ok()) {
                    ChargeResult unknown;
                    unknown.status = ChargeResult::Status::Unknown;
                    done(unknown);
                    return;
                }
                settle(reply.body, context, done);
            });
    };
    get(QStringLiteral("/v1/terminal/readers/%1").arg(m_config.readerId), {}, context,
        [this, paymentIntent, deadlineMs, context, done, readIntent](const Reply &reply) {
            const QJsonObject action = reply.body.value(QStringLiteral("action")).toObject();
            const bool ours = action.value(QStringLiteral("process_payment_intent"))
                                  .toObject()
                                  .value(QStringLiteral("payment_intent"))
                                  .toString() == paymentIntent;
            const bool waiting =
                !reply.ok() || (ours && action.value(QStringLiteral("status")).toString() ==
                                            QLatin1String("in_progress"));
            if (!waiting) {
                readIntent(); // the PaymentIntent, not the reader, says where the money is
                return;
            }
            if (QDateTime::currentMSecsSinceEpoch() >= deadlineMs) {
                // Nobody presented a card in time: stop the reader, then see what happened.
                post(QStringLiteral("/v1/terminal/readers/%1/cancel_action").arg(m_config.readerId),
                     {}, {}, context, [readIntent](const Reply &) { readIntent(); });
                return;
            }
            QTimer::singleShot(m_config.pollMs, context,
                               [=] { followReader(paymentIntent, deadlineMs, context, done); });
        });
}

void StripePaymentProvider::charge(const ChargeRequest &request, QObject *context,
                                   std::function<void(const ChargeResult &)> done)
{
    const QString key = request.idempotencyKey;
    const qint64 deadlineMs = QDateTime::currentMSecsSinceEpoch() + m_config.readerTimeoutMs;
    post(QStringLiteral("/v1/payment_intents"), createParams(key, request.amountCents), key,
         context, [this, key, deadlineMs, context, done](const Reply &created) {
             if (!created.ok()) {
                 // The reader has not been asked yet: nothing can have been charged.
                 ChargeResult failed;
                 failed.status = ChargeResult::Status::Failed;
                 failed.declineCode = QStringLiteral("processing_error");
                 done(failed);
                 return;
             }
             const QJsonObject intent = created.body;
             const QString id = intent.value(QStringLiteral("id")).toString();
             if (intent.value(QStringLiteral("status")).toString() !=
                 QLatin1String("requires_payment_method")) {
                 settle(intent, context, done); // a key already used: its outcome stands
                 return;
             }
             processOnReader(intent, key, deadlineMs, 1, context, done);
         });
}

void StripePaymentProvider::processOnReader(const QJsonObject &intent, const QString &key,
                                            qint64 deadlineMs, int attempt, QObject *context,
                                            std::function<void(const ChargeResult &)> done)
{
    const QString id = intent.value(QStringLiteral("id")).toString();
    post(QStringLiteral("/v1/terminal/readers/%1/process_payment_intent").arg(m_config.readerId),
         {{QStringLiteral("payment_intent"), id}}, key + QStringLiteral(":process"), context,
         [this, intent, id, key, deadlineMs, attempt, context, done](const Reply &reply) {
             if (reply.ok()) {
                 followReader(id, deadlineMs, context, done);
                 return;
             }
             if (!reply.answered()) {
                 // The reader may have started: ask again with the same key, which Stripe
                 // answers as the first time; then follow the reader whatever it says.
                 if (attempt < 3)
                     QTimer::singleShot(m_config.pollMs, context, [=] {
                         processOnReader(intent, key, deadlineMs, attempt + 1, context, done);
                     });
                 else
                     followReader(id, deadlineMs, context, done);
                 return;
             }
             // Refused (reader busy or offline): it never showed this payment.
             const QString code = reply.errorCode();
             settle(intent, context, [done, code](const ChargeResult &settled) {
                 ChargeResult failed = settled;
                 if (settled.status == ChargeResult::Status::Declined) {
                     failed.status = ChargeResult::Status::Failed;
                     failed.declineCode = code.startsWith(QLatin1String("terminal_"))
                                              ? code
                                              : QStringLiteral("processing_error");
                 }
                 done(failed);
             });
         });
}

void StripePaymentProvider::refund(
    const RefundCharge &request, QObject *context,
    std::function<void(bool refunded, const QString &refundReference)> done)
{
    // The key makes a retry answer the first refund again instead of making a second one.
    post(QStringLiteral("/v1/refunds"),
         {{QStringLiteral("payment_intent"), request.reference},
          {QStringLiteral("amount"), QString::number(request.amountCents)}},
         request.idempotencyKey, context, [done](const Reply &reply) {
             // Refunded already in full (a refund of the whole charge whose answer was lost,
             // made before keys were per refund) is money back too.
             done(reply.ok() || reply.errorCode() == QLatin1String("charge_already_refunded"),
                  reply.body.value(QStringLiteral("id")).toString());
         });
}

void StripePaymentProvider::lookup(const QString &idempotencyKey, qint64 amountCents,
                                   QObject *context, std::function<void(const ChargeResult &)> done)
{
    const auto unknown = [done] {
        ChargeResult result;
        result.status = ChargeResult::Status::Unknown;
        done(result);
    };
    // Search finds a PaymentIntent of any age; it may lag a recent one by a minute, which the
    // idempotent create (kept by Stripe for a day) finds instead.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"),
                       QStringLiteral("metadata['%1']:'%2'").arg(kKeyField, idempotencyKey));
    query.addQueryItem(QStringLiteral("expand[]"), QStringLiteral("data.latest_charge"));
    get(QStringLiteral("/v1/payment_intents/search"), query, context,
        [this, idempotencyKey, amountCents, context, done, unknown](const Reply &found) {
            // Without a search answer nothing can be ruled out: a key older than Stripe's
            // idempotency window would make the create below a new, uncharged object.
            if (!found.ok()) {
                unknown();
                return;
            }
            const QJsonArray data = found.body.value(QStringLiteral("data")).toArray();
            if (!data.isEmpty()) {
                QJsonObject chosen = data.first().toObject();
                for (const QJsonValue &v : data) {
                    if (v.toObject().value(QStringLiteral("status")).toString() ==
                        QLatin1String("succeeded"))
                        chosen = v.toObject();
                }
                settle(chosen, context, done);
                return;
            }
            post(QStringLiteral("/v1/payment_intents"), createParams(idempotencyKey, amountCents),
                 idempotencyKey, context, [this, context, done, unknown](const Reply &created) {
                     if (!created.ok()) {
                         unknown();
                         return;
                     }
                     // A replay answers the object as it was created: read it as it is now.
                     QUrlQuery expand;
                     expand.addQueryItem(QStringLiteral("expand[]"),
                                         QStringLiteral("latest_charge"));
                     get(QStringLiteral("/v1/payment_intents/%1")
                             .arg(created.body.value(QStringLiteral("id")).toString()),
                         expand, context, [this, context, done, unknown](const Reply &now) {
                             if (!now.ok()) {
                                 unknown();
                                 return;
                             }
                             settle(now.body, context, done);
                         });
                 });
        });
}
