// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaledsalesauthority.h"

#include "database.h"
#include "outbox.h"
#include "saleerror.h"
#include "writetransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

JournaledSalesAuthority::JournaledSalesAuthority(SalesAuthority &server, const Database &local)
    : m_server(server), m_local(local)
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
    return c;
}

SaleResult<SaleReceipt>
JournaledSalesAuthority::completePayment(const PaymentCompletion &completion)
{
    const QString key = QStringLiteral("completion:") + completion.paymentKey;
    qint64 entryId = 0;
    {
        QSqlDatabase db = m_local.connection();
        WriteTransaction tx(db, m_local);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"));
        q.addBindValue(key);
        if (tx.isOpen() && q.exec() && q.next()) {
            entryId = q.value(0).toLongLong(); // a retry of the same payment
        } else if (tx.isOpen()) {
            q.finish();
            // Amount and seats are the server's; what matters here is that the payment is not
            // forgotten. Unwritten, the step is refused: money must not go unrecorded.
            if (!Outbox::enqueue(db, QStringLiteral("completion"), key,
                                 completionPayload(completion),
                                 QDateTime::currentMSecsSinceEpoch()) ||
                !q.exec(QStringLiteral("SELECT last_insert_rowid()")) || !q.next())
                return SaleError::storage(db.lastError().text());
            entryId = q.value(0).toLongLong();
        }
        if (!tx.commit())
            return SaleError::storage(tx.error());
    }
    const auto receipt = m_server.completePayment(completion);
    if (receipt)
        Outbox::markDone(m_local, {entryId});
    else if (receipt.error().code() != SaleError::ServerUnreachable &&
             receipt.error().code() != SaleError::Storage)
        Outbox::markRefused(m_local, entryId, receipt.error().message()); // answered for good
    // Unreachable or a storage error: left pending, sent again by the link when it can.
    return receipt;
}
