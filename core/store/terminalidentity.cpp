// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalidentity.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcIdentity, "marquee.identity")

std::optional<TerminalIdentity>
TerminalIdentity::loadOrCreate(const Database &database, const QString &name, const QString &kind)
{
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    const auto load = [&]() -> std::optional<TerminalIdentity> {
        if (!q.exec(QStringLiteral("SELECT t.id, t.name, t.public_key, l.secret_key "
                                   "FROM local_identity l JOIN terminals t "
                                   "ON t.id = l.terminal_id")))
            return std::nullopt;
        if (!q.next())
            return std::nullopt;
        TerminalIdentity id;
        id.m_terminalId = q.value(0).toInt();
        id.m_name = q.value(1).toString();
        id.m_publicKey = q.value(2).toByteArray();
        id.m_secretKey = q.value(3).toByteArray();
        return id;
    };
    if (auto existing = load())
        return existing;

    const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::nullopt;
    if (auto raced = load()) { // another process made it meanwhile
        q.exec(QStringLiteral("COMMIT"));
        return raced;
    }
    q.prepare(QStringLiteral("INSERT INTO terminals (name, kind, version, public_key, "
                             "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(name);
    q.addBindValue(kind);
    q.addBindValue(QStringLiteral(MARQUEE_VERSION));
    q.addBindValue(publicKey);
    q.addBindValue(now);
    q.addBindValue(now);
    bool ok = q.exec();
    const qint64 terminalId = q.lastInsertId().toLongLong();
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO local_identity (id, terminal_id, secret_key) "
                                 "VALUES (1, ?, ?)"));
        q.addBindValue(terminalId);
        q.addBindValue(secretKey);
        ok = q.exec();
    }
    if (!ok) {
        qCWarning(lcIdentity) << "cannot save the terminal key" << q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    q.exec(QStringLiteral("COMMIT"));
    qCInfo(lcIdentity) << "made the signing key of terminal" << terminalId;
    return load();
}

TicketCode::KeyLookup TerminalIdentity::keyLookup(const Database &database)
{
    return [&database](quint32 terminalId) -> std::optional<TicketCode::TerminalKey> {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT public_key, revoked_at FROM terminals WHERE id = ?"));
        q.addBindValue(terminalId);
        if (!q.exec() || !q.next())
            return std::nullopt;
        TicketCode::TerminalKey key;
        key.publicKey = q.value(0).toByteArray();
        if (!q.value(1).isNull())
            key.revokedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        return key;
    };
}

std::optional<QString> TerminalIdentity::registerOn(const Database &server, const Database &local,
                                                    const QString &kind)
{
    QSqlQuery q(server.connection());
    q.prepare(
        QStringLiteral("INSERT INTO terminals (name, kind, version, public_key, last_seen_at) "
                       "VALUES (?, ?, ?, ?, marquee_now_ms()) "
                       "ON CONFLICT (public_key) DO UPDATE SET version = excluded.version, "
                       "last_seen_at = excluded.last_seen_at RETURNING id, revoked_at"));
    q.addBindValue(m_name);
    q.addBindValue(kind);
    q.addBindValue(QStringLiteral(MARQUEE_VERSION));
    q.addBindValue(m_publicKey);
    if (!q.exec() || !q.next())
        return q.lastError().text();
    if (!q.value(1).isNull())
        return QCoreApplication::translate("TerminalIdentity",
                                           "This terminal's key was revoked on the server, so "
                                           "it cannot sell. Ask a manager to register it again.");
    const int serverId = q.value(0).toInt();
    if (serverId == m_terminalId)
        return std::nullopt;

    // Adopt the server's id locally: the row first, then the identity, then drop the old row.
    QSqlQuery l(local.connection());
    if (!l.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return l.lastError().text();
    l.prepare(
        QStringLiteral("INSERT OR REPLACE INTO terminals (id, name, kind, version, public_key, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    l.addBindValue(serverId);
    l.addBindValue(m_name);
    l.addBindValue(kind);
    l.addBindValue(QStringLiteral(MARQUEE_VERSION));
    l.addBindValue(m_publicKey);
    l.addBindValue(QDateTime::currentMSecsSinceEpoch());
    bool ok = l.exec();
    if (ok) {
        l.prepare(QStringLiteral("UPDATE local_identity SET terminal_id = ? WHERE id = 1"));
        l.addBindValue(serverId);
        ok = l.exec();
    }
    if (ok) {
        l.prepare(QStringLiteral("DELETE FROM terminals WHERE id = ? AND id <> ?"));
        l.addBindValue(m_terminalId);
        l.addBindValue(serverId);
        ok = l.exec();
    }
    if (!ok) {
        const QString error = l.lastError().text();
        l.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    l.exec(QStringLiteral("COMMIT"));
    qCInfo(lcIdentity) << "terminal" << m_terminalId << "is terminal" << serverId << "on"
                       << server.path();
    m_terminalId = serverId;
    return std::nullopt;
}

std::optional<QString> TerminalIdentity::heartbeat(const Database &server, int outboxDepth) const
{
    QSqlQuery q(server.connection());
    q.prepare(QStringLiteral("UPDATE terminals SET last_seen_at = marquee_now_ms(), version = ?, "
                             "outbox_depth = ? WHERE id = ?"));
    q.addBindValue(QStringLiteral(MARQUEE_VERSION));
    q.addBindValue(outboxDepth);
    q.addBindValue(m_terminalId);
    if (q.exec())
        return std::nullopt;
    return q.lastError().text().trimmed();
}
