// SPDX-License-Identifier: GPL-3.0-or-later
// Can the gate read real ticket codes from frames that look photographed? Each condition
// decodes a few dozen seeded frames the way the gate does on live video (the Grayscale8 frame
// as luminance, tryHarder off) and asserts a decode rate a little under the one measured.
#include "cameraframes.h"
#include "core/tickets/qrcodedecoder.h"
#include "core/tickets/qrcodeimage.h"
#include "core/tickets/ticketcode.h"

#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(CameraFrames::Conditions)

namespace {
QList<QString> decodeAsGate(const QImage &frame)
{
    const QImage gray = frame.convertToFormat(QImage::Format_Grayscale8);
    return QrCodeDecoder::decodeLuminance(gray.constBits(), gray.width(), gray.height(),
                                          int(gray.bytesPerLine()), false);
}

CameraFrames::Conditions makeConditions(void (*change)(CameraFrames::Conditions &))
{
    CameraFrames::Conditions c;
    change(c);
    return c;
}
} // namespace

class TestQrRobustness : public QObject
{
    Q_OBJECT
private:
    QStringList m_codes;
    QList<QImage> m_qrs; // one pixel a module, quiet zone of 4
    QStringList m_table;
    // QRROBUSTNESS_SAVE_DIR=/some/dir saves the first frames of each condition as PNG files
    // there, to see what the decoder was given.
    const QString m_saveDir = qEnvironmentVariable("QRROBUSTNESS_SAVE_DIR");
    // QRROBUSTNESS_SEED=n moves every frame seed, to check the floors against other frames.
    const quint32 m_seedOffset = quint32(qEnvironmentVariableIntValue("QRROBUSTNESS_SEED")) * 7919;

