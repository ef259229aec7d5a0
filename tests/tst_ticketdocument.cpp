// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket PDF as a door sees it: printed (rendered by poppler), its QR code must read back
// as the exact signed code.
#include "qrcodedecoder.h"
#include "ticketcode.h"
#include "ticketdocument.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTicketDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfPagesCarryReadableCodes()
    {
        const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
        TicketDocument::Content content;
        content.screening.filmTitle = QString::fromUtf8("Crônicas do Sertão");
        content.screening.roomName = QStringLiteral("Sala 2");
        content.screening.setStartsAt(QDateTime(QDate(2026, 11, 24), QTime(21, 15)));
        content.venueName = QStringLiteral("Marquee Cinemas");
        content.terminalName = QStringLiteral("Caixa 1");
        content.ticketTypeNames = {{1, QStringLiteral("Inteira")},
                                   {2, QStringLiteral("Meia-entrada")}};
        content.ticketTypeIsMeia = {{2, true}};
        content.receipt.order.id = 77;
        content.receipt.order.totalCents = 4500;
        content.receipt.tenderedCents = 5000;
        content.receipt.changeCents = 500;
        QStringList codes;
        for (int i = 0; i < 2; ++i) {
            TicketCode::Payload p{5,
                                  quint32(100 + i),
                                  42,
                                  quint32(900 + i),
                                  quint32(1 + i),
                                  QDateTime::currentDateTimeUtc()};
            const QString code = TicketCode::encode(p, secretKey);
            codes << code;
            content.receipt.tickets.append(IssuedTicket{i + 1, 900 + i, QStringLiteral("F"), 10 + i,
                                                        1 + i, 3000 - i * 1500, quint32(100 + i),
                                                        code});
        }
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
};

QTEST_MAIN(TestTicketDocument)
#include "tst_ticketdocument.moc"
