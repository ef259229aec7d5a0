// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailsender.h"

#include "core/mail/mailsenderworker.h"

MailSender::MailSender(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("marquee-mail"));
}

MailSender::~MailSender()
{
    m_stopping = true; // a send in progress gives up at curl's next progress check
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &MailSenderWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void MailSender::start()
{
    if (m_worker)
        return;
    m_worker = new MailSenderWorker(m_databasePath, m_policy, &m_stopping);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MailSenderWorker::delivered, this, &MailSender::delivered);
    connect(m_worker, &MailSenderWorker::failed, this, &MailSender::failed);
    connect(m_worker, &MailSenderWorker::queueChanged, this, &MailSender::queueChanged);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, &MailSenderWorker::start, Qt::QueuedConnection);
}

void MailSender::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &MailSenderWorker::sendDue, Qt::QueuedConnection);
}

qint64 MailSender::retryDelayMs(const Policy &policy, int attempts)
{
    qint64 delay = policy.firstRetryMs;
    for (int i = 1; i < attempts && delay < policy.maxRetryMs; ++i)
        delay *= 2;
    return std::min<qint64>(delay, policy.maxRetryMs);
}
