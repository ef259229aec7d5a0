// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlinkworker.h"

#include "core/sales/saleerror.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/sync/localreplica.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxreplayer.h"
#include "core/sync/seatleaser.h"
#include "core/sync/seatpuller.h"
#include "core/sync/serverlink.h"

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
    m_puller = new SeatPuller(m_uri, m_local, this);
    connect(m_puller, &SeatPuller::seatsChanged, this, &ServerLinkWorker::seatsChanged);
    connect(m_puller, &SeatPuller::catalogueChanged, this, &ServerLinkWorker::catalogueChanged);
    connectNow();
}

void ServerLinkWorker::stop()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_retry)
        m_retry->stop();
    delete m_puller;
    m_puller = nullptr;
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
    // The server answers: no new sale starts on the leases from here on, so that what is
    // queued is all there is when they are returned.
    Q_EMIT offlineSalesEnding();
    // What was done offline reaches the server before anything is copied back from it.
    if (!replayOutbox())
        return;
    if (!m_settledLeftovers)
        cancelInterruptedOrders();
    // Back online: unsold leases go back to general sale (but never a seat a sale still
    // queued here or still in progress offline uses); fresh ones are taken once online.
    returnLeases();
    // The first connect of a run copies everything before it says online, so "online" means
    // the copy is current (the window may just have opened on an empty one). Subscribed
    // before copying: a change made during the copy is copied again after it.
    if (!m_wasOnline) {
        if (const auto error = LocalReplica::pullCatalogue(*m_server, m_local)) {
            lost(*error);
            return;
        }
    }
    // Registration stamped the heartbeat before the outbox and the leases: stamp it again now
    // that they are done.
    if (const auto error = m_terminal.heartbeat(*m_server)) {
        lost(*error);
        return;
    }
    m_online = true;
    m_backoffMs = 500;
    m_heartbeat->start();
    // Taking fresh leases (a transaction per screening of the week) is for the next outage:
    // it goes a few screenings per heartbeat, which keeps its period.
    m_leasesShort = true;
    qCInfo(lcServerLink) << "online:" << m_server->path();
    // After an outage, what changed meanwhile is copied on the puller's thread, so that the
    // terminal sells again at once and the heartbeat keeps its period; the server decides
    // every sale, and a seat the copy still shows free is refused by it, with the seat named.
    if (m_wasOnline)
        m_puller->requestCatalogue();
    else
        Q_EMIT catalogueChanged();
    m_wasOnline = true;
    Q_EMIT stateChanged(int(ServerLink::State::Online), m_server->path());
}

void ServerLinkWorker::lost(const QString &why)
{
    qCWarning(lcServerLink) << "server unreachable:" << why.trimmed() << "- retrying in"
                            << m_backoffMs << "ms";
    m_online = false;
    m_heartbeat->stop();
    Q_EMIT offlineSalesResumed();
    m_server.reset(); // closes the connection; a new one is made on retry
    Q_EMIT stateChanged(int(ServerLink::State::Offline), why.trimmed());
    m_retry->start(m_backoffMs);
    // Capped low: a server back after a restart is found within seconds, and a refused or
    // timed-out attempt costs the link's own thread only.
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void ServerLinkWorker::heartbeat()
{
    if (!m_online || !m_server)
        return;
    // The error as the statement got it: asking the connection again would try to reconnect
    // first, and on a cut line wait for the connect timeout before saying offline.
    if (const auto error = m_terminal.heartbeat(*m_server, Outbox::pendingCount(m_local))) {
        lost(*error);
        return;
    }
    if (!replayOutbox())
        return;
    // New screenings come into the window as days pass: top the leases up now and then.
    if (m_leasesShort || ++m_heartbeatsSinceLeases * ServerLink::kHeartbeatMs >= kLeaseRefreshMs)
        renewLeases();
}

void ServerLinkWorker::cancelInterruptedOrders()
{
    // Before this run: this run's own sales are in its windows, and may still be paid.
    QSqlQuery q(m_server->connection());
    q.prepare(QStringLiteral(
        "SELECT o.id FROM orders o WHERE o.terminal_id = ? AND o.status = 'pending' AND "
        "o.created_at < marquee_now_ms() - ? AND NOT EXISTS (SELECT 1 FROM payments p WHERE "
        "p.order_id = o.id AND p.status IN ('pending', 'approved', 'refund_due'))"));
    q.addBindValue(m_terminal.terminalId());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - m_startedAtMs);
    if (!q.exec()) {
        m_server->recover(q.lastError());
        return; // asked again at the next connect
    }
    QList<int> orders;
    while (q.next())
        orders << q.value(0).toInt();
    q.finish();
    SqlSalesAuthority sales(*m_server, m_local, m_terminal);
    int cancelled = 0;
    for (const int id : std::as_const(orders)) {
        const auto result = sales.cancelOrder(id);
        if (!result && result.error().isUnanswered())
            return;
        cancelled += result ? 1 : 0;
    }
    if (cancelled > 0)
        qCInfo(lcServerLink) << "cancelled" << cancelled
                             << "order(s) an earlier run left unpaid; their seats are free";
    m_settledLeftovers = true;
}

void ServerLinkWorker::returnLeases()
{
    const auto returned = SeatLeaser(*m_server, m_terminal)
                              .returnAll(SeatLeaser::seatsInUseHere(m_local, m_terminal));
    if (!returned)
        qCWarning(lcServerLink) << "leases not returned:" << returned.error().message();
    else if (*returned > 0)
        qCInfo(lcServerLink) << "returned" << *returned << "leased seats";
}

void ServerLinkWorker::renewLeases()
{
    m_heartbeatsSinceLeases = 0;
    if (!m_leasesShort)
        Outbox::purgeDone(m_local); // now and then, with the leases
    SeatLeaser leaser(*m_server, m_terminal);
    const auto leased = leaser.refresh(7, kLeaseScreeningsPerBeat, &m_leasesShort);
    if (!leased)
        qCWarning(lcServerLink) << "leases not renewed:" << leased.error().message();
    else if (*leased > 0 && !m_leasesShort)
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
        lost(report.lastError.isEmpty()
                 ? tr("The server stopped answering while this terminal's queue was sent.")
                 : report.lastError);
        return false;
    }
    return true;
}

void ServerLinkWorker::pullScreening(int screeningId)
{
    // Never a pull here: under load a synchronous pull per notification would starve the
    // heartbeat and the outbox upload (see SeatPuller).
    if (m_online && m_puller)
        m_puller->request(screeningId);
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
