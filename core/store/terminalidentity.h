// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tickets/ticketcode.h"

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

    // Registers this terminal on a shared server (by its public key, so a restart finds the
    // same row), records version and last-seen time, and adopts the server's terminal id in
    // the local store. Returns an error message, or nothing.
    std::optional<QString> registerOn(const Database &server, const Database &local,
                                      const QString &kind = QStringLiteral("counter"));
    // Refreshes last_seen_at on the server, with how many sales and scans wait in this
    // terminal's outbox: the heartbeat managers watch in the console.
    std::optional<QString> heartbeat(const Database &server, int outboxDepth = 0) const;

    int terminalId() const { return m_terminalId; }
    QString name() const { return m_name; }
    QByteArray publicKey() const { return m_publicKey; }
    QByteArray secretKey() const { return m_secretKey; }
    // The hold token of this terminal's seat leases (see SeatLeaser).
    QString leaseToken() const { return leaseToken(m_terminalId); }
    static QString leaseToken(int terminalId)
    {
        return QStringLiteral("lease:") + QString::number(terminalId);
    }

    // Public keys of every terminal the store knows, for verifying codes.
    static TicketCode::KeyLookup keyLookup(const Database &database);

private:
    int m_terminalId = 0;
    QString m_name;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};
