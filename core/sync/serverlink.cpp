// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlink.h"

#include "core/sync/serverlinkworker.h"

ServerLink::ServerLink(QString serverUri, const Database &local, TerminalIdentity terminal,
                       QObject *parent)
    : QObject(parent),
      m_worker(new ServerLinkWorker(std::move(serverUri), local, std::move(terminal)))
{
    m_thread.setObjectName(QStringLiteral("marquee-server-link"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ServerLinkWorker::stateChanged, this, &ServerLink::onWorkerState);
    connect(m_worker, &ServerLinkWorker::seatsChanged, this, &ServerLink::seatsChanged);
    connect(m_worker, &ServerLinkWorker::catalogueChanged, this, &ServerLink::catalogueChanged);
    connect(m_worker, &ServerLinkWorker::outboxChanged, this, &ServerLink::outboxChanged);
    connect(m_worker, &ServerLinkWorker::outboxRefused, this, &ServerLink::outboxRefused);
    // Direct: the worker goes on only once whoever sells offline has stopped.
    connect(m_worker, &ServerLinkWorker::offlineSalesEnding, this, &ServerLink::offlineSalesEnding,
            Qt::DirectConnection);
    connect(m_worker, &ServerLinkWorker::offlineSalesResumed, this,
            &ServerLink::offlineSalesResumed, Qt::DirectConnection);
}

ServerLink::~ServerLink()
{
    QMetaObject::invokeMethod(m_worker, &ServerLinkWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ServerLink::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ServerLinkWorker::start, Qt::QueuedConnection);
}

void ServerLink::refreshScreening(int screeningId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, screeningId] { w->pullScreening(screeningId); },
        Qt::QueuedConnection);
}

void ServerLink::onWorkerState(int state, const QString &detail)
{
    auto next = State(state);
    // A retry while offline is still offline: "offline since" must not restart each time.
    if (m_state == State::Offline && next == State::Connecting) {
        Q_EMIT stateChanged(m_state, m_since, m_detail);
        return;
    }
    m_detail = detail;
    if (next != m_state) {
        m_state = next;
        m_since = QDateTime::currentDateTime();
    }
    Q_EMIT stateChanged(m_state, m_since, m_detail);
}
