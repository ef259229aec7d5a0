// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpaymentsweep.h"

#include "core/mail/mailqueue.h"
#include "core/payments/paymentprovider.h"
#include "core/sales/salesauthority.h"
#include "core/store/database.h"
#include "core/sync/offlinesalesauthority.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcSweep, "marquee.payments")

CardPaymentSweep::CardPaymentSweep(const Database &authorityStore, const Database &local,
                                   SalesAuthority &authority, PaymentProvider &payments,
                                   TerminalIdentity terminal, QObject *parent)
    : QObject(parent), m_store(authorityStore), m_local(local), m_authority(authority),
      m_payments(payments), m_terminal(std::move(terminal))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(kPeriodicOlderThanMs); });
    connect(&m_reading, &QFutureWatcher<Reading>::finished, this, [this] {
        const Reading read = m_reading.result();
        m_report.storeRead = read.second;
        m_queue = read.first;
        if (!m_queue.isEmpty())
            qCInfo(lcSweep) << m_queue.size()
                            << "card payment(s) left unfinished: asking the provider";
        settleNext();
    });
}

CardPaymentSweep::~CardPaymentSweep()
{
    m_reading.waitForFinished();
}

void CardPaymentSweep::start(int intervalMs)
{
    m_timer.start(intervalMs);
    sweep(kAtStartOlderThanMs);
}

void CardPaymentSweep::sweep(qint64 olderThanMs)
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_queue.clear();
    const Database *store = &m_store;
    const Database *local = &m_local;
    const qint64 terminalId = m_terminal.terminalId();
    // A server that does not answer could keep this for seconds: not on the caller's thread.
    m_reading.setFuture(QtConcurrent::run([store, local, terminalId, olderThanMs] {
        auto pending = readPending(*store, terminalId, olderThanMs);
        // A refund's provider call lasts seconds: one due for a minute lost its answer.
        auto refunds = readDueRefunds(*store, terminalId, std::min<qint64>(olderThanMs, 60000));
        store->resetConnection();
        if (pending && refunds)
            *pending += *refunds;
        else
            pending.reset();
        auto offline = readOfflineAttempts(*local, olderThanMs);
        local->resetConnection();
        // Offline attempts are settled even while the server cannot be read: that is when
        // they exist.
        return std::make_pair(pending.value_or(QList<Pending>()) +
                                  offline.value_or(QList<Pending>()),
                              pending.has_value() && offline.has_value());
    }));
}

std::optional<QList<CardPaymentSweep::Pending>>
CardPaymentSweep::readPending(const Database &store, qint64 terminalId, qint64 olderThanMs)
{
    QSqlQuery q(store.connection());
    // Ages on the store's clock, which wrote created_at.
    if (!q.prepare(QStringLiteral(
                       "SELECT p.order_id, p.idempotency_key, p.amount_cents, p.status, "
                       "p.provider_reference FROM payments p JOIN orders o ON o.id = p.order_id "
                       "WHERE p.method = 'card' AND p.status IN ('pending', 'refund_due') AND "
                       "o.terminal_id = ? AND p.created_at < %1 - ? ORDER BY p.id")
                       .arg(store.nowMsExpression()))) {
        qCWarning(lcSweep) << "cannot read pending card payments:" << q.lastError().text();
        return std::nullopt;
    }
    q.addBindValue(terminalId);
    q.addBindValue(olderThanMs);
    if (!q.exec()) {
        qCWarning(lcSweep) << "cannot read pending card payments:" << q.lastError().text();
        return std::nullopt;
    }
    QList<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toString() == QLatin1String("refund_due") ? q.value(4).toString()
                                                                             : QString(),
                        false, QString()});
    return pending;
}

std::optional<QList<CardPaymentSweep::Pending>>
CardPaymentSweep::readDueRefunds(const Database &store, qint64 terminalId, qint64 olderThanMs)
{
    QSqlQuery q(store.connection());
    const bool prepared =
        q.prepare(QStringLiteral("SELECT order_id, idempotency_key, amount_cents, "
                                 "payment_reference FROM refunds WHERE status = 'due' AND "
                                 "method = 'card' AND terminal_id = ? AND created_at < %1 - ? "
                                 "ORDER BY id")
                      .arg(store.nowMsExpression()));
    q.addBindValue(terminalId);
    q.addBindValue(olderThanMs);
    if (!prepared || !q.exec()) {
        qCWarning(lcSweep) << "cannot read card refunds due:" << q.lastError().text();
        return std::nullopt;
    }
    QList<Pending> due;
    while (q.next()) {
        Pending p;
        p.orderId = q.value(0).toInt();
        p.refundKey = q.value(1).toString();
        p.amountCents = q.value(2).toLongLong();
        p.refundOwed = q.value(3).toString();
        due.append(p);
    }
    return due;
}

std::optional<QList<CardPaymentSweep::Pending>>
CardPaymentSweep::readOfflineAttempts(const Database &local, qint64 olderThanMs)
{
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("SELECT payment_key, amount_cents, status, provider_reference FROM "
                             "offline_card_attempts WHERE status IN ('pending', 'refund_due') "
                             "AND created_at < ? ORDER BY created_at"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - olderThanMs);
    if (!q.exec()) {
        qCWarning(lcSweep) << "cannot read offline card attempts:" << q.lastError().text();
        return std::nullopt;
    }
    QList<Pending> pending;
    while (q.next()) {
        Pending p;
        p.paymentKey = q.value(0).toString();
        p.amountCents = q.value(1).toLongLong();
        if (q.value(2).toString() == QLatin1String("refund_due"))
            p.refundOwed = q.value(3).toString();
        p.offline = true;
        pending.append(p);
    }
    return pending;
}

