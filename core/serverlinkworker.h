// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminalidentity.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

class Database;

// ServerLink's half that lives on the link's thread: every server call happens here.
class ServerLinkWorker final : public QObject
{
    Q_OBJECT
public:
    ServerLinkWorker(QString serverUri, const Database &local, TerminalIdentity terminal);
    ~ServerLinkWorker() override;

public Q_SLOTS:
    void start();
    void stop();
    void pullScreening(int screeningId);

Q_SIGNALS:
    void stateChanged(int state, const QString &detail); // ServerLink::State
    void seatsChanged(int screeningId);
    void catalogueChanged();
    void outboxChanged(int pending);
    void outboxRefused(const QString &what);

private:
    void connectNow();
    void lost(const QString &why);
    void heartbeat();
    // Sends what was done offline; false (and offline) when the server went away meanwhile.
    bool replayOutbox();
    void renewLeases(bool returnFirst);
    static constexpr int kLeaseRefreshMs = 5 * 60 * 1000;
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    QString m_uri;
    const Database &m_local;
    TerminalIdentity m_terminal;
    std::unique_ptr<Database> m_server;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    int m_backoffMs = 500;
    bool m_online = false;
    int m_lastOutboxDepth = -1;
    int m_heartbeatsSinceLeases = 0;
};
