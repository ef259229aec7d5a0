// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real SMTP server for tests (aiosmtpd, with a Maildir), a fake one that refuses, and a way
// to read what arrived as a mail client would.

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace SmtpTesting {
// aiosmtpd is a Debian package for the system Python; a python3 found first on PATH (pyenv)
// may not have it.
inline const QString kPython = QStringLiteral("/usr/bin/python3");

// Reads a Maildir the way a mail client does (Python's email package, RFC 2047 and MIME
// decoded) and prints one JSON object per message; attachments are written to argv[2].
inline const char *const kReadMailbox = R"PY(
import json, mailbox, os, sys
from email import policy
from email.parser import BytesParser
box, out = sys.argv[1], sys.argv[2]
messages = []
if os.path.isdir(box):
    md = mailbox.Maildir(box, factory=None, create=False)
    for n, key in enumerate(sorted(md.keys())):
        msg = BytesParser(policy=policy.default).parsebytes(md.get_bytes(key))
        body = msg.get_body(preferencelist=('plain',))
        files = []
        for i, part in enumerate(msg.iter_attachments()):
            path = os.path.join(out, '%d-%d.pdf' % (n, i))
            with open(path, 'wb') as f:
                f.write(part.get_content())
            files.append({'name': part.get_filename(), 'type': part.get_content_type(),
                          'path': path})
        messages.append({'to': str(msg['To']), 'from': str(msg['From']),
                         'subject': str(msg['Subject']), 'date': str(msg['Date']),
                         'body': body.get_content() if body else None,
                         'attachments': files})
print(json.dumps(messages))
)PY";

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

inline bool portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

// A real SMTP server: aiosmtpd storing what it receives in a Maildir.
class SmtpServer
{
public:
    explicit SmtpServer(const QString &mailbox) : m_mailbox(mailbox) {}
    ~SmtpServer() { stop(); }

    // The Maildir must not exist yet: aiosmtpd answers 500 to every message otherwise.
    bool start(quint16 port)
    {
        m_port = port;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(kPython, {QStringLiteral("-m"), QStringLiteral("aiosmtpd"),
                                  QStringLiteral("-n"), QStringLiteral("-l"),
                                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-c"),
                                  QStringLiteral("aiosmtpd.handlers.Mailbox"), m_mailbox});
        if (!m_process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 100; ++i) {
            if (portAccepts(port))
                return true;
            if (m_process.state() != QProcess::Running)
                return false;
            QTest::qWait(100);
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }

private:
    QString m_mailbox;
    QProcess m_process;
    quint16 m_port = 0;
};

// Speaks just enough SMTP for curl, and answers RCPT with the reply it is given: a mail
// server that refuses the recipient. It runs on the test's (UI) thread, so a send made on
// that thread would never get an answer: every test using it also shows the sender works
// elsewhere.
class RefusingSmtpServer
{
public:
    explicit RefusingSmtpServer(QByteArray rcptReply) : m_rcptReply(std::move(rcptReply))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->write("220 refusing.test ESMTP\r\n");
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { answer(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    int rcptCount() const { return m_rcptCount; }

private:
    void answer(QTcpSocket *socket)
    {
        while (socket->canReadLine()) {
            const QByteArray command = socket->readLine().trimmed().left(4).toUpper();
            if (command == "EHLO" || command == "HELO") {
                socket->write("250 refusing.test\r\n");
            } else if (command == "RCPT") {
                ++m_rcptCount;
                socket->write(m_rcptReply + "\r\n");
            } else if (command == "QUIT") {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
            } else {
                socket->write("250 OK\r\n");
            }
        }
    }

    QTcpServer m_server;
    QByteArray m_rcptReply;
    int m_rcptCount = 0;
};

struct ReceivedMail
{
    QString to;
    QString from;
    QString subject;
    QString body;
    QString attachmentName;
    QString attachmentType;
    QString attachmentPath;
    int attachments = 0;
};

inline QList<ReceivedMail> readMailbox(const QString &mailbox, const QString &outDir)
{
    QProcess python;
    python.start(kPython,
                 {QStringLiteral("-c"), QString::fromLatin1(kReadMailbox), mailbox, outDir});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    QList<ReceivedMail> mails;
    const QJsonArray messages = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        ReceivedMail mail{m.value(QStringLiteral("to")).toString(),
                          m.value(QStringLiteral("from")).toString(),
                          m.value(QStringLiteral("subject")).toString(),
                          m.value(QStringLiteral("body")).toString(),
                          {},
                          {},
                          {},
                          0};
        const QJsonArray files = m.value(QStringLiteral("attachments")).toArray();
        mail.attachments = int(files.size());
        if (!files.isEmpty()) {
            const QJsonObject f = files.first().toObject();
            mail.attachmentName = f.value(QStringLiteral("name")).toString();
            mail.attachmentType = f.value(QStringLiteral("type")).toString();
            mail.attachmentPath = f.value(QStringLiteral("path")).toString();
        }
        mails << mail;
    }
    return mails;
}

// The page count poppler reads, or -1.
inline int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    if (!pdfinfo.waitForFinished(30000) || pdfinfo.exitCode() != 0)
        return -1;
    const QStringList lines = QString::fromUtf8(pdfinfo.readAllStandardOutput()).split('\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace SmtpTesting
