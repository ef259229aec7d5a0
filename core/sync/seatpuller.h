// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>

class Database;
class SeatPullerWorker;

// Copies screenings' seats from the server into the local copy on a thread of its own, so
// that a storm of seat notifications (every sale on every terminal sends one) never holds up
// the server link's heartbeat and outbox upload. Requests are coalesced per screening: while
// one batch is being copied, further requests only mark screenings dirty, and the next batch
// copies each of them once. Owned by the link's worker and used from its thread.
class SeatPuller final : public QObject
{
    Q_OBJECT
public:
    SeatPuller(const QString &serverUri, const Database &local, QObject *parent = nullptr);
    ~SeatPuller() override;
    Q_DISABLE_COPY_MOVE(SeatPuller)

    // Marks a screening to be copied; copies at once when no batch is in flight.
    void request(int screeningId);
    // The whole catalogue (after an outage): copied before any screening asked meanwhile.
    void requestCatalogue();
    // Screenings waiting or being copied.
    int backlog() const { return int(m_dirty.size()) + m_inFlight; }

Q_SIGNALS:
    // The local copy of this screening's seats was just updated.
    void seatsChanged(int screeningId);
    void catalogueChanged();

private:
    void sendBatch();
    void onBatchDone(const QList<int> &pulled, bool catalogue);

    QThread m_thread;
    SeatPullerWorker *m_worker;
    QSet<int> m_dirty;
    bool m_catalogueWanted = false;
    int m_inFlight = 0;
};