bool CardPaymentSweep::recordRefunded(const Pending &payment, const QString &reference)
{
    if (payment.offline)
        return OfflineSalesAuthority::markAttempt(m_local.connection(), payment.paymentKey,
                                                  QStringLiteral("pending,refund_due"),
                                                  QStringLiteral("refunded"), reference)
            .has_value();
    if (!m_authority.recordRefund(payment.paymentKey, reference))
        return false;
    // Its seats go back on sale, unless the order is already cancelled: a sale that goes on
    // under a new order keeps the same hold token.
    m_authority.cancelOrder(payment.orderId);
    return true;
}

void CardPaymentSweep::settleNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_report);
        return;
    }
    const Pending payment = m_queue.takeFirst();
    if (!payment.refundKey.isEmpty()) {
        settleRefund(payment);
        return;
    }
    if (!payment.refundOwed.isEmpty()) {
        giveBack(payment, payment.refundOwed);
        return;
    }
    m_payments.lookup(payment.paymentKey, payment.amountCents, this,
                      [this, payment](const ChargeResult &result) { settle(payment, result); });
}

void CardPaymentSweep::settle(const Pending &payment, const ChargeResult &result)
{
    switch (result.status) {
    case ChargeResult::Status::Unknown:
        ++m_report.unknown;
        break;
    case ChargeResult::Status::Declined:
    case ChargeResult::Status::Failed: {
        if (payment.offline) {
            const auto closed = OfflineSalesAuthority::markAttempt(
                m_local.connection(), payment.paymentKey, QStringLiteral("pending"),
                QStringLiteral("declined"), {});
            if (!closed)
                ++m_report.unknown;
            else if (*closed)
                ++m_report.released;
            break;
        }
        // No money taken: the attempt is over, and so is the order it was for.
        const auto declined = m_authority.recordDecline(payment.paymentKey, result.declineCode);
        const auto cancelled = declined ? m_authority.cancelOrder(payment.orderId)
                                        : SaleResult<bool>(declined.error());
        if (cancelled || cancelled.error().code() == SaleError::OrderNotPending) {
            ++m_report.released;
            qCInfo(lcSweep) << "payment" << payment.paymentKey << "took no money; order"
                            << payment.orderId << "released";
        } else {
            ++m_report.unknown;
        }
        break;
    }
    case ChargeResult::Status::Approved: {
        if (result.refundedCents >= payment.amountCents) {
            // Given back already (a refund whose record was lost): never tickets as well.
            recordRefunded(payment, result.reference) ? ++m_report.refunded : ++m_report.unknown;
            break;
        }
        if (result.refundedCents > 0) {
            // Partly given back by hand: a person decides, not this sweep.
            qCWarning(lcSweep) << "payment" << payment.paymentKey << "was partly refunded at"
                               << "the provider; left for a manager";
            ++m_report.unknown;
            break;
        }
        if (payment.offline) {
            // The offline sale this paid for died with the program, or so it seems: the
            // attempt moves to refund_due only if no live sale took it first (its sale and the
            // attempt's approval are one transaction).
            const auto owed = OfflineSalesAuthority::markAttempt(
                m_local.connection(), payment.paymentKey, QStringLiteral("pending"),
                QStringLiteral("refund_due"), result.reference);
            if (!owed) {
                ++m_report.unknown;
                break;
            }
            if (!*owed)
                break; // settled by the sale itself meanwhile
            giveBack(payment, result.reference);
            return;
        }
        PaymentCompletion completion;
        completion.orderId = payment.orderId;
        completion.paymentKey = payment.paymentKey;
        completion.method = PaymentMethod::Card;
        completion.providerReference = result.reference;
        const auto receipt = m_authority.completePayment(completion);
        if (receipt) {
            ++m_report.completed;
            qCInfo(lcSweep) << "payment" << payment.paymentKey << "was charged: order"
                            << payment.orderId << "completed with" << receipt->tickets.size()
                            << "ticket(s)";
            if (const auto error = MailQueue(m_local).enqueueReceipt(*receipt, m_terminal.name()))
                qCWarning(lcSweep)
                    << "tickets of order" << payment.orderId << "not queued for e-mail:" << *error;
            break;
        }
        const SaleError::Code code = receipt.error().code();
        if (receipt.error().isUnanswered() || code == SaleError::LocalStore) {
            ++m_report.unknown;
            break;
        }
        // The store refused the sale (its seats went to someone else after the hold lapsed)
        // and marked the money as owed (refund_due): it goes back now, or at the next sweep.
        giveBack(payment, result.reference);
        return;
    }
    }
    settleNext();
}

void CardPaymentSweep::giveBack(const Pending &payment, const QString &reference)
{
    // The refund's own idempotency key is the charge's: asking again never refunds twice.
    const RefundCharge whole{reference, payment.amountCents, QStringLiteral("refund:") + reference};
    m_payments.refund(whole, this, [this, payment, reference](bool ok, const QString &) {
        if (ok && recordRefunded(payment, reference)) {
            ++m_report.refunded;
            qCInfo(lcSweep) << "payment" << payment.paymentKey << "refunded";
        } else {
            ++m_report.unknown;
        }
        settleNext();
    });
}

void CardPaymentSweep::settleRefund(const Pending &refund)
{
    Refund due;
    due.idempotencyKey = refund.refundKey;
    const RefundCharge charge{refund.refundOwed, refund.amountCents, due.providerKey()};
    m_payments.refund(charge, this, [this, refund](bool ok, const QString &reference) {
        if (ok && m_authority.settleRefund(refund.refundKey, reference)) {
            ++m_report.refunded;
            qCInfo(lcSweep) << "refund" << refund.refundKey << "of order" << refund.orderId
                            << "given back";
        } else {
            ++m_report.unknown;
        }
        settleNext();
    });
}
