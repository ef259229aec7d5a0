// SPDX-License-Identifier: GPL-3.0-or-later
// The gate's per-frame QR decode: QrCodeDecoder::decodeLuminance on a Grayscale8 frame (as the
// camera's Y plane would be), tryHarder off as on live video, for frames holding a ticket code
// and for frames with none (most frames at a door: nobody is showing a ticket yet).
//   build/bench/bench_gatedecode
#include "cameraframes.h"
#include "core/tickets/qrcodedecoder.h"
#include "core/tickets/qrcodeimage.h"
#include "core/tickets/ticketcode.h"
#include "latency.h"

#include <cstdio>

namespace {
constexpr int kFrames = 8;    // distinct frames per case, used in turn
constexpr int kWarmUp = 20;   // untimed calls first
constexpr int kSamples = 200; // timed calls

struct Case
{
    QString name;
    QList<QImage> frames; // Grayscale8
    QString expected;     // the code every frame must give, or empty for none
};

QList<QImage> grayFrames(const std::function<QImage(quint32)> &make)
{
    QList<QImage> frames;
    for (int i = 0; i < kFrames; ++i)
        frames << make(quint32(i + 1)).convertToFormat(QImage::Format_Grayscale8);
    return frames;
}

QList<QString> decode(const QImage &gray)
{
    return QrCodeDecoder::decodeLuminance(gray.constBits(), gray.width(), gray.height(),
                                          int(gray.bytesPerLine()), false);
}
} // namespace

int main()
{
    const auto [publicKey, secretKey] = TicketCode::generateKeyPair();
    Q_UNUSED(publicKey);
    const QString code =
        TicketCode::encode({3, 104857, 1234, 56789, 2, QDateTime::currentDateTimeUtc()}, secretKey);
    const QImage qr = QrCodeImage::render(code, 4);

    QList<Case> cases;
    for (const QSize size : {QSize(640, 480), QSize(1280, 720)}) {
        const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const int noise : {0, 20}) {
            CameraFrames::Conditions c;
            // A ticket held up at the door: 4 px a module in VGA, 6 in 720p (the same distance).
            c.modulePixels = size.height() == 480 ? 4 : 6;
            c.rotationJitter = 15;
            c.noise = noise;
            cases.append({QStringLiteral("gate decode %1 code, noise %2").arg(tag).arg(noise),
                          grayFrames([&](quint32 seed) {
                              return CameraFrames::frameWithCode(qr, size, c, seed);
                          }),
                          code});
        }
        // Sensor noise matters most where there is no code: every speck is a finder-pattern
        // candidate the detector has to reject.
        for (const int noise : {0, 10, 20}) {
            CameraFrames::Conditions c;
            c.noise = noise;
            cases.append(
                {QStringLiteral("gate decode %1 empty, noise %2").arg(tag).arg(noise),
                 grayFrames([&](quint32 seed) { return CameraFrames::emptyFrame(size, c, seed); }),
                 QString()});
        }
    }

    for (const Case &test : cases) {
        int i = 0;
        int right = 0;
        for (int w = 0; w < kWarmUp; ++w) {
            const QList<QString> texts = decode(test.frames[w % kFrames]);
            right += test.expected.isEmpty() ? texts.isEmpty() : texts.contains(test.expected);
        }
        const auto [median, p99] = reportLatency(test.name, kSamples, [&] {
            const QList<QString> texts = decode(test.frames[i++ % kFrames]);
            Q_UNUSED(texts);
        });
        Q_UNUSED(p99);
        std::printf("        %d of %d warm-up frames gave the expected result", right, kWarmUp);
        if (test.expected.isEmpty())
            std::printf("; one core keeps up with %.0f such frames/s", 1000.0 / median);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
