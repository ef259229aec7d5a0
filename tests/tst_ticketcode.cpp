// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/base45.h"
#include "core/tickets/qrcodedecoder.h"
#include "core/tickets/qrcodeimage.h"
#include "core/tickets/ticketcode.h"

#include <QPainter>
#include <QTest>

namespace {
TicketCode::Payload samplePayload()
{
    TicketCode::Payload p;
    p.terminalId = 3;
    p.serial = 104857;
    p.screeningId = 1234;
    p.seatId = 56789;
    p.ticketTypeId = 2;
    p.issuedAt = QDateTime(QDate(2026, 11, 23), QTime(19, 42), Qt::UTC);
    return p;
}
} // namespace

class TestTicketCode : public QObject
{
    Q_OBJECT
private:
    QByteArray m_public, m_secret, m_otherPublic, m_otherSecret;
    TicketCode::KeyLookup keys(const QDateTime &revokedAt = {}) const
    {
        return [=](quint32 id) -> std::optional<TicketCode::TerminalKey> {
            if (id == 3)
                return TicketCode::TerminalKey{m_public, revokedAt};
            if (id == 4)
                return TicketCode::TerminalKey{m_otherPublic, {}};
            return std::nullopt;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::tie(m_public, m_secret) = TicketCode::generateKeyPair();
        std::tie(m_otherPublic, m_otherSecret) = TicketCode::generateKeyPair();
    }

    void base45MatchesRfc9285()
    {
        // The RFC's own examples.
        QCOMPARE(Base45::encode("AB"), QStringLiteral("BB8"));
        QCOMPARE(Base45::encode("Hello!!"), QStringLiteral("%69 VD92EX0"));
        QCOMPARE(Base45::encode("ietf!"), QStringLiteral("QED8WEX0"));
        QCOMPARE(Base45::decode(QStringLiteral("QED8WEX0")).value(), QByteArray("ietf!"));
        QVERIFY(!Base45::decode(QStringLiteral("GGW")).has_value()); // 65535 < value
        QVERIFY(!Base45::decode(QStringLiteral("ab")).has_value());  // lowercase
        QVERIFY(!Base45::decode(QStringLiteral("A")).has_value());   // impossible length
    }

    void roundTrip()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        QVERIFY(code.startsWith(QStringLiteral("MQ:")));
        QVERIFY2(code.size() < 130, qPrintable(QString::number(code.size())));
        const auto v = TicketCode::verify(code, keys());
        QCOMPARE(v.status, TicketCode::Status::Valid);
        QVERIFY(v.payload == samplePayload());
    }

    void everyFlippedByteIsRefused()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        const QByteArray bytes = Base45::decode(code.mid(3)).value();
        for (int i = 0; i < bytes.size(); ++i) {
            for (const int bit : {0, 3, 7}) {
                QByteArray tampered = bytes;
                tampered[i] = char(tampered[i] ^ (1 << bit));
                const auto v =
                    TicketCode::verify(QStringLiteral("MQ:") + Base45::encode(tampered), keys());
                QVERIFY2(!v.isValid(),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            }
        }
    }

    void everyChangedCharacterIsRefused()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        for (int i = 0; i < code.size(); ++i) {
            QString tampered = code;
            tampered[i] = tampered[i] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
            QVERIFY2(!TicketCode::verify(tampered, keys()).isValid(),
                     qPrintable(QString::number(i)));
        }
    }

    void anotherTerminalsKeyIsRefused()
    {
        // Signed by terminal 4's key but claiming to be terminal 3.
        const QString forged = TicketCode::encode(samplePayload(), m_otherSecret);
        QCOMPARE(TicketCode::verify(forged, keys()).status, TicketCode::Status::BadSignature);
        TicketCode::Payload unknown = samplePayload();
        unknown.terminalId = 99;
        QCOMPARE(TicketCode::verify(TicketCode::encode(unknown, m_secret), keys()).status,
                 TicketCode::Status::UnknownKey);
    }

    void truncationIsRefused()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        for (const int cut : {1, 2, 3, 10, 60, int(code.size()) - 4}) {
            const auto v = TicketCode::verify(code.left(code.size() - cut), keys());
            QVERIFY2(!v.isValid(), qPrintable(QString::number(cut)));
        }
        QCOMPARE(TicketCode::verify(QStringLiteral("MQ:"), keys()).status,
                 TicketCode::Status::Malformed);
    }

    void unknownVersionAndForeignCodes()
    {
        QByteArray bytes =
            Base45::decode(TicketCode::encode(samplePayload(), m_secret).mid(3)).value();
        bytes[0] = 2;
        QCOMPARE(TicketCode::verify(QStringLiteral("MQ:") + Base45::encode(bytes), keys()).status,
                 TicketCode::Status::UnknownVersion);
        QCOMPARE(TicketCode::verify(QStringLiteral("https://example.com/ticket/1"), keys()).status,
                 TicketCode::Status::NotMarquee);
    }

    void revokedKeyRefusesLaterTickets()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        const QDateTime issued = samplePayload().issuedAt;
        QCOMPARE(TicketCode::verify(code, keys(issued.addSecs(3600))).status,
                 TicketCode::Status::Valid);
        QCOMPARE(TicketCode::verify(code, keys(issued.addSecs(-60))).status,
                 TicketCode::Status::RevokedKey);
    }

    void renderedQrDecodesToTheExactCode()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        const QImage image = QrCodeImage::render(code, 4, 4);
        QVERIFY(!image.isNull());
        const QList<QString> decoded = QrCodeDecoder::decode(image);
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded.first(), code);
        QVERIFY(TicketCode::verify(decoded.first(), keys()).isValid());
    }

    void renderedQrSmallAndRotatedStillDecodes()
    {
        const QString code = TicketCode::encode(samplePayload(), m_secret);
        QImage canvas(640, 480, QImage::Format_Grayscale8);
        canvas.fill(200);
        const QImage qr = QrCodeImage::render(code, 4, 4);
        QPainter p(&canvas);
        p.translate(320, 240);
        p.rotate(12);
        p.drawImage(QRectF(-130, -130, 260, 260), qr);
        p.end();
        const QList<QString> decoded = QrCodeDecoder::decode(canvas, true);
        QCOMPARE(decoded.value(0), code);
    }
};

QTEST_MAIN(TestTicketCode)
#include "tst_ticketcode.moc"
