// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class MailSenderWorker;

// Sends the mail queue (MailQueue) in the background: on a thread of its own, with its own
// connection to the terminal's SQLite file, so neither the PDF nor the mail server ever holds
// up a sale. It sends each due row (rendering the tickets' PDF from the row), marks it sent,
// and on a failure that may pass (no connection, a timeout, a 4xx answer) tries again later
// with a doubling delay; a refusal (5xx) or too many attempts mark the row failed, with the
// reason kept. The SMTP settings are read from the store on every pass, so a fix applies at
// once. A crash between the server's "250 OK" and the row's update sends that mail again on
// the next start: at least once, never lost.
class MailSender final : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int firstRetryMs = 30'000;    // after the first failed attempt; doubles each time
        int maxRetryMs = 30 * 60'000; // never waits longer than this
        int maxAttempts = 10;         // about three hours of trying with the defaults
        int idlePollMs = 60'000;      // looks at the queue at least this often
        int connectTimeoutSeconds = 15;
        int sendTimeoutSeconds = 120;
    };

    // databasePath: the terminal's SQLite file (Database::path()), already migrated.
    explicit MailSender(QString databasePath, QObject *parent = nullptr);
    // Stops the thread, and a send in progress within about a second.
    ~MailSender() override;
    Q_DISABLE_COPY_MOVE(MailSender)

    // Before start().
    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    void start();
    bool isRunning() const { return m_thread.isRunning(); }

    // How long to wait after the attempts-th failed attempt.
    static qint64 retryDelayMs(const Policy &policy, int attempts);

public Q_SLOTS:
    // Sends what is due now instead of at the next poll (call after enqueuing).
    void wake();

Q_SIGNALS:
    // In the thread that owns the MailSender.
    void delivered(qint64 id, const QString &recipient);
    void failed(qint64 id, const QString &recipient, const QString &reason);
    void queueChanged(int pending);

private:
    QString m_databasePath;
    Policy m_policy;
    QThread m_thread;
    MailSenderWorker *m_worker = nullptr;
    std::atomic<bool> m_stopping{false};
};
