// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's help assistant, asked what customers ask, in Portuguese and in English, against
// the demo cinema: every answer is checked against the catalogue itself, and what it cannot
// know it says so.
#include "core/assistant/catalogassistant.h"
#include "core/assistant/chatassistant.h"
#include "core/catalog/money.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTranslator>

namespace {
// A fixed evening, so that "today", "tomorrow" and "21h" mean the same in every run.
QDateTime evening()
{
    return QDateTime(QDate::currentDate(), QTime(17, 0));
}
// A stand-in for an OpenAI-compatible chat-completions server (a remote party we cannot run
// here), speaking its wire format over real HTTP: it keeps the last request and answers with
// `content`, or with an HTTP error, or not at all.
class FakeChatServer : public QObject
{
public:
    enum class Mode { Answer, Error, Silent };
    Mode mode = Mode::Answer;
    QString content;
    QByteArray lastBody;
    QByteArray lastAuthorization;

    FakeChatServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const QByteArray headers = buffer->left(headerEnd).toLower();
                    const qsizetype at = headers.indexOf("content-length:");
                    const int length =
                        at < 0 ? 0
                               : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15)
                                     .trimmed()
                                     .toInt();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    lastBody = buffer->mid(headerEnd + 4, length);
                    const qsizetype auth = headers.indexOf("authorization:");
                    lastAuthorization =
                        auth < 0 ? QByteArray()
                                 : buffer->mid(auth + 14, buffer->indexOf('\r', auth) - auth - 14)
                                       .trimmed();
                    buffer->clear();
                    if (mode == Mode::Silent)
                        return;
                    const QByteArray body =
                        mode == Mode::Error
                            ? QByteArray("{\"error\":{\"message\":\"overloaded\"}}")
                            : QJsonDocument(
                                  QJsonObject{
                                      {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                                      {QStringLiteral("object"), QStringLiteral("chat.completion")},
                                      {QStringLiteral("choices"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("index"), 0},
                                           {QStringLiteral("message"),
                                            QJsonObject{{QStringLiteral("role"),
                                                         QStringLiteral("assistant")},
                                                        {QStringLiteral("content"), content}}},
                                           {QStringLiteral("finish_reason"),
                                            QStringLiteral("stop")}}}}})
                                  .toJson(QJsonDocument::Compact);
                    socket->write((mode == Mode::Error ? "HTTP/1.1 503 Service Unavailable\r\n"
                                                       : "HTTP/1.1 200 OK\r\n") +
                                  QByteArray("Content-Type: application/json\r\nContent-Length: ") +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
};
} // namespace

