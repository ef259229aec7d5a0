// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailqueue.h"
#include "core/mail/mailsender.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

class Database;
class QTimer;
class SmtpMailer;

// MailSender's half that lives on the mail thread: the database connection, the PDF and the
// SMTP conversation all happen here.
class MailSenderWorker final : public QObject
{
    Q_OBJECT
public:
    MailSenderWorker(QString databasePath, MailSender::Policy policy,
                     const std::atomic<bool> *stopping);
    ~MailSenderWorker() override;

public Q_SLOTS:
    void start();
    void stop();
    // One batch of due rows, then the timer is set for the next.
    void sendDue();

Q_SIGNALS:
    void delivered(qint64 id, const QString &recipient);
    void failed(qint64 id, const QString &recipient, const QString &reason);
    void queueChanged(int pending);

private:
    bool openDatabase();
    void sendOne(MailQueue &queue, const SmtpMailer &mailer, const MailQueue::Entry &entry);
    void scheduleNext(bool configured);

    QString m_databasePath;
    MailSender::Policy m_policy;
    const std::atomic<bool> *m_stopping;
    std::unique_ptr<Database> m_database;
    QTimer *m_timer = nullptr;
    int m_lastPending = -1;
    // Sent, but the row could not be marked so (a locked or full disk): marked before anything
    // else is sent, and never sent again meanwhile.
    QSet<qint64> m_sentUnrecorded;
};
