// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"
#include "core/store/terminalidentity.h"
#include "core/sync/outbox.h"

#include <QSqlQuery>
#include <QStringList>

class Database;

// Sends a terminal's outbox to the server, oldest first, each entry in one server transaction
// that also records its idempotency key (applied_ops): sent twice, applied once. An entry is
// marked done locally only after the server committed it. A lost connection stops the replay
// (the rest waits, in order, for the next one); an entry the server cannot take is marked
// refused with the reason and reported, never silently dropped.
//
// Entries it knows: "scan" (a gate's scan made offline: the admission, or a double admission
// noted in admission_conflicts, and the scan record) and "sale" (a counter's sale of its
// leased seats made offline: order, payment and the tickets it issued; one the server's rules
// refuse goes to flagged_uploads for a manager), "completion" (a payment a counter took
// online but could not see recorded), "refund" (money owed back, likewise) and "release"
// (seats given back): those are sent again through the sales authority, which makes each of
// them safe to repeat.
class OutboxReplayer
{
public:
    OutboxReplayer(const Database &server, const Database &local, const TerminalIdentity &terminal);

    struct Report
    {
        int applied = 0;
        int alreadyApplied = 0; // sent before; the reply was lost
        int refused = 0;
        int deferred = 0; // waiting for another terminal's upload (a ticket sold offline)
        int remaining = 0;
        bool interrupted = false; // the server went away mid-replay
        QString lastError;        // why it was interrupted, as the server (or its line) said
        QStringList refusals;     // why, one line per refused entry
    };
    Report replayPending(int batch = 500);

    // A stable key for an operation made on this terminal.
    static QString newKey(const QString &kind);

private:
    // E-mails the tickets of a sale the replay completed, when the customer gave an address.
    void queueMail(const SaleReceipt &receipt);
    enum class Outcome { Applied, AlreadyApplied, Refused, Interrupted, Deferred };
    Outcome apply(const Outbox::Entry &entry, QString *why);
    // A failed statement: the line's fault (try again later) or the entry's (refused).
    static Outcome failure(const QSqlQuery &q, const QSqlDatabase &db, QString *why);
    bool applyOne(const Outbox::Entry &entry, Report &report);
    // Consecutive sales in one transaction; `done` gets every entry's id (applied now or
    // before), `fresh` how many were new. Refused when any of them breaks a rule.
    Outcome applySaleBatch(const QList<Outbox::Entry> &entries, QList<qint64> *done, int *fresh,
                           QString *why);
    Outcome applyScan(QSqlDatabase &db, const Outbox::Entry &entry, QString *why);
    static constexpr int kDeferAttempts = 43'200; // a day of heartbeats
    Outcome applySale(QSqlDatabase &db, const Outbox::Entry &entry, QString *why);
    // Keeps an entry the server's rules refuse in flagged_uploads, once.
    Outcome flag(const Outbox::Entry &entry, QString *why);

    Outcome applySalesStep(const Outbox::Entry &entry, QString *why);

    const Database &m_server;
    const Database &m_local;
    TerminalIdentity m_terminal;
    int m_terminalId;
};
