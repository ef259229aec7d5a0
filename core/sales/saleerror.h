// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class Database;
class QSqlError;

// Why a sale step did not happen, with a message for the person at the counter that says what
// happened and what to do next. Errors are values: nothing in core throws across modules.
class SaleError
{
public:
    enum Code {
        None,
        SeatTaken,       // someone else holds or bought the seat meanwhile
        SeatUnavailable, // blocked seat, or not a seat of this room
        HoldExpired,     // our hold lapsed before the order was paid
        CpfLimit,        // more than the per-CPF maximum for one screening
        MeiaCap,         // the meia-entrada share of the screening is used up
        InvalidCpf,
        InvalidEmail,
        NoSeats,
        Declined,         // the card terminal said no
        InsufficientCash, // tendered less than the total
        OrderNotPending,  // paid or cancelled already
        NotFound,
        HoldLimit, // too many seats in one sale
        ScreeningStarted,
        Storage,           // the database failed; the message carries its text
        ServerUnreachable, // the shared server does not answer
        PaymentUnknown,    // the card may have been charged; the provider has not said yet
        CommitUnknown,     // the store may have recorded the step: its answer was lost
        LocalStore,        // this terminal's own disk refused to record the step
        NotRefundable,     // used, refunded already, not of this order, or not paid
        NeedsManager,      // allowed only with a manager's PIN (the message says why)
        NeedsServer,       // offline, and the step could let a seat be sold twice
        NotReissuable,     // used, cancelled or replaced already, or not of this order
    };

    SaleError() = default;
    SaleError(Code code, QString message, QList<int> seatIds = {})
        : m_code(code), m_message(std::move(message)), m_seatIds(std::move(seatIds))
    {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    // The store did not give a final answer (unreachable, answer lost, failed before
    // recording): the same step may be sent again with the same keys, and nothing is settled
    // on it yet.
    bool isUnanswered() const
    {
        return m_code == Storage || m_code == ServerUnreachable || m_code == CommitUnknown;
    }
    QString message() const { return m_message; }
    // What the other party said, without the advice around it (a decline's reason).
    QString detail() const { return m_detail; }
    // The seats the error is about (taken seats, for instance), so the map can point at them.
    QList<int> seatIds() const { return m_seatIds; }

    // A stable, untranslated name of the code for logs and tests.
    static QString codeName(Code code);

    // The store refused the step before recording anything (a constraint, a broken query).
    static SaleError storage(const QString &detail);
    // What a failed statement means for the sale: a lost connection is ServerUnreachable
    // (nothing was committed), this terminal's full or read-only disk is LocalStore, anything
    // else Storage. Classified by SQLSTATE and driver codes (Database), never by message text.
    static SaleError fromStore(const QSqlError &error);
    // The same for a statement that just failed on `store`: a session it finds lost (even
    // with no SQLSTATE, see Database::recover) is dropped on the way and said as unreachable.
    static SaleError fromStore(const Database &store, const QSqlError &error);
    // A COMMIT whose answer was lost: the step may or may not be recorded until the store is
    // asked again with the same keys.
    static SaleError commitUnknown();
    static SaleError localStore(const QString &detail);
    static SaleError serverUnreachable();
    // A call the server took too long to answer: it may still be applied, so the same step
    // is retried with the same keys, never made anew.
    static SaleError serverTimedOut();
    static SaleError seatTaken(const QList<int> &seatIds, const QStringList &labels);
    static SaleError holdExpired();
    static SaleError cpfLimit(int limit, int remaining);
    static SaleError meiaCap(int cap, int remaining);
    static SaleError invalidCpf();
    static SaleError declined(const QString &reason);

private:
    Code m_code = None;
    QString m_message;
    QString m_detail;
    QList<int> m_seatIds;
};
