// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

#include <csignal>
#include <unistd.h>

// A PostgreSQL 15 of a test's own, for fault tests that kill it: a data directory under /tmp,
// TCP on 127.0.0.1 (so a FaultProxy can stand in the line) and fsync off. The rest of the
// suite keeps the server ./test.sh started.
class ThrowawayServer
{
public:
    ~ThrowawayServer()
    {
        if (m_dir.isValid())
            pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")});
    }

    bool start()
    {
        if (!m_dir.isValid())
            return false;
        if (!QFile::exists(dataDir())) {
            if (geteuid() == 0 &&
                ::chown(qPrintable(m_dir.path()), postgresUid(), postgresGid()) != 0)
                return false;
            if (!run(QStringLiteral("/usr/lib/postgresql/15/bin/initdb"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                      QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                      QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
                return false;
            m_port = freePort();
        }
        if (!pgCtl({QStringLiteral("start"), QStringLiteral("-l"), m_dir.filePath("log"),
                    QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                   "-c max_connections=100")
                        .arg(m_port)
                        .arg(m_dir.path())}))
            return false;
        if (!m_created) {
            m_created = run(QStringLiteral("/usr/lib/postgresql/15/bin/createdb"),
                            {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
                             QString::number(m_port), QStringLiteral("-U"),
                             QStringLiteral("postgres"), QStringLiteral("marquee")});
            return m_created;
        }
        return true;
    }

    // SIGKILL to the postmaster, as a crash or the OOM killer would; its backends go with it.
    bool kill()
    {
        QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
        if (pid <= 0 || ::kill(pid, SIGKILL) != 0)
            return false;
        // The orphaned backends notice and exit; the next start needs them gone.
        for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
            QTest::qWait(50);
        QTest::qWait(300);
        return true;
    }

    int port() const { return m_port; }
    // Straight to the server, over TCP.
    QString uri() const { return uriFor(m_port); }
    static QString uriFor(int port)
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/marquee").arg(port);
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    static uid_t postgresUid() { return uid_t(std::stoi(idOf("-u"))); }
    static gid_t postgresGid() { return gid_t(std::stoi(idOf("-g"))); }
    static std::string idOf(const char *flag)
    {
        QProcess id;
        id.start(QStringLiteral("id"), {QString::fromLatin1(flag), QStringLiteral("postgres")});
        id.waitForFinished();
        return id.readAllStandardOutput().trimmed().toStdString();
    }
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    static bool run(const QString &program, QStringList args)
    {
        QString executable = program;
        if (geteuid() == 0) { // initdb and pg_ctl refuse root: run them as postgres
            args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                               QStringLiteral("--"), program} +
                   args;
            executable = QStringLiteral("runuser");
        }
        QProcess process;
        process.start(executable, args);
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            qWarning() << program << args << "failed:" << process.readAllStandardError()
                       << process.readAllStandardOutput();
            return false;
        }
        return true;
    }
    bool pgCtl(const QStringList &arguments)
    {
        return run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                   QStringList{QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                               QStringLiteral("-t"), QStringLiteral("30")} +
                       arguments);
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/marquee-faults-XXXXXX")};
    int m_port = 0;
    bool m_created = false;
};

// A loopback TCP relay between terminals and a server, on a thread of its own (the terminals
// under test block in libpq on theirs), that can cut the line (every connection dropped, new
// ones refused) or lose one answer: the next message from a client that contains a given text
// is passed on to the server, and that client's connection is closed before the answer can
// reach it — a COMMIT that reached the server while the line died.
class FaultProxy
{
public:
    explicit FaultProxy(int serverPort) : m_serverPort(serverPort)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~FaultProxy()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                delete m_listener;
                m_listener = nullptr;
                cutNow();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    int port() const { return m_port; }
    QString uri() const { return ThrowawayServer::uriFor(m_port); }

    void cut()
    {
        m_cut = true;
        QMetaObject::invokeMethod(
            &m_context, [this] { cutNow(); }, Qt::BlockingQueuedConnection);
    }
    void restore() { m_cut = false; }
    void loseAnswerTo(const QByteArray &text)
    {
        QMetaObject::invokeMethod(
            &m_context, [this, text] { m_loseAnswerTo = text; }, Qt::BlockingQueuedConnection);
    }
    void dropAt(const QByteArray &text)
    {
        QMetaObject::invokeMethod(
            &m_context, [this, text] { m_dropAt = text; }, Qt::BlockingQueuedConnection);
    }
    int answersLost() const { return m_answersLost; }

private:
    void listen()
    {
        m_listener = new QTcpServer(&m_context);
        m_listener->listen(QHostAddress::LocalHost, 0);
        m_port = m_listener->serverPort();
        QObject::connect(m_listener, &QTcpServer::newConnection, &m_context, [this] {
            while (QTcpSocket *client = m_listener->nextPendingConnection()) {
                if (m_cut) {
                    client->abort();
                    client->deleteLater();
                    continue;
                }
                relay(client);
            }
        });
    }
    void cutNow()
    {
        const auto sockets = m_context.findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
    }
    void relay(QTcpSocket *client)
    {
        client->setParent(&m_context);
        auto *server = new QTcpSocket(&m_context);
        auto pending = std::make_shared<QByteArray>();
        QObject::connect(server, &QTcpSocket::connected, server, [server, pending] {
            server->write(*pending);
            pending->clear();
        });
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, server, pending] {
            const QByteArray data = client->readAll();
            if (!m_dropAt.isEmpty() && data.contains(m_dropAt)) {
                m_dropAt.clear();
                client->abort();
                server->abort();
                return;
            }
            if (!m_loseAnswerTo.isEmpty() && data.contains(m_loseAnswerTo)) {
                m_loseAnswerTo.clear();
                ++m_answersLost;
                client->abort(); // the client hears nothing more
                server->write(data);
                server->flush();
                // The server gets the message whole before its line goes.
                QTimer::singleShot(500, server, [server] { server->disconnectFromHost(); });
                return;
            }
            if (server->state() == QAbstractSocket::ConnectedState)
                server->write(data);
            else
                pending->append(data);
        });
        QObject::connect(server, &QTcpSocket::readyRead, server, [client, server] {
            const QByteArray data = server->readAll();
            if (client->state() == QAbstractSocket::ConnectedState)
                client->write(data);
        });
        QObject::connect(client, &QTcpSocket::disconnected, server, [client, server] {
            server->disconnectFromHost();
            client->deleteLater();
        });
        QObject::connect(server, &QTcpSocket::disconnected, client, [client, server] {
            client->disconnectFromHost();
            server->deleteLater();
        });
        server->connectToHost(QHostAddress::LocalHost, quint16(m_serverPort));
    }

    QThread m_thread;
    QObject m_context;
    QTcpServer *m_listener = nullptr;
    int m_serverPort;
    int m_port = 0;
    std::atomic<bool> m_cut{false};
    QByteArray m_loseAnswerTo;
    QByteArray m_dropAt;
    std::atomic<int> m_answersLost{0};
};
