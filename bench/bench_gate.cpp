// SPDX-License-Identifier: GPL-3.0-or-later
// Frame arrival → verdict on screen, through the gate window as the door uses it: a camera
// frame (8-bit luminance, as webcams deliver YUV) offered to the scanner, decoded on its
// thread, judged and admitted in the store, painted full-window. Every frame holds another
// sold ticket, so every one is a real admission with its write. The baseline, measured in the
// same run on the same frames, is ZXing's decode alone.
//   QT_QPA_PLATFORM=offscreen build/bench/bench_gate [tickets per size, default 150]
#include "cameraframes.h"
#include "core/demo/demodata.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"
#include "core/tickets/qrcodedecoder.h"
#include "core/tickets/qrcodeimage.h"
#include "salehelpers.h"
#include "ui/gate/gatewindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrame>
#include <algorithm>
#include <cstdio>

namespace {
QVideoFrame toVideoFrame(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame video(QVideoFrameFormat(gray.size(), QVideoFrameFormat::Format_Y8));
    video.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < gray.height(); ++y)
        memcpy(video.bits(0) + y * video.bytesPerLine(0), gray.constScanLine(y), gray.width());
    video.unmap();
    return video;
}

QPair<double, double> medianAndP99(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2),
            ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99)))};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int perSize = argc > 1 ? std::max(10, atoi(argv[1])) : 150;

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (const auto e = db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(*e));
        return 1;
    }
    DemoData::populate(db, QDate::currentDate());
    auto identity = TerminalIdentity::loadOrCreate(db, QStringLiteral("Porta bench"), "gate");
    SqlSalesAuthority authority(db, *identity);

    // 2 × perSize tickets on screenings whose doors are open now.
    QList<QString> codes;
    QSqlQuery rooms(db.connection());
    rooms.exec(QStringLiteral("SELECT id FROM screenings WHERE sold_count = 0 ORDER BY seat_count "
                              "DESC LIMIT 4"));
    while (rooms.next() && codes.size() < 2 * perSize) {
        const int screening = rooms.value(0).toInt();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("UPDATE screenings SET starts_at = %1 WHERE id = %2")
                   .arg(QDateTime::currentMSecsSinceEpoch() + 600'000)
                   .arg(screening));
        q.exec(QStringLiteral("SELECT se.id FROM seats se JOIN screenings s ON s.room_id = "
                              "se.room_id WHERE s.id = %1 AND se.kind = 'standard'")
                   .arg(screening));
        QList<int> seats;
        while (q.next())
            seats << q.value(0).toInt();
        for (int i = 0; i + 10 <= seats.size() && codes.size() < 2 * perSize; i += 10) {
            const auto sale = TestHelpers::sell(authority, screening, seats.mid(i, 10), 1);
            if (!sale) {
                std::fprintf(stderr, "sale failed: %s\n", qPrintable(sale.error().message()));
                return 1;
            }
            for (const IssuedTicket &t : sale->tickets)
                codes << t.code;
        }
    }

    GateWindow window(db, db, *identity, QStringLiteral("bench"));
    window.resize(1280, 720);
    window.show();
    QList<double> totals;
    QEventLoop loop;
    QObject::connect(&window, &GateWindow::verdictShown, &loop,
                     [&](const GateVerdict &verdict, double totalMs) {
                         if (verdict.kind != GateVerdict::Kind::Admitted)
                             std::fprintf(stderr, "unexpected verdict %s\n",
                                          qPrintable(GateVerdict::reasonCode(verdict.reason)));
                         totals << totalMs;
                         loop.quit();
                     });

    CameraFrames::Conditions everyday; // a printed ticket held up: slight angle, some noise
    everyday.noise = 8;
    everyday.modulePixels = 4;
    int next = 0;
    for (const QSize size : {QSize(640, 480), QSize(1280, 720)}) {
        QList<QVideoFrame> frames;
        QList<double> decodeOnly;
        for (int i = 0; i < perSize; ++i) {
            const QImage image = CameraFrames::frameWithCode(QrCodeImage::render(codes[next + i]),
                                                             size, everyday, quint32(1000 + i));
            frames << toVideoFrame(image);
            // Baseline: ZXing alone on the same luminance buffer.
            QVideoFrame f = frames.last();
            f.map(QVideoFrame::ReadOnly);
            const qint64 start = GateScanner::clockNs();
            const auto texts =
                QrCodeDecoder::decodeLuminance(f.bits(0), f.width(), f.height(), f.bytesPerLine(0));
            decodeOnly << double(GateScanner::clockNs() - start) / 1e6;
            f.unmap();
            if (texts.isEmpty())
                frames.removeLast(); // the gate would wait for the next frame: not this test
        }
        next += perSize;
        totals.clear();
        for (const QVideoFrame &frame : std::as_const(frames)) {
            QTimer::singleShot(5, &window, [&] { window.scanner()->offerFrame(frame); });
            loop.exec();
        }
        const auto [decodeMedian, decodeP99] = medianAndP99(decodeOnly);
        const auto [totalMedian, totalP99] = medianAndP99(totals);
        std::printf("GATE %dx%d: %lld frames with a code (of %d)\n", size.width(), size.height(),
                    qlonglong(totals.size()), perSize);
        std::printf("  decode alone (baseline)       median %7.3f ms   p99 %7.3f ms\n",
                    decodeMedian, decodeP99);
        std::printf("  frame arrival -> verdict shown median %7.3f ms   p99 %7.3f ms   "
                    "(%.1fx the decode)\n",
                    totalMedian, totalP99, totalMedian / decodeMedian);
        std::fflush(stdout);
    }
    return 0;
}
