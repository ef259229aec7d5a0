// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpaymentsweep.h"

#include "database.h"
#include "mailqueue.h"
#include "paymentprovider.h"
#include "salesauthority.h"

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
    connect(&m_reading, &QFutureWatcher<std::optional<QList<Pending>>>::finished, this, [this] {
        const auto pending = m_reading.result();
        if (!pending) {
            m_report.storeRead = false;
            m_running = false;
            Q_EMIT finished(m_report);
            return;
        }
        m_queue = *pending;
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
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - olderThanMs;
    const Database *store = &m_store;
    const qint64 terminalId = m_terminal.terminalId();
    // A server that does not answer could keep this for seconds: not on the caller's thread.
    m_reading.setFuture(QtConcurrent::run([store, terminalId, before] {
        auto pending = readPending(*store, terminalId, before);
        store->resetConnection();
        return pending;
    }));
}

std::optional<QList<CardPaymentSweep::Pending>>
CardPaymentSweep::readPending(const Database &store, qint64 terminalId, qint64 beganBeforeMs)
{
    QSqlQuery q(store.connection());
    if (!q.prepare(QStringLiteral(
            "SELECT p.order_id, p.idempotency_key, p.amount_cents FROM payments p "
            "JOIN orders o ON o.id = p.order_id WHERE p.method = 'card' AND "
            "p.status = 'pending' AND o.terminal_id = ? AND p.created_at < ? ORDER BY p.id"))) {
        qCWarning(lcSweep) << "cannot read pending card payments:" << q.lastError().text();
        return std::nullopt;
    }
    q.addBindValue(terminalId);
    q.addBindValue(beganBeforeMs);
    if (!q.exec()) {
        qCWarning(lcSweep) << "cannot read pending card payments:" << q.lastError().text();
        return std::nullopt;
    }
    QList<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    return pending;
}

void CardPaymentSweep::settleNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_report);
        return;
    }
    const Pending payment = m_queue.takeFirst();
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
        if (code == SaleError::Storage || code == SaleError::ServerUnreachable) {
            ++m_report.unknown;
            break;
        }
        // The store refused the sale (its seats went to someone else after the hold lapsed):
        // the money goes back. The refund is asked once more at the next sweep if it fails,
        // since the payment stays pending until the refund is recorded.
        m_payments.refund(result.reference, payment.amountCents, this,
                          [this, payment, reference = result.reference](bool ok) {
                              if (ok && m_authority.recordRefund(payment.paymentKey, reference)) {
                                  ++m_report.refunded;
                                  m_authority.cancelOrder(payment.orderId);
                              } else {
                                  ++m_report.unknown;
                              }
                              settleNext();
                          });
        return;
    }
    }
    settleNext();
}
