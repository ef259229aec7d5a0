// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket PDF as a door sees it: printed (rendered by poppler), its QR code must read back
// as the exact signed code.
#include "core/documents/ticketdocument.h"
#include "core/tickets/qrcodedecoder.h"
#include "core/tickets/ticketcode.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Two tickets (one meia) for a film with accents, paid in cash; `codes` gets their signed codes.
TicketDocument::Content sampleContent(QStringList *codes)
{
    const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
    TicketDocument::Content content;
    content.screening.filmTitle = QString::fromUtf8("Crônicas do Sertão");
    content.screening.roomName = QStringLiteral("Sala 2");
    content.screening.setStartsAt(QDateTime(QDate(2026, 11, 24), QTime(21, 15)));
    content.venueName = QStringLiteral("Marquee Cinemas");
    content.terminalName = QStringLiteral("Caixa 1");
    content.ticketTypeNames = {{1, QStringLiteral("Inteira")}, {2, QStringLiteral("Meia-entrada")}};
    content.ticketTypeIsMeia = {{2, true}};
    content.receipt.order.id = 77;
    content.receipt.order.totalCents = 4500;
    content.receipt.tenderedCents = 5000;
    content.receipt.changeCents = 500;
    for (int i = 0; i < 2; ++i) {
        TicketCode::Payload p{5,
                              quint32(100 + i),
                              42,
                              quint32(900 + i),
                              quint32(1 + i),
                              QDateTime::currentDateTimeUtc()};
        const QString code = TicketCode::encode(p, secretKey);
        *codes << code;
        content.receipt.tickets.append(IssuedTicket{i + 1, 900 + i, QStringLiteral("F"), 10 + i,
                                                    1 + i, 3000 - i * 1500, quint32(100 + i),
                                                    code});
    }
    return content;
}
} // namespace

class TestTicketDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfPagesCarryReadableCodes()
    {
        QStringList codes;
        const TicketDocument::Content content = sampleContent(&codes);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("tickets.pdf"));
        const TicketDocument document(content);
        QCOMPARE(document.writePdf(pdf), QString());
        QCOMPARE(document.pageCount(), 3);

        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is needed; ./test.sh installs it");
        QProcess render;
        render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList pages =
            QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 2; ++i) {
            const QImage page(dir.filePath(pages[i]));
            QVERIFY(!page.isNull());
            QCOMPARE(QrCodeDecoder::decode(page), QList<QString>{codes[i]});
        }
        // The receipt page has no code.
        QVERIFY(QrCodeDecoder::decode(QImage(dir.filePath(pages[2]))).isEmpty());
    }

    // The mail queue keeps a sale as JSON text and renders its PDF later on another thread:
    // what comes back must make the same pages (codes, seats, types, receipt lines).
    void contentSurvivesJsonText()
    {
        QStringList codes;
        TicketDocument::Content content = sampleContent(&codes);
        Order &order = content.receipt.order;
        order.screeningId = 42;
        order.status = Order::Status::Paid;
        order.cpf = QStringLiteral("52998224725");
        order.email = QStringLiteral("ana@example.com");
        order.createdAt = QDateTime(QDate(2026, 11, 20), QTime(18, 1, 2, 345));
        order.lines = {{900, 1, 3000}, {901, 2, 1500}};
        content.receipt.method = PaymentMethod::Card;
        content.receipt.providerReference = QStringLiteral("SIM-4242");
        content.receipt.paidAt = QDateTime(QDate(2026, 11, 20), QTime(18, 2, 3, 456));
        content.screening.id = 42;
        content.screening.filmId = 7;
        content.screening.durationMinutes = 118;
        content.screening.rating = QStringLiteral("14");
        content.screening.roomId = 2;
        content.screening.priceCents = 3000;
        content.screening.meiaCapPercent = 35;
        content.receipt.tickets[1].serial = 4'000'000'000u; // beyond a signed 32-bit int

        const QJsonObject json = TicketDocument::contentToJson(content);
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const auto back = TicketDocument::contentFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.has_value());
        QCOMPARE(TicketDocument::contentToJson(*back), json);

        const SaleReceipt &r = back->receipt;
        QCOMPARE(r.order.id, 77);
        QCOMPARE(r.order.status, Order::Status::Paid);
        QCOMPARE(r.order.cpf, order.cpf);
        QCOMPARE(r.order.email, order.email);
        QCOMPARE(r.order.createdAt, order.createdAt);
        QCOMPARE(r.order.totalCents, 4500);
        QCOMPARE(r.order.lines.size(), 2);
        QCOMPARE(r.order.lines[1].priceCents, 1500);
        QCOMPARE(r.method, PaymentMethod::Card);
        QCOMPARE(r.providerReference, QStringLiteral("SIM-4242"));
        QCOMPARE(r.paidAt, content.receipt.paidAt);
        QCOMPARE(r.tickets.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(r.tickets[i].code, codes[i]);
            QCOMPARE(r.tickets[i].seatLabel(), content.receipt.tickets[i].seatLabel());
            QCOMPARE(r.tickets[i].ticketTypeId, content.receipt.tickets[i].ticketTypeId);
            QCOMPARE(r.tickets[i].priceCents, content.receipt.tickets[i].priceCents);
            QCOMPARE(r.tickets[i].serial, content.receipt.tickets[i].serial);
        }
        QCOMPARE(back->screening.filmTitle, QString::fromUtf8("Crônicas do Sertão"));
        QCOMPARE(back->screening.startsAt(), content.screening.startsAt());
        QCOMPARE(back->screening.roomName, QStringLiteral("Sala 2"));
        QCOMPARE(back->screening.meiaCapPercent, 35);
        QCOMPARE(back->ticketTypeNames, content.ticketTypeNames);
        QVERIFY(back->ticketTypeIsMeia.value(2));
        QVERIFY(!back->ticketTypeIsMeia.value(1));
        QCOMPARE(back->venueName, content.venueName);
        QCOMPARE(back->terminalName, content.terminalName);

        // In memory, as the mail worker makes it: a PDF, one page a ticket plus the receipt.
        QBuffer pdf;
        QCOMPARE(TicketDocument(*back).writePdf(&pdf), std::nullopt);
        QVERIFY(pdf.data().startsWith("%PDF-"));
        int pages = 0;
        auto it = QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))
                      .globalMatch(QString::fromLatin1(pdf.data()));
        for (; it.hasNext(); it.next())
            ++pages;
        QCOMPARE(pages, 3);

        QVERIFY(!TicketDocument::contentFromJson(QJsonObject()).has_value());
        QVERIFY(!TicketDocument::contentFromJson(
                     QJsonObject{{QStringLiteral("version"), 2},
                                 {QStringLiteral("receipt"), QJsonObject()},
                                 {QStringLiteral("screening"), QJsonObject()}})
                     .has_value());
    }
};

QTEST_MAIN(TestTicketDocument)
#include "tst_ticketdocument.moc"
