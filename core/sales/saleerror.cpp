// SPDX-License-Identifier: GPL-3.0-or-later
#include "saleerror.h"

#include "core/store/database.h"

#include <QCoreApplication>

QString SaleError::codeName(Code code)
{
    switch (code) {
    case None:
        return QStringLiteral("none");
    case SeatTaken:
        return QStringLiteral("seat_taken");
    case SeatUnavailable:
        return QStringLiteral("seat_unavailable");
    case HoldExpired:
        return QStringLiteral("hold_expired");
    case CpfLimit:
        return QStringLiteral("cpf_limit");
    case MeiaCap:
        return QStringLiteral("meia_cap");
    case InvalidCpf:
        return QStringLiteral("invalid_cpf");
    case InvalidEmail:
        return QStringLiteral("invalid_email");
    case NoSeats:
        return QStringLiteral("no_seats");
    case Declined:
        return QStringLiteral("declined");
    case InsufficientCash:
        return QStringLiteral("insufficient_cash");
    case OrderNotPending:
        return QStringLiteral("order_not_pending");
    case NotFound:
        return QStringLiteral("not_found");
    case HoldLimit:
        return QStringLiteral("hold_limit");
    case ScreeningStarted:
        return QStringLiteral("screening_started");
    case Storage:
        return QStringLiteral("storage");
    case ServerUnreachable:
        return QStringLiteral("server_unreachable");
    case PaymentUnknown:
        return QStringLiteral("payment_unknown");
    case CommitUnknown:
        return QStringLiteral("commit_unknown");
    case LocalStore:
        return QStringLiteral("local_store");
    case NotRefundable:
        return QStringLiteral("not_refundable");
    case NeedsManager:
        return QStringLiteral("needs_manager");
    case NeedsServer:
        return QStringLiteral("needs_server");
    case NotReissuable:
        return QStringLiteral("not_reissuable");
    }
    return QStringLiteral("unknown");
}

SaleError SaleError::storage(const QString &detail)
{
    return {Storage, QCoreApplication::translate("SaleError",
                                                 "The store refused this step before recording "
                                                 "it (%1), so nothing of it was saved and no "
                                                 "money was taken for it. Try again, and call a "
                                                 "manager if it keeps failing.")
                         .arg(detail)};
}

SaleError SaleError::fromStore(const QSqlError &error)
{
    if (Database::isLocalDiskError(error))
        return localStore(error.text());
    if (Database::isConnectionError(error))
        return serverUnreachable();
    return storage(error.text().trimmed().isEmpty() ? QStringLiteral("no connection")
                                                    : error.text().trimmed());
}

SaleError SaleError::fromStore(const Database &store, const QSqlError &error)
{
    return store.recover(error) ? serverUnreachable() : fromStore(error);
}

SaleError SaleError::commitUnknown()
{
    return {CommitUnknown, QCoreApplication::translate(
                               "SaleError", "The server stopped answering just as it was saving "
                                            "this step, so it is not known yet whether it was "
                                            "saved. Checking… Do not take the money again: the "
                                            "same step is asked again with the same keys, which "
                                            "can never make a second sale or charge.")};
}

SaleError SaleError::localStore(const QString &detail)
{
    return {LocalStore, QCoreApplication::translate(
                            "SaleError", "This terminal could not record the sale on its own "
                                         "disk (%1), so nothing was sold and nothing was "
                                         "charged; what was recorded before is kept. Take no "
                                         "money and call a manager: the disk may be full or "
                                         "read-only.")
                            .arg(detail.trimmed())};
}

SaleError SaleError::serverUnreachable()
{
    return {ServerUnreachable,
            QCoreApplication::translate("SaleError",
                                        "The server is not answering, so seats cannot be held "
                                        "or sold from this terminal right now. Nothing was "
                                        "charged and what you typed is kept; the terminal "
                                        "reconnects by itself — try again when the status bar "
                                        "says online.")};
}

SaleError SaleError::serverTimedOut()
{
    return {ServerUnreachable,
            QCoreApplication::translate("SaleError",
                                        "The server took too long to answer, so this terminal "
                                        "stopped waiting. What you typed is kept; trying again "
                                        "repeats the same step, never a second sale or "
                                        "charge.")};
}

SaleError SaleError::seatTaken(const QList<int> &seatIds, const QStringList &labels)
{
    return {SeatTaken,
            QCoreApplication::translate("SaleError",
                                        "Seat %1 was just taken at another terminal. Pick "
                                        "another seat; the rest of the sale is kept.")
                .arg(labels.join(QStringLiteral(", "))),
            seatIds};
}

SaleError SaleError::holdExpired()
{
    return {HoldExpired, QCoreApplication::translate(
                             "SaleError", "The hold on these seats expired and they were "
                                          "released. Pick the seats again to continue; the "
                                          "ticket types and customer are kept.")};
}

SaleError SaleError::cpfLimit(int limit, int remaining)
{
    return {CpfLimit, QCoreApplication::translate(
                          "SaleError", "This CPF can buy at most %1 tickets for this "
                                       "screening; %2 more can be sold to it. Remove seats "
                                       "or use another customer's CPF.")
                          .arg(limit)
                          .arg(remaining)};
}

SaleError SaleError::meiaCap(int cap, int remaining)
{
    return {MeiaCap, QCoreApplication::translate(
                         "SaleError", "Only %2 more meia-entrada tickets can be sold for "
                                      "this screening (limit %1). Change some tickets to "
                                      "another type.")
                         .arg(cap)
                         .arg(remaining)};
}

SaleError SaleError::invalidCpf()
{
    return {InvalidCpf, QCoreApplication::translate(
                            "SaleError", "This CPF is not valid: check the 11 digits with "
                                         "the customer, or leave it empty.")};
}

SaleError SaleError::declined(const QString &reason)
{
    SaleError error(Declined, QCoreApplication::translate("SaleError",
                                                          "The card was declined (%1). The seats "
                                                          "stay held: try another card, take "
                                                          "cash, or release the seats.")
                                  .arg(reason));
    error.m_detail = reason;
    return error;
}
