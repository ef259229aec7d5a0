// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/terminalidentity.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

class Database;
class SeatPuller;

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
    // Emitted on the link's thread, for a direct connection: the server answers again, so no
    // new offline sale may start (what is queued goes up before any lease is returned) …
    void offlineSalesEnding();
    // … or the server was lost (again): offline sales may go on.
    void offlineSalesResumed();

private:
    void connectNow();
    void lost(const QString &why);
    void heartbeat();
    // Sends what was done offline; false (and offline) when the server went away meanwhile.
    bool replayOutbox();
    // After an outage: the leases nothing here uses go back to general sale.
    void returnLeases();
    // Tops the leases up (SeatLeaser::refresh).
    void renewLeases();
    // Orders this terminal left pending in an earlier run (a crash, a power cut) and that no
    // payment is waiting on: cancelled, so their seats are for sale again at once, not at the
    // end of their hold. A card payment pending is the payment sweep's to settle.
    void cancelInterruptedOrders();
    static constexpr int kLeaseRefreshMs = 5 * 60 * 1000;
    static constexpr int kMaxBackoffMs = 2000;
    static constexpr int kLeaseScreeningsPerBeat = 8;
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    QString m_uri;
    const Database &m_local;
    TerminalIdentity m_terminal;
    std::unique_ptr<Database> m_server;
    SeatPuller *m_puller = nullptr;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    int m_backoffMs = 500;
    bool m_online = false;
    int m_lastOutboxDepth = -1;
    int m_heartbeatsSinceLeases = 0;
    // When this run began (this machine's clock), and whether its leftovers were settled.
    qint64 m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    bool m_settledLeftovers = false;
    bool m_wasOnline = false;   // in this run
    bool m_leasesShort = false; // screenings still to be leased, a few each heartbeat
};
