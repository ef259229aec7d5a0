// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/auditlog.h"
#include "core/people/user.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class Database;

// Every terminal of the store, for the console: kind, version, when it was last heard from
// and whether it is online now, what waits in its outbox, its card payments still pending and
// the seats leased to it. An administrator revokes a terminal's key (its tickets issued from
// then on are refused at every gate, and the server refuses its sales) or admits it again,
// each with its audit line.
class TerminalsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Version,
        LastSeen,
        State,
        Outbox,
        PendingCards,
        LeasedSeats,
        ColumnCount
    };
    struct Terminal
    {
        qint64 id = 0;
        QString name;
        QString kind;
        QString version;
        QDateTime lastSeen;
        QDateTime revokedAt;
        int outboxDepth = 0;
        int pendingCards = 0;
        int leasedSeats = 0;
    };
    // Heard from within this long: online (the heartbeat comes every 2 s).
    static constexpr qint64 kOnlineWithinMs = 10 * 1000;

    TerminalsModel(const Database &store, const User &user, const Actor &actor,
                   QObject *parent = nullptr);

    void reload();
    Terminal terminalAt(int row) const { return m_terminals.value(row); }
    int rowOf(qint64 terminalId) const;

    // The reason when refused.
    std::optional<QString> revoke(qint64 terminalId);
    std::optional<QString> readmit(qint64 terminalId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<QString> setRevoked(qint64 terminalId, bool revoked);

    const Database &m_store;
    User m_user;
    Actor m_actor;
    QList<Terminal> m_terminals;
    QDateTime m_readAt;
};
