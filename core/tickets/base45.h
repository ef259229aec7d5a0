// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// RFC 9285 Base45: bytes as characters of the QR alphanumeric set, so a binary payload costs
// no more QR modules than raw bytes and every reader returns it unchanged.
class Base45
{
public:
    static QString encode(const QByteArray &bytes);
    // nullopt when the text has a character outside the alphabet or an impossible group.
    static std::optional<QByteArray> decode(const QString &text);
};
