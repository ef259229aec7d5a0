// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// What the gate decided about one scanned code, with everything the person at the door needs to
// read from a metre away and everything an audit log needs.
struct GateVerdict
{
    // Admitted: let them in. Check: let them in after looking at something (the meia-entrada
    // document). Refused: do not.
    enum class Kind { Admitted, Check, Refused };
    enum class Reason {
        Valid,          // admitted
        CheckDocument,  // admitted; a meia-entrada ticket needs its document shown
        AlreadyUsed,    // admitted before (usedAt, usedGate say when and where)
        Cancelled,      // refunded or cancelled
        WrongScreening, // for another screening than the one this gate admits to
        WrongRoom,      // for a screening in another room
        TooEarly,       // the screening's admission window has not opened
        TooLate,        // the admission window has closed
        Forged,         // a Marquee code whose signature does not match: altered or made up
        RevokedKey,     // signed by a terminal key after it was revoked
        UnknownVersion, // a newer code format than this gate reads
        NotSold,        // signed correctly, but the store has no such ticket
        NotMarquee,     // some other QR code
        Unavailable,    // the store did not answer; nothing was decided
        NoCode,         // a still image with no readable QR code in it
    };

    Kind kind = Kind::Refused;
    Reason reason = Reason::Unavailable;
    QDateTime scannedAt;

    // The ticket, when the code named one the store knows (ticketId 0 otherwise).
    qint64 ticketId = 0;
    int screeningId = 0;
    QDateTime startsAt;
    QString filmTitle;
    QString roomName;
    QString rowLabel;
    int seatNumber = 0;
    QString ticketTypeName;
    bool meia = false;
    QDateTime usedAt; // when AlreadyUsed
    QString usedGate;
    QDateTime cancelledAt;      // when Cancelled, if the store knows (a refund's time)
    QString cancelledBy;        // who gave it back, or reissued it
    bool replaced = false;      // Cancelled because a new ticket was issued for the seat
    QString detail;             // the store's error, when Unavailable
    bool judgedOffline = false; // on the local copy, with the server away

    // Stable codes for logs and audits: "admitted", "check", "refused".
    static QString kindCode(Kind kind);
    // "valid", "check_document", "already_used", "cancelled", "wrong_screening", "wrong_room",
    // "too_early", "too_late", "forged", "revoked_key", "unknown_version", "not_sold",
    // "not_marquee", "unavailable", "no_code".
    static QString reasonCode(Reason reason);

    // Translated, for the verdict panel: a few words in very large type…
    QString headline() const;
    // …and the sentence under it (why, or what to check).
    QString explanation() const;
};
