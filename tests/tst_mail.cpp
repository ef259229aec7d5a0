// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets e-mailed from the queue, as the customer and the cashier see it: the mail arrives,
// in the language of the sale, with a PDF whose codes scan; a mail server that is away delays
// the mail and loses nothing; a refused address is reported once and not retried; a queued
// mail outlives the program. The happy paths go through a real SMTP server (aiosmtpd, started
// here) and libcurl; only the refusal uses a small fake, since aiosmtpd accepts everything.
#include "core/catalog/catalogrepository.h"
#include "core/documents/ticketdocument.h"
#include "core/mail/mailqueue.h"
#include "core/mail/mailsender.h"
#include "core/mail/smtpmailer.h"
#include "core/store/storesettings.h"
#include "core/tickets/qrcodedecoder.h"
#include "salehelpers.h"
#include "smtpserver.h"
#include "testdatabase.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TestHelpers;

using namespace SmtpTesting;

namespace {
// The codes a door would read from the PDF's pages, page by page (one code a page at most).
QStringList codesOnPages(const QString &pdf, const QString &workDir)
{
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf,
                  workDir + QStringLiteral("/page")});
    if (!render.waitForFinished(60000) || render.exitCode() != 0)
        return {};
    QStringList codes;
    const QStringList pages =
        QDir(workDir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &page : pages)
        codes << QrCodeDecoder::decode(QImage(workDir + QLatin1Char('/') + page)).value(0);
    return codes;
}

// What the counter queues at the end of a sale (as BoxOfficeWindow does): two full-price
// seats of a fresh screening.
TicketDocument::Content soldTickets(TestDatabase &t)
{
    const Screening screening = freshScreening(*t.database);
    const auto sale = sellFullPrice(*t.database, *t.authority, screening.id, 2);
    if (!sale) {
        qWarning() << sale.error().message();
        return {};
    }
    TicketDocument::Content content;
    content.receipt = *sale;
    content.screening = screening;
    for (const TicketType &type : CatalogRepository(*t.database).ticketTypes()) {
        content.ticketTypeNames.insert(type.id, type.displayName());
        content.ticketTypeIsMeia.insert(type.id, type.isMeia);
    }
    content.venueName = QStringLiteral("Marquee Cinemas");
    content.terminalName = t.identity.name();
    return content;
}

void useSmtp(const Database &db, quint16 port)
{
    StoreSettings settings(db);
    settings.setValue(QStringLiteral("smtp_url"), QStringLiteral("smtp://127.0.0.1:%1").arg(port));
    settings.setValue(QStringLiteral("smtp_from"),
                      QString::fromUtf8("Bilheteria Marquee <bilheteria@marquee.test>"));
}

// Fast retries so a test sees several attempts in seconds.
MailSender::Policy quickPolicy()
{
    MailSender::Policy policy;
    policy.firstRetryMs = 300;
    policy.maxRetryMs = 1000;
    policy.maxAttempts = 50;
    policy.idlePollMs = 400;
    policy.connectTimeoutSeconds = 3;
    policy.sendTimeoutSeconds = 10;
    return policy;
}
} // namespace

class TestMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The counter and the kiosk on one embedded file both send the queue: each mail goes once,
    // by whichever takes it first.
    void twoProgramsOnOneFileSendEachMailOnce()
    {
        TestDatabase t;
        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        SmtpServer server(mailbox);
        QVERIFY(server.start(freePort()));
        useSmtp(*t.database, server.port());
        for (int i = 0; i < 4; ++i)
            QVERIFY(!MailQueue(*t.database)
                         .enqueueTickets(soldTickets(t), QStringLiteral("x%1@y.test").arg(i))
                         .has_value());
        MailSender counter(t.path), kiosk(t.path);
        counter.setPolicy(quickPolicy());
        kiosk.setPolicy(quickPolicy());
        QSignalSpy byCounter(&counter, &MailSender::delivered);
        QSignalSpy byKiosk(&kiosk, &MailSender::delivered);
        counter.start();
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(byCounter.size() + byKiosk.size(), 4, 20000);
        QTest::qWait(1500); // more polls of both: nothing goes twice
        QCOMPARE(byCounter.size() + byKiosk.size(), 4);
        QCOMPARE(readMailbox(mailbox, work.path()).size(), 4);
    }

    // Someone else holds the terminal's file for longer than a write may wait: nothing is sent
    // twice meanwhile, and the mail goes once when the file is free.
    void aBusyFileSendsTheMailOnce()
    {
        TestDatabase t;
        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        SmtpServer server(mailbox);
        QVERIFY(server.start(freePort()));
        useSmtp(*t.database, server.port());
        QVERIFY(!MailQueue(*t.database)
                     .enqueueTickets(soldTickets(t), QStringLiteral("x@y.test"))
                     .has_value());
        Database other(t.path);
        QVERIFY(!other.open().has_value());
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        MailSender sender(t.path);
        sender.setPolicy(quickPolicy());
        QSignalSpy delivered(&sender, &MailSender::delivered);
        sender.start();
        QTest::qWait(7000);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QTest::qWait(1500);
        QCOMPARE(readMailbox(mailbox, work.path()).size(), 1);
    }

    // The mail server is away after a sale in English; by the time it is back the kiosk speaks
    // Portuguese to the next person. The tickets made right after the sale are the ones sent.
    void aRetrySendsThePdfOfTheSalesLanguage()
    {
        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        TestDatabase t;
        const quint16 port = freePort();
        useSmtp(*t.database, port); // nobody listens yet
        MailSender sender(t.path);
        sender.setPolicy(quickPolicy());
        QSignalSpy delivered(&sender, &MailSender::delivered);
        sender.start();
        const QLocale previous;
        QTranslator english;
        QVERIFY(english.load(QLocale(QStringLiteral("en")), QStringLiteral("marquee"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")));
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        QCoreApplication::installTranslator(&english);
        qint64 id = 0;
        QVERIFY(!MailQueue(*t.database)
                     .enqueueTickets(soldTickets(t), QStringLiteral("tourist@example.com"), &id)
                     .has_value());
        sender.wake();
        QTRY_VERIFY_WITH_TIMEOUT(!MailQueue(*t.database).entry(id)->pdf.isEmpty(), 10000);
        QCoreApplication::removeTranslator(&english);
        QTranslator portuguese;
        QVERIFY(portuguese.load(QLocale(QStringLiteral("pt_BR")), QStringLiteral("marquee"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCoreApplication::installTranslator(&portuguese);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&portuguese);
            QLocale::setDefault(previous);
        });
        SmtpServer server(mailbox);
        QVERIFY(server.start(port));
        sender.wake();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        const auto mails = readMailbox(mailbox, work.path());
        QCOMPARE(mails.size(), 1);
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {mails.first().attachmentPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(QStringLiteral("Receipt")), qPrintable(pdf.right(300)));
        QVERIFY(!pdf.contains(QStringLiteral("Recibo")));
    }

    void initTestCase()
    {
        QVERIFY2(QFile::exists(kPython), "/usr/bin/python3 is needed");
        QProcess probe;
        probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        QVERIFY(probe.waitForFinished(30000));
        QVERIFY2(probe.exitCode() == 0, "python3-aiosmtpd is needed; ./test.sh installs it");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdfinfo (poppler-utils) is needed; ./test.sh installs it");
    }

    void retryDelaysDoubleUpToTheCap()
    {
        const MailSender::Policy policy; // the defaults the counter runs with
        QCOMPARE(MailSender::retryDelayMs(policy, 1), 30'000);
        QCOMPARE(MailSender::retryDelayMs(policy, 2), 60'000);
        QCOMPARE(MailSender::retryDelayMs(policy, 3), 120'000);
        QCOMPARE(MailSender::retryDelayMs(policy, 6), 960'000);
        QCOMPARE(MailSender::retryDelayMs(policy, 7), 1'800'000);
        QCOMPARE(MailSender::retryDelayMs(policy, 40), 1'800'000);
    }

    void subjectsAreEncodedWords()
    {
        const QString subject = QString::fromUtf8(
            "Seus ingressos para Coração de Pedra — 24/11/2026 21:15 · sessão extra com "
            "legendas em português e áudio descrição");
        const QByteArray encoded = SmtpMailer::encodedWords(subject);
        QString decoded;
        for (const QByteArray &word : encoded.split(' ')) {
            QVERIFY(word.size() <= 75);
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            // Each word is whole UTF-8 on its own: no character split across two.
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
            decoded += QString::fromUtf8(bytes);
        }
        QCOMPARE(decoded, subject);
        QCOMPARE(SmtpMailer::addressOf(QStringLiteral("Bilheteria <b@x.test>")),
                 QStringLiteral("b@x.test"));
    }

    void ticketsArriveInTheLanguageOfTheSale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subjectStart");
        QTest::addColumn<QString>("attachmentStart");
        QTest::newRow("Portuguese counter")
            << QStringLiteral("pt_BR") << QStringLiteral("Seus ingressos para ")
            << QStringLiteral("ingressos-");
        QTest::newRow("English counter")
            << QStringLiteral("en") << QStringLiteral("Your tickets for ")
            << QStringLiteral("tickets-");
    }
    void ticketsArriveInTheLanguageOfTheSale()
    {
        QFETCH(QString, language);
        QFETCH(QString, subjectStart);
        QFETCH(QString, attachmentStart);
        // The interface's language, as main() sets it: the real catalogue built into the
        // program (marquee-ui's resources), so this is the Portuguese a customer reads.
        const QLocale previous;
        QLocale::setDefault(QLocale(language));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("marquee"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(previous);
        });

        TestDatabase t;
        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        SmtpServer server(mailbox);
        QVERIFY(server.start(freePort()));
        useSmtp(*t.database, server.port());
        const TicketDocument::Content content = soldTickets(t);
        QCOMPARE(content.receipt.tickets.size(), 2);

        MailSender sender(t.path);
        sender.setPolicy(quickPolicy());
        QSignalSpy delivered(&sender, &MailSender::delivered);
        QSignalSpy failed(&sender, &MailSender::failed);
        sender.start();
        qint64 id = 0;
        const QString customer = QStringLiteral("cliente.%1@example.com").arg(language);
        QCOMPARE(MailQueue(*t.database).enqueueTickets(content, customer, &id), std::nullopt);
        sender.wake();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().at(0).toLongLong(), id);
        QCOMPARE(delivered.first().at(1).toString(), customer);
        QCOMPARE(failed.size(), 0);

        const auto row = MailQueue(*t.database).entry(id);
        QVERIFY(row.has_value());
        QCOMPARE(row->status, MailQueue::Status::Sent);
        QCOMPARE(row->language, language);
        QCOMPARE(row->attempts, 1);

        const QList<ReceivedMail> mails = readMailbox(mailbox, work.path());
        QCOMPARE(mails.size(), 1);
        const ReceivedMail &mail = mails.first();
        QCOMPARE(mail.to, customer);
        QVERIFY2(mail.from.contains(QStringLiteral("bilheteria@marquee.test")),
                 qPrintable(mail.from));
        const Screening &s = content.screening;
        const QLocale locale(language);
        QCOMPARE(mail.subject, subjectStart + s.filmTitle + QString::fromUtf8(" — ") +
                                   locale.toString(s.startsAt().date(), QLocale::ShortFormat) +
                                   QLatin1Char(' ') +
                                   s.startsAt().time().toString(QStringLiteral("HH:mm")));
        QVERIFY2(mail.body.contains(s.filmTitle), qPrintable(mail.body));
        QVERIFY2(mail.body.contains(s.roomName), qPrintable(mail.body));
        for (const IssuedTicket &ticket : content.receipt.tickets)
            QVERIFY2(mail.body.contains(ticket.seatLabel()), qPrintable(mail.body));
        if (language == QLatin1String("pt_BR"))
            QVERIFY2(mail.body.contains(QStringLiteral("Sala:")), qPrintable(mail.body));
        else
            QVERIFY2(mail.body.contains(QStringLiteral("Room:")), qPrintable(mail.body));

        QCOMPARE(mail.attachments, 1);
        QCOMPARE(mail.attachmentType, QStringLiteral("application/pdf"));
        QCOMPARE(mail.attachmentName, attachmentStart + QString::number(content.receipt.order.id) +
                                          QStringLiteral(".pdf"));
        QCOMPARE(pdfPages(mail.attachmentPath), int(content.receipt.tickets.size()) + 1);
        // The door reads each ticket's signed code off the e-mailed PDF; the receipt has none.
        QStringList expected;
        for (const IssuedTicket &ticket : content.receipt.tickets)
            expected << ticket.code;
        expected << QString();
        QDir(work.path()).mkdir(QStringLiteral("pages"));
        QCOMPARE(codesOnPages(mail.attachmentPath, work.filePath(QStringLiteral("pages"))),
                 expected);
    }

    void mailWaitsForAServerThatIsAway()
    {
        TestDatabase t;
        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        const quint16 port = freePort(); // nobody listens there yet
        useSmtp(*t.database, port);
        MailSender sender(t.path);
        sender.setPolicy(quickPolicy());
        QSignalSpy delivered(&sender, &MailSender::delivered);
        QSignalSpy failed(&sender, &MailSender::failed);
        QSignalSpy queueChanged(&sender, &MailSender::queueChanged);
        sender.start();

        qint64 id = 0;
        QCOMPARE(
            MailQueue(*t.database).enqueueTickets(soldTickets(t), QStringLiteral("a@b.test"), &id),
            std::nullopt);
        sender.wake();
        MailQueue queue(*t.database);
        QTRY_VERIFY_WITH_TIMEOUT(queue.entry(id)->attempts >= 2, 15000);
        const MailQueue::Entry waiting = *queue.entry(id);
        QCOMPARE(waiting.status, MailQueue::Status::Pending);
        QVERIFY2(waiting.lastError.contains(QStringLiteral("cannot be reached")),
                 qPrintable(waiting.lastError));
        QVERIFY2(waiting.lastError.contains(QString::number(port)), qPrintable(waiting.lastError));
        QVERIFY(waiting.nextAttemptAtMs > waiting.createdAtMs);
        QCOMPARE(queue.pendingCount(), 1);
        QTRY_VERIFY(!queueChanged.isEmpty());
        QCOMPARE(queueChanged.last().at(0).toInt(), 1);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(failed.size(), 0); // a server that is away is not a failure yet

        SmtpServer server(mailbox);
        QVERIFY(server.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
        QCOMPARE(queue.entry(id)->status, MailQueue::Status::Sent);
        QTRY_COMPARE(queueChanged.last().at(0).toInt(), 0);
        const int attempts = queue.entry(id)->attempts;

        // Polls and wake-ups after that send nothing more.
        for (int i = 0; i < 3; ++i) {
            sender.wake();
            QTest::qWait(500);
        }
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(queue.entry(id)->attempts, attempts);
        const QList<ReceivedMail> mails = readMailbox(mailbox, work.path());
        QCOMPARE(mails.size(), 1);
        QCOMPARE(pdfPages(mails.first().attachmentPath), 3);
    }

    void refusalIsReportedOnceAndTransientAnswersAreRetried_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("permanent");
        QTest::newRow("550 unknown mailbox") << QByteArray("550 5.1.1 no such user") << true;
        QTest::newRow("450 mailbox busy")
            << QByteArray("450 4.2.1 mailbox busy, try later") << false;
    }
    void refusalIsReportedOnceAndTransientAnswersAreRetried()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, permanent);
        TestDatabase t;
        RefusingSmtpServer server(reply);
        useSmtp(*t.database, server.port());
        MailSender sender(t.path);
        sender.setPolicy(quickPolicy());
        QSignalSpy delivered(&sender, &MailSender::delivered);
        QSignalSpy failed(&sender, &MailSender::failed);
        sender.start();
        qint64 id = 0;
        const QString customer = QStringLiteral("nobody@example.com");
        QCOMPARE(MailQueue(*t.database).enqueueTickets(soldTickets(t), customer, &id),
                 std::nullopt);
        sender.wake();
        MailQueue queue(*t.database);
        const QString serverText = QString::fromLatin1(reply.mid(4));
        if (permanent) {
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
            QCOMPARE(failed.first().at(0).toLongLong(), id);
            QCOMPARE(failed.first().at(1).toString(), customer);
            const QString reason = failed.first().at(2).toString();
            QVERIFY2(reason.contains(serverText), qPrintable(reason));
            const MailQueue::Entry row = *queue.entry(id);
            QCOMPARE(row.status, MailQueue::Status::Failed);
            QCOMPARE(row.lastError, reason);
            QCOMPARE(row.attempts, 1);
            // No more tries, however often the sender looks.
            for (int i = 0; i < 3; ++i) {
                sender.wake();
                QTest::qWait(500);
            }
            QCOMPARE(server.rcptCount(), 1);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(queue.entry(id)->attempts, 1);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(server.rcptCount() >= 3, 15000);
            const MailQueue::Entry row = *queue.entry(id);
            QCOMPARE(row.status, MailQueue::Status::Pending);
            QVERIFY2(row.lastError.contains(serverText), qPrintable(row.lastError));
            QVERIFY(row.attempts >= 2);
            QCOMPARE(failed.size(), 0);
        }
        QCOMPARE(delivered.size(), 0);
    }

    void triesRunOutIntoAFailure()
    {
        TestDatabase t;
        useSmtp(*t.database, freePort()); // never answers
        MailSender sender(t.path);
        MailSender::Policy policy = quickPolicy();
        policy.firstRetryMs = 100;
        policy.maxAttempts = 3;
        sender.setPolicy(policy);
        QSignalSpy failed(&sender, &MailSender::failed);
        sender.start();
        qint64 id = 0;
        QCOMPARE(
            MailQueue(*t.database).enqueueTickets(soldTickets(t), QStringLiteral("a@b.test"), &id),
            std::nullopt);
        sender.wake();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        const MailQueue::Entry row = *MailQueue(*t.database).entry(id);
        QCOMPARE(row.status, MailQueue::Status::Failed);
        QCOMPARE(row.attempts, 3);
        QVERIFY2(row.lastError.contains(QStringLiteral("3")) &&
                     row.lastError.contains(QStringLiteral("cannot be reached")),
                 qPrintable(row.lastError));
    }

    void queuedMailOutlivesTheProgram()
    {
        TestDatabase t;
        QTemporaryDir work;
        const QString mailbox = work.filePath(QStringLiteral("mailbox"));
        const TicketDocument::Content content = soldTickets(t);
        qint64 id = 0;
        {
            // The sale's program: no mail settings yet, so its sender only keeps the row.
            MailSender sender(t.path);
            sender.setPolicy(quickPolicy());
            QSignalSpy queueChanged(&sender, &MailSender::queueChanged);
            sender.start();
            QCOMPARE(
                MailQueue(*t.database).enqueueTickets(content, QStringLiteral("c@d.test"), &id),
                std::nullopt);
            sender.wake();
            QTRY_VERIFY(!queueChanged.isEmpty() && queueChanged.last().at(0).toInt() == 1);
            QTest::qWait(500);
        }
        QCOMPARE(MailQueue(*t.database).entry(id)->attempts, 0);
        // The program goes (its connection closed with the file), and starts again.
        t.authority.reset();
        t.database.reset();
        Database reopened(t.path);
        QCOMPARE(reopened.open(), std::nullopt);
        const auto row = MailQueue(reopened).entry(id);
        QVERIFY(row.has_value());
        QCOMPARE(row->status, MailQueue::Status::Pending);
        QCOMPARE(row->recipient, QStringLiteral("c@d.test"));
        QCOMPARE(TicketDocument::contentToJson(*TicketDocument::contentFromJson(row->content)),
                 TicketDocument::contentToJson(content));

        SmtpServer server(mailbox);
        QVERIFY(server.start(freePort()));
        useSmtp(reopened, server.port());
        MailSender sender(t.path);
        sender.setPolicy(quickPolicy());
        QSignalSpy delivered(&sender, &MailSender::delivered);
        sender.start(); // nothing to wake it: the start itself sends what is due
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        const QList<ReceivedMail> mails = readMailbox(mailbox, work.path());
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().to, QStringLiteral("c@d.test"));
        QCOMPARE(pdfPages(mails.first().attachmentPath), 3);
    }
};

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
