// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlinkworker.h"

#include "database.h"
#include "localreplica.h"
#include "outbox.h"
#include "outboxreplayer.h"
#include "saleerror.h"
#include "seatleaser.h"
#include "serverlink.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcServerLink, "marquee.serverlink")

namespace {
const QString kChannel = QStringLiteral("marquee_seats");
}

ServerLinkWorker::ServerLinkWorker(QString serverUri, const Database &local,
                                   TerminalIdentity terminal)
    : m_uri(std::move(serverUri)), m_local(local), m_terminal(std::move(terminal))
{}

ServerLinkWorker::~ServerLinkWorker() = default;

void ServerLinkWorker::start()
{
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(ServerLink::kHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &ServerLinkWorker::heartbeat);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ServerLinkWorker::connectNow);
    connectNow();
}

void ServerLinkWorker::stop()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_retry)
        m_retry->stop();
    m_server.reset();
}

void ServerLinkWorker::connectNow()
{
    Q_EMIT stateChanged(int(ServerLink::State::Connecting), QString());
    m_server = Database::server(m_uri);
    if (const auto error = m_server->open()) {
        lost(*error);
        return;
    }
    QSqlDatabase db = m_server->connection();
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(kChannel)) {
        lost(db.lastError().text());
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &ServerLinkWorker::onNotification,
            Qt::UniqueConnection);
    if (const auto error = m_terminal.registerOn(*m_server, m_local)) {
        lost(*error);
        return;
    }
    // What was done offline reaches the server before anything is copied back from it.
    if (!replayOutbox())
        return;
    // Back online: unsold leases go back to general sale, and fresh ones are taken.
    renewLeases(true);
    // Subscribed before copying: a change made during the copy is pulled again after it.
    if (const auto error = LocalReplica::pullCatalogue(*m_server, m_local)) {
        lost(*error);
        return;
    }
    m_online = true;
    m_backoffMs = 500;
    m_heartbeat->start();
    qCInfo(lcServerLink) << "online:" << m_server->path();
    Q_EMIT catalogueChanged();
    Q_EMIT stateChanged(int(ServerLink::State::Online), m_server->path());
}

void ServerLinkWorker::lost(const QString &why)
{
    qCWarning(lcServerLink) << "server unreachable:" << why.trimmed() << "- retrying in"
                            << m_backoffMs << "ms";
    m_online = false;
    m_heartbeat->stop();
    m_server.reset(); // closes the connection; a new one is made on retry
    Q_EMIT stateChanged(int(ServerLink::State::Offline), why.trimmed());
    m_retry->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, 15000);
}

void ServerLinkWorker::heartbeat()
{
    if (!m_online || !m_server)
        return;
    if (!m_terminal.heartbeat(*m_server)) {
        lost(m_server->connection().lastError().text());
        return;
    }
    if (!replayOutbox())
        return;
    // New screenings come into the window as days pass: top the leases up now and then.
    if (++m_heartbeatsSinceLeases * ServerLink::kHeartbeatMs >= kLeaseRefreshMs)
        renewLeases(false);
}

void ServerLinkWorker::renewLeases(bool returnFirst)
{
    m_heartbeatsSinceLeases = 0;
    Outbox::purgeDone(m_local); // now and then, with the leases
    SeatLeaser leaser(*m_server, m_terminal);
    if (returnFirst) {
        const auto returned = leaser.returnAll();
        if (!returned)
            qCWarning(lcServerLink) << "leases not returned:" << returned.error().message();
        else if (*returned > 0)
            qCInfo(lcServerLink) << "returned" << *returned << "leased seats";
    }
    const auto leased = leaser.refresh();
    if (!leased)
        qCWarning(lcServerLink) << "leases not renewed:" << leased.error().message();
    else if (*leased > 0)
        qCInfo(lcServerLink) << *leased << "seats leased for offline sales";
}

bool ServerLinkWorker::replayOutbox()
{
    const int pending = Outbox::pendingCount(m_local);
    if (pending <= 0) {
        if (pending == 0 && m_lastOutboxDepth != 0)
            Q_EMIT outboxChanged(m_lastOutboxDepth = 0);
        return true;
    }
    Q_EMIT outboxChanged(m_lastOutboxDepth = pending);
    const auto report = OutboxReplayer(*m_server, m_local, m_terminal).replayPending();
    for (const QString &refusal : report.refusals)
        Q_EMIT outboxRefused(refusal);
    Q_EMIT outboxChanged(m_lastOutboxDepth = report.remaining);
    if (report.interrupted) {
        lost(m_server->connection().lastError().text());
        return false;
    }
    return true;
}

void ServerLinkWorker::pullScreening(int screeningId)
{
    if (!m_online || !m_server)
        return;
    if (const auto error = LocalReplica::pullSeats(*m_server, m_local, screeningId)) {
        lost(*error);
        return;
    }
    Q_EMIT seatsChanged(screeningId);
}

void ServerLinkWorker::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                      const QVariant &payload)
{
    if (name != kChannel)
        return;
    bool ok = false;
    const int screeningId = payload.toString().toInt(&ok);
    if (ok)
        pullScreening(screeningId);
}
