// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcode.h"

#include "core/tickets/base45.h"

#include <sodium.h>

#include <cstring>

namespace {
const QString kPrefix = QStringLiteral("MQ:");
// Minutes are counted from here to keep the varint short.
const qint64 kEpochMs = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

void putVarint(QByteArray &out, quint32 value)
{
    do {
        quint8 byte = value & 0x7F;
        value >>= 7;
        if (value)
            byte |= 0x80;
        out.append(char(byte));
    } while (value);
}

std::optional<quint32> takeVarint(const QByteArray &in, int &pos)
{
    quint64 value = 0;
    for (int shift = 0; shift <= 28; shift += 7) {
        if (pos >= in.size())
            return std::nullopt;
        const quint8 byte = quint8(in.at(pos++));
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return value <= 0xFFFFFFFFu ? std::optional<quint32>(quint32(value)) : std::nullopt;
    }
    return std::nullopt;
}

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

bool TicketCode::Payload::operator==(const Payload &o) const
{
    return terminalId == o.terminalId && serial == o.serial && screeningId == o.screeningId &&
           seatId == o.seatId && ticketTypeId == o.ticketTypeId && issuedAt == o.issuedAt;
}

QByteArray TicketCode::serialize(const Payload &p)
{
    QByteArray out;
    out.reserve(24);
    out.append(char(kVersion));
    putVarint(out, p.terminalId);
    putVarint(out, p.serial);
    putVarint(out, p.screeningId);
    putVarint(out, p.seatId);
    putVarint(out, p.ticketTypeId);
    const qint64 minutes = std::max<qint64>(0, (p.issuedAt.toMSecsSinceEpoch() - kEpochMs) / 60000);
    putVarint(out, quint32(minutes));
    return out;
}

QString TicketCode::encode(const Payload &payload, const QByteArray &secretKey)
{
    if (!ensureSodium() || secretKey.size() != kSecretKeyBytes)
        return {};
    QByteArray message = serialize(payload);
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return kPrefix + Base45::encode(message + signature);
}

TicketCode::Verification TicketCode::verify(const QString &code, const KeyLookup &keys)
{
    Verification v;
    const QString text = code.trimmed();
    if (!text.startsWith(kPrefix)) {
        v.status = Status::NotMarquee;
        return v;
    }
    const auto bytes = Base45::decode(text.mid(kPrefix.size()));
    if (!bytes || bytes->size() < 1 + 6 + kSignatureBytes) {
        v.status = Status::Malformed;
        return v;
    }
    if (quint8(bytes->at(0)) != kVersion) {
        v.status = Status::UnknownVersion;
        return v;
    }
    const QByteArray message = bytes->left(bytes->size() - kSignatureBytes);
    const QByteArray signature = bytes->right(kSignatureBytes);
    int pos = 1;
    std::optional<quint32> fields[6];
    for (auto &f : fields)
        f = takeVarint(message, pos);
    for (const auto &f : fields) {
        if (!f) {
            v.status = Status::Malformed;
            return v;
        }
    }
    if (pos != message.size()) { // trailing bytes are not part of version 1
        v.status = Status::Malformed;
        return v;
    }
    v.payload.terminalId = *fields[0];
    v.payload.serial = *fields[1];
    v.payload.screeningId = *fields[2];
    v.payload.seatId = *fields[3];
    v.payload.ticketTypeId = *fields[4];
    v.payload.issuedAt =
        QDateTime::fromMSecsSinceEpoch(kEpochMs + qint64(*fields[5]) * 60000, Qt::UTC);
    const auto key = keys(v.payload.terminalId);
    if (!key || key->publicKey.size() != kPublicKeyBytes) {
        v.status = Status::UnknownKey;
        return v;
    }
    if (!ensureSodium() ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(signature.constData()),
            reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char *>(key->publicKey.constData())) != 0) {
        v.status = Status::BadSignature;
        return v;
    }
    if (key->revokedAt.isValid() && v.payload.issuedAt >= key->revokedAt) {
        v.status = Status::RevokedKey;
        return v;
    }
    v.status = Status::Valid;
    return v;
}

std::pair<QByteArray, QByteArray> TicketCode::generateKeyPair()
{
    ensureSodium();
    QByteArray pk(kPublicKeyBytes, Qt::Uninitialized);
    QByteArray sk(kSecretKeyBytes, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    return {pk, sk};
}

QString TicketCode::statusCode(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::NotMarquee:
        return QStringLiteral("not_marquee");
    case Status::Malformed:
        return QStringLiteral("malformed");
    case Status::UnknownVersion:
        return QStringLiteral("unknown_version");
    case Status::UnknownKey:
        return QStringLiteral("unknown_key");
    case Status::RevokedKey:
        return QStringLiteral("revoked_key");
    case Status::BadSignature:
        return QStringLiteral("forged");
    }
    return QStringLiteral("unknown");
}
