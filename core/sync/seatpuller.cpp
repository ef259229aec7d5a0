// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatpuller.h"

#include "core/store/database.h"
#include "core/sync/localreplica.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSeatPuller, "marquee.seatpuller")

// The half on the puller's thread: its own server session, one batch at a time.
class SeatPullerWorker final : public QObject
{
    Q_OBJECT
public:
    SeatPullerWorker(QString serverUri, const Database &local)
        : m_uri(std::move(serverUri)), m_local(local)
    {}

    void pull(const QList<int> &screenings, bool catalogue)
    {
        if (!m_server)
            m_server = Database::server(m_uri); // connects on first use, reconnects by itself
        if (catalogue) {
            const auto error = LocalReplica::pullCatalogue(*m_server, m_local);
            if (error) {
                qCInfo(lcSeatPuller) << "catalogue not copied:" << *error;
                m_server->resetConnection();
            }
            Q_EMIT batchDone({}, !error);
            return;
        }
        QList<int> pulled;
        for (const int id : screenings) {
            if (const auto error = LocalReplica::pullSeats(*m_server, m_local, id)) {
                // The link notices a server that went away and copies everything again when
                // it is back; here the session is only made new for the next batch.
                qCInfo(lcSeatPuller) << "seats of screening" << id << "not copied:" << *error;
                m_server->resetConnection();
                continue;
            }
            pulled << id;
        }
        Q_EMIT batchDone(pulled, false);
    }

    void stop() { m_server.reset(); }

Q_SIGNALS:
    void batchDone(const QList<int> &pulled, bool catalogue);

private:
    QString m_uri;
    const Database &m_local;
    std::unique_ptr<Database> m_server;
};

SeatPuller::SeatPuller(const QString &serverUri, const Database &local, QObject *parent)
    : QObject(parent), m_worker(new SeatPullerWorker(serverUri, local))
{
    m_thread.setObjectName(QStringLiteral("marquee-seat-puller"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SeatPullerWorker::batchDone, this, &SeatPuller::onBatchDone);
    m_thread.start();
}

SeatPuller::~SeatPuller()
{
    QMetaObject::invokeMethod(m_worker, &SeatPullerWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SeatPuller::request(int screeningId)
{
    m_dirty.insert(screeningId);
    if (m_inFlight == 0)
        sendBatch();
}

void SeatPuller::requestCatalogue()
{
    m_catalogueWanted = true;
    if (m_inFlight == 0)
        sendBatch();
}

void SeatPuller::sendBatch()
{
    if (m_catalogueWanted) {
        // Every screening is copied with it: what was asked before is in it.
        m_catalogueWanted = false;
        m_dirty.clear();
        m_inFlight = 1;
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->pull({}, true); }, Qt::QueuedConnection);
        return;
    }
    if (m_dirty.isEmpty())
        return;
    const QList<int> batch(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    m_inFlight = int(batch.size());
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, batch] { w->pull(batch, false); }, Qt::QueuedConnection);
}

void SeatPuller::onBatchDone(const QList<int> &pulled, bool catalogue)
{
    m_inFlight = 0;
    if (catalogue)
        Q_EMIT catalogueChanged();
    for (const int id : pulled)
        Q_EMIT seatsChanged(id);
    sendBatch();
}

#include "seatpuller.moc"
