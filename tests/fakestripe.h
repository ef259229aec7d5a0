// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs tests/fakestripe.py (Stripe's wire protocol, see there) and plays the customer at its
// simulated reader through Stripe's own test helper.

#include "core/payments/stripepaymentprovider.h"
#include "smtpserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

class FakeStripe
{
public:
    static inline const QString kKey = QStringLiteral("sk_test_marquee");

    explicit FakeStripe(const QString &stateFile = QString()) : m_stateFile(stateFile) {}
    ~FakeStripe() { stop(); }

    bool start()
    {
        m_port = SmtpTesting::freePort();
        QStringList args{QStringLiteral(MARQUEE_TESTS_DIR "/fakestripe.py"),
                         QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--key"),
                         kKey};
        if (!m_stateFile.isEmpty())
            args << QStringLiteral("--state") << m_stateFile;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(SmtpTesting::kPython, args);
        if (!m_process.waitForReadyRead(10000))
            return false;
        return m_process.readLine().startsWith("ready");
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    // A provider's settings for this fake and one of its simulated readers, read quickly.
    StripePaymentProvider::Config config(const QString &reader) const
    {
        StripePaymentProvider::Config config;
        config.baseUrl = url();
        config.secretKey = kKey;
        config.readerId = reader;
        config.pollMs = 50;
        return config;
    }

    // The reader is showing a payment and waiting for a card.
    bool waitForPaymentOnReader(const QString &reader, int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const QJsonObject action = call("GET", QStringLiteral("/v1/terminal/readers/") + reader)
                                           .value(QStringLiteral("action"))
                                           .toObject();
            if (action.value(QStringLiteral("status")).toString() == QLatin1String("in_progress"))
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    // The customer taps a card (Stripe's test numbers decide the answer).
    QJsonObject presentCard(const QString &reader,
                            const QString &number = QStringLiteral("4242424242424242"))
    {
        return call("POST",
                    QStringLiteral("/v1/test_helpers/terminal/readers/%1/present_payment_method")
                        .arg(reader),
                    {{QStringLiteral("card_present[number]"), number}});
    }
    // {charged, refunded, succeeded, payment_intents}
    QJsonObject state() { return call("GET", QStringLiteral("/_fake/state")); }
    // The next count answers to paths starting with path are never sent: the connection closes.
    void dropAnswers(const QString &path, int count)
    {
        call("POST", QStringLiteral("/_fake/drop"),
             {{QStringLiteral("path"), path}, {QStringLiteral("count"), QString::number(count)}});
    }
    // The next count requests to paths starting with path are answered with this HTTP error
    // (429: too many requests; 5xx: Stripe's own failure), without being run.
    void failRequests(const QString &path, int count, int status)
    {
        call("POST", QStringLiteral("/_fake/fail"),
             {{QStringLiteral("path"), path},
              {QStringLiteral("count"), QString::number(count)},
              {QStringLiteral("status"), QString::number(status)}});
    }
    void stopDropping() { call("POST", QStringLiteral("/_fake/undrop")); }

    QJsonObject call(const QByteArray &verb, const QString &path,
                     const QList<QPair<QString, QString>> &form = {})
    {
        QNetworkRequest request(QUrl(url().toString() + path));
        request.setRawHeader("Authorization", "Bearer " + kKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery body;
        for (const auto &[k, v] : form)
            body.addQueryItem(k, v);
        QNetworkReply *reply =
            verb == "POST" ? m_network.post(request, body.query(QUrl::FullyEncoded).toUtf8())
                           : m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private:
    QString m_stateFile;
    quint16 m_port = 0;
    QProcess m_process;
    QNetworkAccessManager m_network;
};
