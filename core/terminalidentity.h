// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketcode.h"

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

// This terminal: its id, name and Ed25519 key pair, made at first start and kept in the
// store. Only the public half is ever shared.
class TerminalIdentity
{
public:
    // Loads the identity from the store, making and saving a new one on first start.
    static std::optional<TerminalIdentity>
    loadOrCreate(const Database &database, const QString &name,
                 const QString &kind = QStringLiteral("counter"));

    int terminalId() const { return m_terminalId; }
    QString name() const { return m_name; }
    QByteArray publicKey() const { return m_publicKey; }
    QByteArray secretKey() const { return m_secretKey; }

    // Public keys of every terminal the store knows, for verifying codes.
    static TicketCode::KeyLookup keyLookup(const Database &database);

private:
    int m_terminalId = 0;
    QString m_name;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};
