// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalsmodel.h"

#include "core/store/database.h"
#include "core/store/writetransaction.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}
} // namespace

TerminalsModel::TerminalsModel(const Database &store, const User &user, const Actor &actor,
                               QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_user(user), m_actor(actor)
{
    reload();
}

void TerminalsModel::reload()
{
    beginResetModel();
    m_terminals.clear();
    m_readAt = QDateTime::currentDateTime();
    QSqlQuery q(m_store.connection());
    // The lease token of a terminal is 'lease:<id>' (TerminalIdentity::leaseToken).
    if (q.exec(QStringLiteral(
            "SELECT t.id, t.name, t.kind, t.version, t.last_seen_at, t.revoked_at, "
            "t.outbox_depth, (SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id "
            "WHERE o.terminal_id = t.id AND p.status = 'pending'), (SELECT COUNT(*) FROM holds h "
            "WHERE h.hold_token = 'lease:' || t.id) FROM terminals t ORDER BY t.name"))) {
        while (q.next()) {
            Terminal t;
            t.id = q.value(0).toLongLong();
            t.name = q.value(1).toString();
            t.kind = q.value(2).toString();
            t.version = q.value(3).toString();
            t.lastSeen = fromMs(q.value(4));
            t.revokedAt = fromMs(q.value(5));
            t.outboxDepth = q.value(6).toInt();
            t.pendingCards = q.value(7).toInt();
            t.leasedSeats = q.value(8).toInt();
            m_terminals << t;
        }
    }
    endResetModel();
}

int TerminalsModel::rowOf(qint64 terminalId) const
{
    for (int row = 0; row < m_terminals.size(); ++row) {
        if (m_terminals[row].id == terminalId)
            return row;
    }
    return -1;
}

std::optional<QString> TerminalsModel::revoke(qint64 terminalId)
{
    return setRevoked(terminalId, true);
}

std::optional<QString> TerminalsModel::readmit(qint64 terminalId)
{
    return setRevoked(terminalId, false);
}

std::optional<QString> TerminalsModel::setRevoked(qint64 terminalId, bool revoked)
{
    if (!m_user.may(User::Act::ManageTerminals))
        return m_user.refusal(User::Act::ManageTerminals);
    const int row = rowOf(terminalId);
    if (row < 0)
        return tr("There is no such terminal.");
    const Terminal before = m_terminals[row];
    if (before.revokedAt.isValid() == revoked)
        return std::nullopt;
    QSqlDatabase db = m_store.connection();
    WriteTransaction tx(db, m_store);
    if (!tx.isOpen())
        return tr("The terminal could not be changed: %1").arg(tx.error());
    QSqlQuery q(db);
    q.prepare(revoked ? QStringLiteral("UPDATE terminals SET revoked_at = ? WHERE id = ?")
                      : QStringLiteral("UPDATE terminals SET revoked_at = NULL WHERE id = ?"));
    // Ticket codes keep their issue time to the minute: revoking from the start of this minute
    // refuses every code the terminal signs from now on (and any of the last few seconds).
    if (revoked)
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() / 60000 * 60000);
    q.addBindValue(terminalId);
    if (!q.exec()) {
        tx.rollback();
        if (Database::isPermissionError(q.lastError()))
            return tr("This connection may not change terminals: on a server, that takes a "
                      "manager's database login (README, \"People\").");
        return tr("The terminal could not be changed: %1").arg(q.lastError().text());
    }
    if (const auto error = AuditLog::record(
            m_store, db, m_actor,
            revoked ? QStringLiteral("terminal revoked") : QStringLiteral("terminal readmitted"),
            QStringLiteral("%1 (%2)").arg(before.name).arg(terminalId),
            revoked ? QStringLiteral("admitted") : QStringLiteral("revoked"),
            revoked ? QStringLiteral("revoked") : QStringLiteral("admitted"))) {
        tx.rollback();
        return tr("The terminal could not be changed: %1").arg(*error);
    }
    if (!tx.commit())
        return tr("The terminal could not be changed: %1").arg(tx.error());
    reload();
    return std::nullopt;
}

int TerminalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terminals.size());
}

int TerminalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TerminalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_terminals.size())
        return {};
    const Terminal &t = m_terminals[index.row()];
    const bool online = t.lastSeen.isValid() && t.lastSeen.msecsTo(m_readAt) < kOnlineWithinMs;
    if (role == Qt::ForegroundRole && index.column() == State)
        return QBrush(t.revokedAt.isValid() ? QColor(0xb7, 0x1c, 0x1c)
                      : online              ? QColor(0x1b, 0x5e, 0x20)
                                            : QColor(0x5d, 0x40, 0x37));
    // Numbers sort as numbers, times as times.
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case LastSeen:
            return t.lastSeen;
        case Outbox:
            return t.outboxDepth;
        case PendingCards:
            return t.pendingCards;
        case LeasedSeats:
            return t.leasedSeats;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.name;
    case Kind:
        if (t.kind == QLatin1String("kiosk"))
            return tr("kiosk");
        if (t.kind == QLatin1String("gate"))
            return tr("gate");
        return tr("counter");
    case Version:
        return t.version;
    case LastSeen:
        return t.lastSeen.isValid()
                   ? QLocale().toString(t.lastSeen, QStringLiteral("dd/MM HH:mm:ss"))
                   : tr("never");
    case State:
        if (t.revokedAt.isValid())
            return tr("revoked %1")
                .arg(QLocale().toString(t.revokedAt, QStringLiteral("dd/MM HH:mm")));
        // Without a server nothing beats: the embedded store's terminal is the store itself.
        if (!m_store.isPostgres())
            return tr("this computer");
        return online ? tr("online") : tr("offline");
    case Outbox:
        return t.outboxDepth;
    case PendingCards:
        return t.pendingCards;
    case LeasedSeats:
        return t.leasedSeats;
    }
    return {};
}

QVariant TerminalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Terminal");
    case Kind:
        return tr("Kind");
    case Version:
        return tr("Version");
    case LastSeen:
        return tr("Last seen");
    case State:
        return tr("State");
    case Outbox:
        return tr("Waiting to send");
    case PendingCards:
        return tr("Cards pending");
    case LeasedSeats:
        return tr("Leased seats");
    }
    return {};
}
