// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/payments/paymentprovider.h"
#include "core/store/terminalidentity.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class Database;
class SalesAuthority;

// Settles the card payments this terminal began and never finished: the program stopped (a
// crash, a power cut) between asking the card reader and recording its answer, so the store
// still says "pending" while the customer may have paid. For each one, the provider is asked
// what became of its key: charged money becomes the sale it paid for (or goes back when its
// seats were sold meanwhile, or is recorded as refunded when it already went back), an attempt
// that took none is recorded as declined and its seats are freed, and an answer still unknown
// is asked again at the next sweep. Refunds owed ("refund_due": the store refused a sale after
// the card paid, and the refund failed) are asked again until one goes through, and so are
// the card refunds of tickets given back whose provider's answer was lost or refused ('due'
// refunds, asked with the refund's own key, so never paid twice).
//
// Sweeps run at start (payments older than a reader could still be busy with, in case another
// program shares this terminal's file) and then every few minutes (payments older than any
// hold). A sale still on a screen with a charge nobody could confirm for that long is settled
// by whichever asks first; both go through the same idempotent steps.
// Reading the store runs off the calling thread; the provider answers asynchronously.
class CardPaymentSweep final : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        int completed = 0;     // money taken: now tickets
        int refunded = 0;      // money taken that could not become tickets: given back
        int released = 0;      // no money taken: declined, seats free
        int unknown = 0;       // the provider or the store did not answer: next time
        bool storeRead = true; // false: a store could not be read; what could was settled
    };

    // authorityStore is where this terminal's payments are recorded: the server, or the
    // embedded store. The local store keeps the mail queue and the catalogue copy.
    CardPaymentSweep(const Database &authorityStore, const Database &local,
                     SalesAuthority &authority, PaymentProvider &payments,
                     TerminalIdentity terminal, QObject *parent = nullptr);
    ~CardPaymentSweep() override;

    // Sweeps now and then every intervalMs.
    void start(int intervalMs = 10 * 60 * 1000);
    // One sweep of the payments begun more than olderThanMs ago; finished() reports it.
    void sweep(qint64 olderThanMs);
    bool isRunning() const { return m_running; }

    static constexpr qint64 kAtStartOlderThanMs = 3 * 60 * 1000;
    static constexpr qint64 kPeriodicOlderThanMs = 35 * 60 * 1000;

Q_SIGNALS:
    void finished(const CardPaymentSweep::Report &report);

private:
    struct Pending
    {
        int orderId = 0;
        QString paymentKey;
        qint64 amountCents = 0;
        QString refundOwed; // the charge's reference when the money is owed back
        // An attempt of a sale made while the server was away: its order died with the
        // program, so money taken goes back (offline_card_attempts, in the local store).
        bool offline = false;
        QString refundKey; // a due refund of tickets given back (refundOwed: its charge)
    };
    static std::optional<QList<Pending>> readPending(const Database &store, qint64 terminalId,
                                                     qint64 olderThanMs);
    static std::optional<QList<Pending>> readDueRefunds(const Database &store, qint64 terminalId,
                                                        qint64 olderThanMs);
    static std::optional<QList<Pending>> readOfflineAttempts(const Database &local,
                                                             qint64 olderThanMs);
    // The end of a payment, in the store that recorded it.
    bool recordRefunded(const Pending &payment, const QString &reference);
    void settleNext();
    void settle(const Pending &payment, const ChargeResult &result);
    void giveBack(const Pending &payment, const QString &reference);
    void settleRefund(const Pending &refund);

    const Database &m_store;
    const Database &m_local;
    SalesAuthority &m_authority;
    PaymentProvider &m_payments;
    TerminalIdentity m_terminal;
    QTimer m_timer;
    // What was found, and whether every store could be read.
    using Reading = std::pair<QList<Pending>, bool>;
    QFutureWatcher<Reading> m_reading;
    QList<Pending> m_queue;
    Report m_report;
    bool m_running = false;
};

Q_DECLARE_METATYPE(CardPaymentSweep::Report)
