// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

// What a ticket's QR code says, and the rules for writing and checking it.
//
// Text form: "MQ:" + Base45(payload ‖ Ed25519 signature of payload). The payload is version 1:
// one version byte, then unsigned LEB128 varints: terminal id, ticket serial (per terminal, so
// terminals can issue tickets without asking anyone), screening id, seat id, ticket type id and
// issue time in minutes since 2024-01-01 UTC (so a revoked key's later tickets can be told
// apart). No field can be derived from another; a typical code is about 116 characters.
class TicketCode
{
public:
    static constexpr quint8 kVersion = 1;
    static constexpr int kSignatureBytes = 64;
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;

    struct Payload
    {
        quint32 terminalId = 0;
        quint32 serial = 0;
        quint32 screeningId = 0;
        quint32 seatId = 0;
        quint32 ticketTypeId = 0;
        QDateTime issuedAt; // kept to the minute

        bool operator==(const Payload &o) const;
    };

    enum class Status {
        Valid,
        NotMarquee,     // no "MQ:" prefix: some other QR code
        Malformed,      // prefix, but not decodable or truncated
        UnknownVersion, // a newer format than this build reads
        UnknownKey,     // signed by a terminal this store does not know
        RevokedKey,     // signed by a key after it was revoked
        BadSignature,   // altered or forged
    };

    struct TerminalKey
    {
        QByteArray publicKey;
        QDateTime revokedAt; // invalid when not revoked
    };
    using KeyLookup = std::function<std::optional<TerminalKey>(quint32 terminalId)>;

    struct Verification
    {
        Status status = Status::Malformed;
        Payload payload;
        bool isValid() const { return status == Status::Valid; }
    };

    static QByteArray serialize(const Payload &payload);
    static QString encode(const Payload &payload, const QByteArray &secretKey);
    static Verification verify(const QString &code, const KeyLookup &keys);

    // A new Ed25519 key pair: (public 32 bytes, secret 64 bytes).
    static std::pair<QByteArray, QByteArray> generateKeyPair();
    static QString statusCode(Status status);
};
