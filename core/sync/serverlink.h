// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/terminalidentity.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

class Database;
class ServerLinkWorker;

// The terminal's line to the shared server, on a thread of its own so that a slow or dead
// network never holds up a screen. It keeps the local copy current (the catalogue at connect,
// then each screening a NOTIFY names), says whether the server answers (online / offline /
// reconnecting, and since when), sends the heartbeat, and reconnects with backoff.
class ServerLink final : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Online, Offline };
    Q_ENUM(State)

    ServerLink(QString serverUri, const Database &local, TerminalIdentity terminal,
               QObject *parent = nullptr);
    ~ServerLink() override;
    Q_DISABLE_COPY_MOVE(ServerLink)

    void start();
    State state() const { return m_state; }
    QDateTime since() const { return m_since; }
    QString detail() const { return m_detail; }
    // Asks for a fresh copy of one screening's seats (answered by seatsChanged).
    void refreshScreening(int screeningId);

    // Heartbeat period; retries back off from 0.5 s up to 2 s.
    static constexpr int kHeartbeatMs = 2000;

Q_SIGNALS:
    void stateChanged(ServerLink::State state, const QDateTime &since, const QString &detail);
    // The local copy of this screening's seats was just updated.
    void seatsChanged(int screeningId);
    void catalogueChanged();
    // Operations done offline and not yet on the server; an upload the server refused.
    void outboxChanged(int pending);
    void outboxRefused(const QString &what);
    // Emitted on the link's own thread (connect with Qt::DirectConnection): the server answers
    // again and offline sales must stop before the outbox is sent and leases are returned; or
    // the server was lost again and they may go on.
    void offlineSalesEnding();
    void offlineSalesResumed();

private:
    void onWorkerState(int state, const QString &detail);

    QThread m_thread;
    ServerLinkWorker *m_worker;
    State m_state = State::Connecting;
    QDateTime m_since = QDateTime::currentDateTime();
    QString m_detail;
};
