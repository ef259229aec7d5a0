// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedcardterminal.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

QString SimulatedCardTerminal::name() const
{
    return QCoreApplication::translate("SimulatedCardTerminal", "Simulated card terminal");
}

bool SimulatedCardTerminal::passesLuhn(const QString &digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        const int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        int v = twice ? d * 2 : d;
        if (v > 9)
            v -= 9;
        sum += v;
        twice = !twice;
    }
    return sum % 10 == 0;
}

ChargeResult SimulatedCardTerminal::judge(const QString &cardNumber)
{
    QString digits;
    for (const QChar c : cardNumber) {
        if (c.isDigit())
            digits += c;
    }
    ChargeResult r;
    r.status = ChargeResult::Status::Declined;
    static const QHash<QString, QString> declines = {
        {QStringLiteral("4000000000000002"), QStringLiteral("card_declined")},
        {QStringLiteral("4000000000009995"), QStringLiteral("insufficient_funds")},
        {QStringLiteral("4000000000000069"), QStringLiteral("expired_card")},
        {QStringLiteral("4000000000000127"), QStringLiteral("incorrect_cvc")},
        {QStringLiteral("4000000000009987"), QStringLiteral("lost_card")},
    };
    if (digits == QLatin1String("4000000000000119")) {
        r.status = ChargeResult::Status::Failed;
        r.declineCode = QStringLiteral("processing_error");
    } else if (declines.contains(digits)) {
        r.declineCode = declines.value(digits);
    } else if (!passesLuhn(digits)) {
        r.declineCode = QStringLiteral("incorrect_number");
    } else {
        r.status = ChargeResult::Status::Approved;
    }
    return r;
}

void SimulatedCardTerminal::charge(const ChargeRequest &request, QObject *context,
                                   std::function<void(const ChargeResult &)> done)
{
    ChargeResult result;
    const auto known = m_byKey.constFind(request.idempotencyKey);
    if (known != m_byKey.cend()) {
        result = *known;
    } else {
        result = judge(request.cardNumber);
        if (result.approved()) {
            result.reference =
                QStringLiteral("sim_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
            m_capturedCents += request.amountCents;
            m_amountByReference.insert(result.reference, request.amountCents);
            ++m_chargeCount;
        }
        // A terminal error means nothing was charged: a retry with the same key is judged
        // again, as a real provider does once the outage is over.
        if (result.status != ChargeResult::Status::Failed)
            m_byKey.insert(request.idempotencyKey, result);
    }
    QTimer::singleShot(m_delayMs, context, [done = std::move(done), result] { done(result); });
}

void SimulatedCardTerminal::refund(
    const RefundCharge &request, QObject *context,
    std::function<void(bool refunded, const QString &refundReference)> done)
{
    // A key it answered before answers the same again, without giving money back twice.
    QString refundId = m_refundByKey.value(request.idempotencyKey);
    const qint64 left = m_amountByReference.value(request.reference, -1);
    if (refundId.isEmpty() && request.amountCents >= 0 && request.amountCents <= left) {
        refundId = QStringLiteral("simre_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_refundByKey.insert(request.idempotencyKey, refundId);
        m_capturedCents -= request.amountCents;
        m_amountByReference.insert(request.reference, left - request.amountCents);
        ++m_refundCount;
    }
    QTimer::singleShot(m_delayMs, context,
                       [done = std::move(done), refundId] { done(!refundId.isEmpty(), refundId); });
}

void SimulatedCardTerminal::lookup(const QString &idempotencyKey, qint64 amountCents,
                                   QObject *context, std::function<void(const ChargeResult &)> done)
{
    Q_UNUSED(amountCents)
    // A key it never answered may be one a terminal answered before a restart: unknown.
    ChargeResult result = m_byKey.value(idempotencyKey);
    if (!m_byKey.contains(idempotencyKey))
        result.status = ChargeResult::Status::Unknown;
    QTimer::singleShot(m_delayMs, context, [done = std::move(done), result] { done(result); });
}
