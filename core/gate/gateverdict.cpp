// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateverdict.h"

#include <QCoreApplication>
#include <QLocale>

QString GateVerdict::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Admitted:
        return QStringLiteral("admitted");
    case Kind::Check:
        return QStringLiteral("check");
    case Kind::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QString GateVerdict::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Valid:
        return QStringLiteral("valid");
    case Reason::CheckDocument:
        return QStringLiteral("check_document");
    case Reason::AlreadyUsed:
        return QStringLiteral("already_used");
    case Reason::Cancelled:
        return QStringLiteral("cancelled");
    case Reason::WrongScreening:
        return QStringLiteral("wrong_screening");
    case Reason::WrongRoom:
        return QStringLiteral("wrong_room");
    case Reason::TooEarly:
        return QStringLiteral("too_early");
    case Reason::TooLate:
        return QStringLiteral("too_late");
    case Reason::Forged:
        return QStringLiteral("forged");
    case Reason::RevokedKey:
        return QStringLiteral("revoked_key");
    case Reason::UnknownVersion:
        return QStringLiteral("unknown_version");
    case Reason::NotSold:
        return QStringLiteral("not_sold");
    case Reason::NotMarquee:
        return QStringLiteral("not_marquee");
    case Reason::NoCode:
        return QStringLiteral("no_code");
    case Reason::Unavailable:
        break;
    }
    return QStringLiteral("unavailable");
}

QString GateVerdict::headline() const
{
    switch (kind) {
    case Kind::Admitted:
        return QCoreApplication::translate("GateVerdict", "Welcome in");
    case Kind::Check:
        return QCoreApplication::translate("GateVerdict", "Check the document");
    case Kind::Refused:
        break;
    }
    switch (reason) {
    case Reason::AlreadyUsed:
        return QCoreApplication::translate("GateVerdict", "Already used");
    case Reason::Cancelled:
        if (replaced)
            return QCoreApplication::translate("GateVerdict", "Replaced ticket");
        return QCoreApplication::translate("GateVerdict", "Cancelled ticket");
    case Reason::WrongScreening:
        return QCoreApplication::translate("GateVerdict", "Another screening");
    case Reason::WrongRoom:
        return QCoreApplication::translate("GateVerdict", "Another room");
    case Reason::TooEarly:
        return QCoreApplication::translate("GateVerdict", "Too early");
    case Reason::TooLate:
        return QCoreApplication::translate("GateVerdict", "Too late");
    case Reason::Forged:
        return QCoreApplication::translate("GateVerdict", "Forged or altered code");
    case Reason::RevokedKey:
        return QCoreApplication::translate("GateVerdict", "Revoked terminal");
    case Reason::UnknownVersion:
        return QCoreApplication::translate("GateVerdict", "Unknown code version");
    case Reason::NotSold:
        return QCoreApplication::translate("GateVerdict", "Ticket not found");
    case Reason::NotMarquee:
        return QCoreApplication::translate("GateVerdict", "Not a Marquee ticket");
    case Reason::NoCode:
        return QCoreApplication::translate("GateVerdict", "No code found");
    case Reason::Unavailable:
    case Reason::Valid:
    case Reason::CheckDocument:
        break;
    }
    return QCoreApplication::translate("GateVerdict", "Could not check");
}

QString GateVerdict::explanation() const
{
    const QLocale locale;
    const auto time = [&locale](const QDateTime &t) {
        return locale.toString(t.toLocalTime().time(), QLocale::ShortFormat);
    };
    switch (reason) {
    case Reason::Valid:
        return QCoreApplication::translate("GateVerdict", "%1 · %2 · row %3, seat %4 · %5")
            .arg(filmTitle, roomName, rowLabel)
            .arg(seatNumber)
            .arg(ticketTypeName);
    case Reason::CheckDocument:
        return QCoreApplication::translate(
                   "GateVerdict", "%1 ticket: ask for the document. %2 · %3 · row %4, seat %5")
            .arg(ticketTypeName, filmTitle, roomName, rowLabel)
            .arg(seatNumber);
    case Reason::AlreadyUsed:
        return QCoreApplication::translate("GateVerdict", "Already used at %1 at %2.")
            .arg(time(usedAt), usedGate);
    case Reason::Cancelled:
        if (replaced && cancelledBy.isEmpty())
            return QCoreApplication::translate("GateVerdict",
                                               "Replaced at %1: this ticket was reissued, and "
                                               "only the new one enters.")
                .arg(time(cancelledAt));
        if (replaced)
            return QCoreApplication::translate("GateVerdict",
                                               "Replaced at %1: %2 reissued this ticket, and "
                                               "only the new one enters.")
                .arg(time(cancelledAt), cancelledBy);
        if (!cancelledAt.isValid())
            return QCoreApplication::translate("GateVerdict",
                                               "This ticket was refunded or cancelled.");
        if (cancelledBy.isEmpty())
            return QCoreApplication::translate("GateVerdict",
                                               "Cancelled at %1: it was given back at the "
                                               "counter.")
                .arg(time(cancelledAt));
        return QCoreApplication::translate("GateVerdict", "Cancelled at %1: given back by %2.")
            .arg(time(cancelledAt), cancelledBy);
    case Reason::WrongScreening:
        return QCoreApplication::translate("GateVerdict",
                                           "This ticket is for %1 at %2 in %3, not this one.")
            .arg(filmTitle, time(startsAt), roomName);
    case Reason::WrongRoom:
        return QCoreApplication::translate("GateVerdict", "This ticket is for %1 at %2 in %3.")
            .arg(filmTitle, time(startsAt), roomName);
    case Reason::TooEarly:
        return QCoreApplication::translate("GateVerdict", "%1 starts at %2: entry is not open yet.")
            .arg(filmTitle, time(startsAt));
    case Reason::TooLate:
        return QCoreApplication::translate("GateVerdict", "%1 started at %2: entry has closed.")
            .arg(filmTitle, time(startsAt));
    case Reason::Forged:
        return QCoreApplication::translate(
            "GateVerdict", "The code's signature does not match: it was changed or made up.");
    case Reason::RevokedKey:
        return QCoreApplication::translate(
            "GateVerdict",
            "It was issued by a terminal whose key was revoked. Send the customer to the "
            "counter.");
    case Reason::UnknownVersion:
        return QCoreApplication::translate(
            "GateVerdict", "The code was made by a newer Marquee. Update this gate.");
    case Reason::NotSold:
        return QCoreApplication::translate(
            "GateVerdict",
            "The code is genuine but no such sale was recorded. Send the customer to the "
            "counter.");
    case Reason::NotMarquee:
        return QCoreApplication::translate("GateVerdict",
                                           "This QR code is not a ticket of this cinema.");
    case Reason::NoCode:
        return QCoreApplication::translate("GateVerdict",
                                           "No QR code could be read in the picture.");
    case Reason::Unavailable:
        break;
    }
    return QCoreApplication::translate("GateVerdict",
                                       "The store did not answer. Scan the ticket again.");
}
