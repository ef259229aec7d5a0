// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaledsalesauthority.h"

#include "core/sales/saleerror.h"
#include "core/store/database.h"
#include "core/store/writetransaction.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxreplayer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

JournaledSalesAuthority::JournaledSalesAuthority(SalesAuthority &server, const Database &local)
    : ForwardingSalesAuthority(server), m_local(local)
{}

QJsonObject JournaledSalesAuthority::completionPayload(const PaymentCompletion &completion)
{
    return QJsonObject{
        {QStringLiteral("order_id"), completion.orderId},
        {QStringLiteral("payment_key"), completion.paymentKey},
        {QStringLiteral("method"), completion.method == PaymentMethod::Cash
                                       ? QStringLiteral("cash")
                                       : QStringLiteral("card")},
        {QStringLiteral("tendered_cents"), double(completion.tenderedCents)},
        {QStringLiteral("provider_reference"), completion.providerReference},
        {QStringLiteral("user_id"), completion.userId},
    };
}

PaymentCompletion JournaledSalesAuthority::completionFrom(const QJsonObject &p)
{
    PaymentCompletion c;
    c.orderId = p.value(QStringLiteral("order_id")).toInt();
    c.paymentKey = p.value(QStringLiteral("payment_key")).toString();
    c.method = p.value(QStringLiteral("method")).toString() == QLatin1String("card")
                   ? PaymentMethod::Card
                   : PaymentMethod::Cash;
    c.tenderedCents = qint64(p.value(QStringLiteral("tendered_cents")).toDouble());
    c.providerReference = p.value(QStringLiteral("provider_reference")).toString();
    c.userId = p.value(QStringLiteral("user_id")).toInt();
    return c;
}

std::optional<qint64> JournaledSalesAuthority::journal(const QString &kind, const QString &key,
                                                       const QJsonObject &payload)
{
    QSqlDatabase db = m_local.connection();
    WriteTransaction tx(db, m_local);
    if (!tx.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"));
    q.addBindValue(key);
    qint64 id = 0;
    if (q.exec() && q.next()) {
        id = q.value(0).toLongLong(); // a retry of the same step
    } else {
        q.finish();
        if (!Outbox::enqueue(db, kind, key, payload, QDateTime::currentMSecsSinceEpoch()) ||
            !q.exec(QStringLiteral("SELECT last_insert_rowid()")) || !q.next())
            return std::nullopt;
        id = q.value(0).toLongLong();
    }
    q.finish();
    if (!tx.commit())
        return std::nullopt;
    return id;
}

void JournaledSalesAuthority::settle(qint64 entryId, const SaleError *error)
{
    if (!error)
        Outbox::markDone(m_local, {entryId});
    else if (!error->isUnanswered())
        Outbox::markRefused(m_local, entryId, error->message()); // answered for good
    // Unreachable, an answer lost or a storage error: left pending, sent again by the link
    // when it can, with the same key.
}

SaleResult<SaleReceipt>
JournaledSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    // Amount and seats are the server's; what matters here is that the payment is not
    // forgotten. Unwritten, the step is refused: money must not go unrecorded.
    const auto entry =
        journal(QStringLiteral("completion"), QStringLiteral("completion:") + completion.paymentKey,
                completionPayload(completion));
    if (!entry) {
        // Cash is still in the cashier's hand: refused before anything is recorded. A card
        // was already charged and its attempt is pending on the server, which keeps the trace
        // (the payment sweep settles it): the server is asked all the same.
        if (completion.method == PaymentMethod::Cash)
            return SaleError::localStore(m_local.connection().lastError().text());
        return inner().completePayment(completion);
    }
    const auto receipt = inner().completePayment(completion);
    settle(*entry, receipt ? nullptr : &receipt.error());
    return receipt;
}

SaleResult<bool> JournaledSalesAuthority::recordRefund(const QString &paymentKey,
                                                       const QString &providerReference)
{
    // Money owed back to a customer is written down here first, whatever the server says.
    const auto entry =
        journal(QStringLiteral("refund"), QStringLiteral("refund:") + paymentKey,
                QJsonObject{{QStringLiteral("payment_key"), paymentKey},
                            {QStringLiteral("provider_reference"), providerReference}});
    if (!entry) // the money went back already: the server's record is what is left to keep
        return inner().recordRefund(paymentKey, providerReference);
    const auto recorded = inner().recordRefund(paymentKey, providerReference);
    settle(*entry, recorded ? nullptr : &recorded.error());
    return recorded;
}

SaleResult<bool> JournaledSalesAuthority::release(const QString &holdToken,
                                                  const QList<int> &seatIds)
{
    QJsonArray seats;
    for (const int id : seatIds)
        seats.append(id);
    const auto entry = journal(
        QStringLiteral("release"), OutboxReplayer::newKey(QStringLiteral("release")),
        QJsonObject{{QStringLiteral("hold_token"), holdToken}, {QStringLiteral("seats"), seats}});
    if (!entry)
        return inner().release(holdToken, seatIds); // holds expire anyway: never refuse this
    const auto released = inner().release(holdToken, seatIds);
    settle(*entry, released ? nullptr : &released.error());
    return released;
}

SaleResult<bool> JournaledSalesAuthority::cancelOrder(int orderId, bool releaseSeats)
{
    const auto cancelled = inner().cancelOrder(orderId, releaseSeats);
    // Only a cancel the server never answered is kept for later; a refusal is its answer.
    const SaleError::Code code = cancelled ? SaleError::None : cancelled.error().code();
    if (code != SaleError::ServerUnreachable && code != SaleError::CommitUnknown)
        return cancelled;
    const auto entry =
        journal(QStringLiteral("cancel"), OutboxReplayer::newKey(QStringLiteral("cancel")),
                QJsonObject{{QStringLiteral("order_id"), orderId},
                            {QStringLiteral("release_seats"), releaseSeats}});
    if (!entry)
        return cancelled;
    return true; // the link sends it: the sale is over for the cashier
}