class TestAssistant : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<CatalogAssistant> m_assistant;
    QTranslator m_portuguese;

    // A film that plays tomorrow, and its times.
    Screening tomorrowsFirst() const
    {
        return m_catalog
            ->search(QString(), evening().date().addDays(1), evening().date().addDays(1))
            .value(0);
    }
    QStringList timesOf(int filmId, const QDate &day) const
    {
        QStringList times;
        for (const Screening &s : m_catalog->search(QString(), day, day)) {
            if (s.filmId == filmId)
                times << QLocale().toString(s.startsAt().time(), QLocale::ShortFormat);
        }
        return times;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        m_catalog = std::make_unique<CatalogRepository>(*m_db->database);
        m_assistant = std::make_unique<CatalogAssistant>(*m_catalog, [] { return evening(); });
        QVERIFY(m_portuguese.load(QStringLiteral(":/i18n/marquee_pt_BR.qm")));
    }

    void showtimesTomorrow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("question");
        QTest::newRow("pt") << "pt_BR"
                            << "quando passa %1 amanhã?";
        QTest::newRow("pt, no accents, lower case") << "pt_BR"
                                                    << "que horas tem %1 amanha";
        QTest::newRow("en") << "en"
                            << "What time is %1 playing tomorrow?";
    }
    void showtimesTomorrow()
    {
        QFETCH(QString, language);
        QFETCH(QString, question);
        if (language == QLatin1String("pt_BR"))
            QCoreApplication::installTranslator(&m_portuguese);
        const Screening film = tomorrowsFirst();
        QVERIFY(film.id);
        const auto answer = m_assistant->answer(question.arg(
            language == QLatin1String("pt_BR") ? film.filmTitle : film.filmTitle.toUpper()));
        QCoreApplication::removeTranslator(&m_portuguese);
        QVERIFY(answer.understood);
        QVERIFY2(answer.text.contains(film.filmTitle), qPrintable(answer.text));
        for (const QString &time : timesOf(film.filmId, evening().date().addDays(1)))
            QVERIFY2(answer.text.contains(time), qPrintable(answer.text + " / " + time));
    }

    void priceOfMeia()
    {
        QCoreApplication::installTranslator(&m_portuguese);
        const auto pt = m_assistant->answer(QStringLiteral("Quanto custa a meia?"));
        QCoreApplication::removeTranslator(&m_portuguese);
        const auto en = m_assistant->answer(QStringLiteral("How much is a student ticket?"));
        qint64 cheapest = -1;
        for (const Screening &s :
             m_catalog->search(QString(), evening().date(), evening().date().addDays(7)))
            cheapest = cheapest < 0 ? s.priceCents : std::min(cheapest, s.priceCents);
        const QString meia = Money::format(Money::ticketPrice(cheapest, 0, 50));
        QVERIFY2(pt.understood && pt.text.contains(meia), qPrintable(pt.text));
        QVERIFY2(pt.text.contains(QStringLiteral("documento")), qPrintable(pt.text));
        QVERIFY2(en.understood && en.text.contains(meia), qPrintable(en.text));
        QVERIFY2(en.text.contains(QStringLiteral("document")), qPrintable(en.text));
    }

    void seatsLeftAtAnHour()
    {
        // A screening tonight at hh:mm: asked "ainda tem lugar às hhh?".
        Screening tonight;
        for (const Screening &s : m_catalog->search(QString(), evening().date(), evening().date()))
            if (s.startsAt() > evening())
                tonight = s;
        QVERIFY(tonight.id);
        const int hour = tonight.startsAt().time().hour();
        QCoreApplication::installTranslator(&m_portuguese);
        const auto pt = m_assistant->answer(QStringLiteral("ainda tem lugar às %1h?").arg(hour));
        QCoreApplication::removeTranslator(&m_portuguese);
        QVERIFY2(pt.understood && pt.text.contains(tonight.filmTitle), qPrintable(pt.text));
        QVERIFY2(pt.text.contains(QString::number(tonight.seatsLeft())), qPrintable(pt.text));
        QVERIFY2(pt.text.contains(QStringLiteral("lugar")), qPrintable(pt.text));
        const int twelveHour = hour > 12 ? hour - 12 : hour;
        const auto en = m_assistant->answer(
            QStringLiteral("Are there seats left at %1 pm tonight?").arg(twelveHour));
        QVERIFY2(en.understood && en.text.contains(tonight.filmTitle), qPrintable(en.text));
        QVERIFY2(en.text.contains(QStringLiteral("seat")), qPrintable(en.text));
    }

    void startingSoon()
    {
        const auto en = m_assistant->answer(QStringLiteral("What's on now?"));
        QVERIFY(en.understood);
        for (const Screening &s :
             m_catalog->search(QString(), evening().date(), evening().date())) {
            if (s.startsAt() > evening() && s.startsAt() < evening().addSecs(3 * 3600))
                QVERIFY2(en.text.contains(s.filmTitle), qPrintable(en.text));
        }
    }

    void saysWhatItDoesNotKnow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("counter");
        QTest::newRow("pt wifi") << "pt_BR"
                                 << "qual é a senha do wi-fi?"
                                 << "balcão";
        QTest::newRow("pt parking") << "pt_BR"
                                    << "onde fica o estacionamento?"
                                    << "balcão";
        QTest::newRow("en popcorn") << "en"
                                    << "Do you sell popcorn?"
                                    << "counter";
        QTest::newRow("en unknown film") << "en"
                                         << "When does Star Wars play?"
                                         << "counter";
    }
    void saysWhatItDoesNotKnow()
    {
        QFETCH(QString, language);
        QFETCH(QString, question);
        QFETCH(QString, counter);
        if (language == QLatin1String("pt_BR"))
            QCoreApplication::installTranslator(&m_portuguese);
        const auto answer = m_assistant->answer(question);
        QCoreApplication::removeTranslator(&m_portuguese);
        QVERIFY2(!answer.understood, qPrintable(answer.text));
        QVERIFY2(answer.text.contains(counter), qPrintable(answer.text));
    }

    // With an endpoint set, the model answers, told the catalogue's facts; when it fails or
    // says nothing in time, the built-in answer comes instead.
    void modelEndpointWithFallback()
    {
        FakeChatServer fake;
        fake.content = QStringLiteral("Sim, às 21h ainda há lugares.");
        ChatAssistant assistant(*m_catalog, [] { return evening(); });
        ChatAssistant::Endpoint endpoint{fake.url(), QStringLiteral("k-123"),
                                         QStringLiteral("local-model"), 800};
        assistant.setEndpoint(endpoint);
        QSignalSpy answered(&assistant, &ChatAssistant::answered);
        const Screening film = tomorrowsFirst();
        const QString question = QStringLiteral("quando passa %1 amanhã?").arg(film.filmTitle);

        assistant.ask(question);
        QVERIFY(answered.wait(5000));
        QVERIFY(answered.at(0).at(2).toBool());
        QCOMPARE(answered.at(0).at(1).value<CatalogAssistant::Answer>().text, fake.content);
        const QJsonObject request = QJsonDocument::fromJson(fake.lastBody).object();
        QCOMPARE(request.value(QStringLiteral("model")).toString(), QStringLiteral("local-model"));
        const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("system"));
        QVERIFY(messages.at(0)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(film.filmTitle));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), question);
        QCOMPARE(fake.lastAuthorization, QByteArray("Bearer k-123"));

        fake.mode = FakeChatServer::Mode::Error;
        assistant.ask(question);
        QVERIFY(answered.wait(5000));
        QVERIFY(!answered.at(1).at(2).toBool());
        QVERIFY(
            answered.at(1).at(1).value<CatalogAssistant::Answer>().text.contains(film.filmTitle));

        fake.mode = FakeChatServer::Mode::Silent;
        QElapsedTimer waited;
        waited.start();
        assistant.ask(question);
        QVERIFY(answered.wait(5000));
        QVERIFY(!answered.at(2).at(2).toBool());
        QVERIFY2(waited.elapsed() < 3000, "the kiosk waited on a silent endpoint");
    }
};

QTEST_GUILESS_MAIN(TestAssistant)
#include "tst_assistant.moc"
