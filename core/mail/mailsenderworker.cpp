// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailsenderworker.h"

#include "core/documents/ticketdocument.h"
#include "core/mail/smtpmailer.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMail, "marquee.mail")

MailSenderWorker::MailSenderWorker(QString databasePath, MailSender::Policy policy,
                                   const std::atomic<bool> *stopping)
    : m_databasePath(std::move(databasePath)), m_policy(policy), m_stopping(stopping)
{}

MailSenderWorker::~MailSenderWorker() = default;

void MailSenderWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MailSenderWorker::sendDue);
    sendDue();
}

void MailSenderWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    // Closed here: a QtSql connection must go on the thread that made it.
    m_database.reset();
}

bool MailSenderWorker::openDatabase()
{
    if (m_database)
        return true;
    // A Database of its own: its connection is this thread's, and goes with it in stop().
    auto database = std::make_unique<Database>(m_databasePath);
    if (const auto error = database->open()) {
        qCWarning(lcMail) << "cannot open" << m_databasePath << *error;
        return false;
    }
    m_database = std::move(database);
    return true;
}

void MailSenderWorker::sendDue()
{
    if (m_stopping->load() || !m_timer)
        return;
    m_timer->stop();
    if (!openDatabase()) {
        m_timer->start(m_policy.idlePollMs);
        return;
    }
    MailQueue queue(*m_database);
    const SmtpMailer::Settings settings =
        SmtpMailer::Settings::fromStore(StoreSettings(*m_database));
    if (settings.isComplete()) {
        SmtpMailer mailer(settings);
        mailer.setTimeouts(m_policy.connectTimeoutSeconds, m_policy.sendTimeoutSeconds);
        mailer.setCancelFlag(m_stopping);
        for (auto it = m_sentUnrecorded.begin(); it != m_sentUnrecorded.end();) {
            if (queue.markSent(*it, QDateTime::currentMSecsSinceEpoch()))
                it = m_sentUnrecorded.erase(it);
            else
                ++it;
        }
        const QList<MailQueue::Entry> batch = queue.due(QDateTime::currentMSecsSinceEpoch());
        for (const MailQueue::Entry &entry : batch) {
            if (m_stopping->load())
                return;
            if (!m_sentUnrecorded.contains(entry.id))
                sendOne(queue, mailer, entry);
        }
    }
    const int pending = queue.pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        Q_EMIT queueChanged(pending);
    }
    scheduleNext(settings.isComplete());
}

void MailSenderWorker::sendOne(MailQueue &queue, const SmtpMailer &mailer,
                               const MailQueue::Entry &entry)
{
    const auto giveUp = [&](const QString &reason) {
        queue.markFailed(entry.id, reason);
        qCWarning(lcMail) << "mail" << entry.id << "to" << entry.recipient << "failed:" << reason;
        Q_EMIT failed(entry.id, entry.recipient, reason);
    };
    // Ours alone until a send could have ended: another program on this file skips it, and
    // if we die meanwhile it is due again after that.
    const qint64 claimedAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 claimMs =
        (qint64(m_policy.connectTimeoutSeconds) + m_policy.sendTimeoutSeconds + 60) * 1000;
    if (!queue.claim(entry.id, claimedAt, claimedAt + claimMs))
        return;
    QByteArray pdf = entry.pdf;
    if (pdf.isEmpty()) {
        const auto content = TicketDocument::contentFromJson(entry.content);
        if (!content) {
            giveUp(MailSender::tr("The queued tickets cannot be read."));
            return;
        }
        QBuffer buffer;
        if (const auto error = TicketDocument(*content).writePdf(&buffer)) {
            giveUp(*error);
            return;
        }
        pdf = buffer.data();
        // Kept, so a retry sends the same pages in the language of the sale.
        queue.keepPdf(entry.id, pdf);
    }
    const auto error =
        mailer.send({entry.recipient, entry.subject, entry.body, pdf, entry.attachmentName});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!error) {
        // Recorded even while quitting: the server has it, it must never go twice.
        if (!queue.markSent(entry.id, now))
            m_sentUnrecorded.insert(entry.id);
        qCInfo(lcMail) << "mail" << entry.id << "sent to" << entry.recipient;
        Q_EMIT delivered(entry.id, entry.recipient);
        return;
    }
    // Quitting cut the send short: the claim runs out and the next start sends it.
    if (m_stopping->load())
        return;
    const int attempts = entry.attempts + 1;
    if (error->permanent) {
        giveUp(error->message);
    } else if (attempts >= m_policy.maxAttempts) {
        giveUp(MailSender::tr("Gave up after %n attempt(s): %1", nullptr, attempts)
                   .arg(error->message));
    } else {
        const qint64 delay = MailSender::retryDelayMs(m_policy, attempts);
        queue.scheduleRetry(entry.id, error->message, now + delay);
        qCInfo(lcMail) << "mail" << entry.id << "to" << entry.recipient << "retried in" << delay
                       << "ms:" << error->message;
    }
}

void MailSenderWorker::scheduleNext(bool configured)
{
    qint64 delay = m_policy.idlePollMs;
    if (configured) {
        if (const auto next = MailQueue(*m_database).nextAttemptAt())
            delay = std::clamp<qint64>(*next - QDateTime::currentMSecsSinceEpoch(), 0, delay);
    }
    m_timer->start(int(delay));
}