    void saveFrame(const QImage &frame, QString name) const
    {
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        frame.save(m_saveDir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
        Q_UNUSED(publicKey);
        const QDateTime issued(QDate(2026, 11, 23), QTime(19, 42), Qt::UTC);
        // Small and large field values, so the varints (and the code lengths) differ.
        const QList<TicketCode::Payload> payloads = {
            {1, 1, 1, 1, 1, issued},
            {3, 104857, 1234, 56789, 2, issued.addDays(3)},
            {12, 7, 250000, 4000000, 5, issued.addSecs(-3600 * 24 * 300)},
            {200, 2000000000, 99, 123, 3, issued.addDays(700)},
            {65000, 65000, 65000, 65000, 65000, issued.addSecs(60)},
            {7, 300, 4242, 31337, 1, issued.addDays(-30)},
        };
        for (const TicketCode::Payload &p : payloads) {
            const QString code = TicketCode::encode(p, secretKey);
            QVERIFY(code.startsWith(QStringLiteral("MQ:")));
            const QImage qr = QrCodeImage::render(code, 4);
            QVERIFY(!qr.isNull());
            m_codes << code;
            m_qrs << qr;
            qInfo("ticket code of %lld characters: %d modules a side", qlonglong(code.size()),
                  qr.width() - 8);
        }
    }

    void cleanupTestCase()
    {
        qInfo("%-34s %9s %7s %7s", "condition", "frame", "rate", "floor");
        for (const QString &line : std::as_const(m_table))
            qInfo("%s", qPrintable(line));
    }

    void decodeRate_data()
    {
        using C = CameraFrames::Conditions;
        QTest::addColumn<QSize>("frameSize");
        QTest::addColumn<C>("conditions");
        QTest::addColumn<int>("frames");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<double>("floor");
        const QSize vga(640, 480);
        const QSize hd(1280, 720);

        // The floors sit below the rates measured over six runs (each with a fresh key, so other
        // codes, and QRROBUSTNESS_SEED=0..5 for other frames), given in the comments as
        // lowest-highest frames read. A floor of 0 marks a limit of ZXing 1.4 without tryHarder:
        // measured and shown in the table, not asserted.
        QTest::newRow("clean") << vga << C() << 30 << 100u << 0.95; // 30/30 always
        // 20/20 always.
        QTest::newRow("clean 720p")
            << hd << makeConditions([](C &c) { c.modulePixels = 6; }) << 20 << 200u << 0.95;
        // 24/24 always, at every angle.
        for (const int angle : {10, 30, 45, 90, 180}) {
            C c;
            c.rotationDegrees = angle;
            c.rotationJitter = 0;
            QTest::addRow("rotated %d", angle) << vga << c << 24 << quint32(300 + angle) << 0.95;
        }
        // 20 and 35 degrees: 30/30 always; 50 degrees: 24-28/30.
        for (const int tilt : {20, 35, 50}) {
            C c;
            c.tiltDegrees = tilt;
            c.rotationJitter = 180;
            QTest::addRow("perspective %d", tilt)
                << vga << c << 30 << quint32(400 + tilt) << (tilt < 50 ? 0.95 : 0.7);
        }
        // Blur: sigma 1.4 px on 4 px modules and 2.4 px on 6 px: 30/30 always. Sigma 2 px on
        // 4 px modules (half a module): 0-2/30. The cliff is near 0.45 module: 3 px modules
        // read 29/30 at sigma 1.15 px and 4/30 at 1.4 px.
        QTest::newRow("blur mild")
            << vga << makeConditions([](C &c) { c.blurRadius = 1; }) << 30 << 500u << 0.95;
        QTest::newRow("blur moderate 6px") << vga << makeConditions([](C &c) {
            c.modulePixels = 6;
            c.blurRadius = 2;
        }) << 30 << 510u << 0.95;
        QTest::newRow("blur moderate 4px") << vga << makeConditions([](C &c) {
            c.blurRadius = 2;
            c.blurPasses = 2;
        }) << 30 << 520u << 0.0;
        // Noise: ±20 and ±40 30/30 always; ±40 on 2.5 px modules 28-30/30. (±60 still read
        // 30/30 at 4 px, ±80 20/30.)
        QTest::newRow("noise 20") << vga << makeConditions([](C &c) { c.noise = 20; }) << 30 << 600u
                                  << 0.95;
        QTest::newRow("noise 40") << vga << makeConditions([](C &c) { c.noise = 40; }) << 30 << 610u
                                  << 0.95;
        QTest::newRow("noise 40 small") << vga << makeConditions([](C &c) {
            c.noise = 40;
            c.modulePixels = 2.5;
        }) << 30 << 620u << 0.85;
        // Contrast: 90 on 160 reads 30/30 always. 100 on 150 read only 0-3/30 with ZXing's
        // local binarizer alone, which takes a flat block for background and puts its
        // threshold at half its level: once light/dark is under about 1.6 the threshold falls
        // below the dark modules. QrCodeDecoder now tries one image-wide threshold when the
        // first pass finds nothing: 29-30/30 over four runs.
        QTest::newRow("low contrast 90/160") << vga << makeConditions([](C &c) {
            c.darkLevel = 90;
            c.lightLevel = 160;
        }) << 30 << 700u << 0.95;
        QTest::newRow("washed out 100/150") << vga << makeConditions([](C &c) {
            c.darkLevel = 100;
            c.lightLevel = 150;
        }) << 30 << 710u << 0.85;
        // Small: 2 px modules (a code about 90-100 px wide with its quiet zone) 29-30/30 in VGA
        // and 20/20 in 720p; 1.5 px modules 25-30/30.
        QTest::newRow("small 2px")
            << vga << makeConditions([](C &c) { c.modulePixels = 2; }) << 30 << 800u << 0.9;
        QTest::newRow("small 2px 720p")
            << hd << makeConditions([](C &c) { c.modulePixels = 2; }) << 20 << 810u << 0.95;
        QTest::newRow("small 1.5px")
            << vga << makeConditions([](C &c) { c.modulePixels = 1.5; }) << 30 << 820u << 0.7;
        // Phone screen 30/30 always; with glare (80% white at its core, half the code wide)
        // 28-30/30, on paper 28-30/30; a blown-out highlight (95%, 70% of the code) 6-11/30.
        QTest::newRow("phone screen")
            << vga << makeConditions([](C &c) { c.phoneScreen = true; }) << 30 << 900u << 0.95;
        QTest::newRow("phone screen glare") << vga << makeConditions([](C &c) {
            c.phoneScreen = true;
            c.glare = 0.8;
            c.glareSize = 0.5;
        }) << 30 << 910u << 0.85;
        QTest::newRow("phone screen strong glare") << vga << makeConditions([](C &c) {
            c.phoneScreen = true;
            c.glare = 0.95;
            c.glareSize = 0.7;
        }) << 30 << 920u << 0.1;
        QTest::newRow("paper glare") << vga << makeConditions([](C &c) {
            c.glare = 0.8;
            c.glareSize = 0.5;
        }) << 30 << 930u << 0.85;
        // All at once, milder: 28-30/30.
        QTest::newRow("everyday mix") << vga << makeConditions([](C &c) {
            c.rotationJitter = 25;
            c.tiltDegrees = 15;
            c.blurRadius = 1;
            c.blurPasses = 2;
            c.noise = 12;
            c.lightFalloff = 0.3;
            c.darkLevel = 45;
            c.lightLevel = 200;
        }) << 30 << 1000u << 0.85;
    }

    void decodeRate()
    {
        QFETCH(QSize, frameSize);
        QFETCH(CameraFrames::Conditions, conditions);
        QFETCH(int, frames);
        QFETCH(quint32, seed);
        QFETCH(double, floor);
        int exact = 0;
        int other = 0;
        for (int i = 0; i < frames; ++i) {
            const int which = i % m_codes.size();
            const QImage frame = CameraFrames::frameWithCode(
                m_qrs[which], frameSize, conditions, m_seedOffset + seed * 1000 + quint32(i));
            if (i < 2 && !m_saveDir.isEmpty())
                saveFrame(frame, QStringLiteral("%1-%2").arg(QTest::currentDataTag()).arg(i));
            const QList<QString> texts = decodeAsGate(frame);
            if (texts.contains(m_codes[which]))
                ++exact;
            else if (!texts.isEmpty())
                ++other;
        }
        // A misread would pass the QR's own error correction yet be a different text: never.
        QCOMPARE(other, 0);
        const double rate = double(exact) / frames;
        m_table << QStringLiteral("%1 %2 %3 %4")
                       .arg(QString::fromLatin1(QTest::currentDataTag()), -34)
                       .arg(QStringLiteral("%1x%2").arg(frameSize.width()).arg(frameSize.height()),
                            9)
                       .arg(QStringLiteral("%1/%2").arg(exact).arg(frames), 7)
                       .arg(floor > 0 ? QString::number(floor * 100) + QLatin1Char('%')
                                      : QStringLiteral("limit"),
                            7);
        QVERIFY2(rate >= floor, qPrintable(QStringLiteral("%1 of %2 frames read, floor %3%")
                                               .arg(exact)
                                               .arg(frames)
                                               .arg(floor * 100)));
    }

    void framesWithoutCodeDecodeToNothing()
    {
        // Desks and hands, clean and through a noisy, blurred camera: nothing is ever made up.
        CameraFrames::Conditions camera;
        camera.noise = 30;
        camera.blurRadius = 1;
        camera.blurPasses = 1;
        for (quint32 seed = 1; seed <= 30; ++seed) {
            const QSize size = seed % 3 ? QSize(640, 480) : QSize(1280, 720);
            QCOMPARE(decodeAsGate(CameraFrames::emptyFrame(size, seed)), QList<QString>());
            QCOMPARE(decodeAsGate(CameraFrames::emptyFrame(size, camera, seed)), QList<QString>());
        }
    }

    void foreignQrDecodesToItsOwnText()
    {
        // A QR on a snack voucher or a competitor's ticket: the gate reads it, and the ticket
        // rules then call it "not a Marquee code" rather than "unreadable".
        const QString foreign = QStringLiteral("https://example.com/ingressos/8F3K2P?sala=2");
        const QImage qr = QrCodeImage::render(foreign, 4);
        CameraFrames::Conditions c;
        c.rotationJitter = 20;
        int read = 0;
        for (quint32 i = 0; i < 12; ++i) {
            const QList<QString> texts =
                decodeAsGate(CameraFrames::frameWithCode(qr, QSize(640, 480), c, 5000 + i));
            if (texts == QList<QString>{foreign})
                ++read;
            else
                QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char(','))));
        }
        QCOMPARE(read, 12);
        const auto noKeys = [](quint32) {
            return std::optional<TicketCode::TerminalKey>();
        };
        QCOMPARE(TicketCode::verify(foreign, noKeys).status, TicketCode::Status::NotMarquee);
    }
};

QTEST_MAIN(TestQrRobustness)
#include "tst_qrrobustness.moc"
