// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatescanner.h"

#include "core/tickets/qrcodedecoder.h"

#include <chrono>

namespace {
double msSince(qint64 startNs)
{
    return double(GateScanner::clockNs() - startNs) / 1e6;
}

// Formats whose first plane is 8-bit luminance: ZXing reads it in place, with no conversion.
bool hasLuminancePlane(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

QList<QString> decodeFrame(QVideoFrame frame)
{
    if (hasLuminancePlane(frame.pixelFormat()) && frame.map(QVideoFrame::ReadOnly)) {
        const auto texts = QrCodeDecoder::decodeLuminance(frame.bits(0), frame.width(),
                                                          frame.height(), frame.bytesPerLine(0));
        frame.unmap();
        return texts;
    }
    return QrCodeDecoder::decode(frame.toImage());
}
} // namespace

GateScanner::GateScanner(const Database &authority, const Database *localCopy, int terminalId,
                         QString gateName, GatePerson person)
    : m_judge(authority, localCopy, terminalId, std::move(gateName), std::move(person))
{}

GateScanner::~GateScanner() = default;

qint64 GateScanner::clockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool GateScanner::offerFrame(const QVideoFrame &frame)
{
    const qint64 arrivalNs = clockNs();
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        ++m_dropped;
        return false;
    }
    QMetaObject::invokeMethod(
        this, [this, frame, arrivalNs] { processFrame(frame, arrivalNs); }, Qt::QueuedConnection);
    return true;
}

void GateScanner::offerStill(const QImage &image)
{
    const qint64 arrivalNs = clockNs();
    QMetaObject::invokeMethod(
        this, [this, image, arrivalNs] { processStill(image, arrivalNs); }, Qt::QueuedConnection);
}

void GateScanner::submitCode(const QString &code, Source source)
{
    const qint64 arrivalNs = clockNs();
    QMetaObject::invokeMethod(
        this, [this, code, source, arrivalNs] { judge(code, source, -1.0, arrivalNs); },
        Qt::QueuedConnection);
}

void GateScanner::setScope(const GateScope &scope)
{
    QMetaObject::invokeMethod(
        this, [this, scope] { m_scope = scope; }, Qt::QueuedConnection);
}

void GateScanner::finish()
{
    // Queued behind everything offered so far.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

void GateScanner::processFrame(const QVideoFrame &frame, qint64 arrivalNs)
{
    const qint64 startNs = clockNs();
    const QList<QString> texts = decodeFrame(frame);
    const double decodeMs = msSince(startNs);
    m_busy = false; // the next frame may be decoded while this one is judged
    if (texts.isEmpty())
        return;
    ++m_decoded;
    const QString &code = texts.first();
    // A ticket held up to the camera shows in every frame: judge it once while it stays there.
    const bool repeated = code == m_lastCameraCode &&
                          clockNs() - m_lastCameraCodeNs < qint64(m_repeatWindowMs) * 1'000'000;
    m_lastCameraCode = code;
    m_lastCameraCodeNs = clockNs();
    if (!repeated)
        judge(code, Source::Camera, decodeMs, arrivalNs);
}

void GateScanner::processStill(const QImage &image, qint64 arrivalNs)
{
    const qint64 startNs = clockNs();
    const QList<QString> texts = QrCodeDecoder::decode(image, true);
    const double decodeMs = msSince(startNs);
    if (!texts.isEmpty()) {
        ++m_decoded;
        judge(texts.first(), Source::Camera, decodeMs, arrivalNs);
        return;
    }
    GateVerdict none;
    none.kind = GateVerdict::Kind::Refused;
    none.reason = GateVerdict::Reason::NoCode;
    none.scannedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT verdictReady(none, Source::Camera, decodeMs, arrivalNs);
}

void GateScanner::judge(const QString &code, Source source, double decodeMs, qint64 arrivalNs)
{
    const GateVerdict verdict = m_judge.judge(code, m_scope);
    Q_EMIT verdictReady(verdict, source, decodeMs, arrivalNs);
    if (const auto attendance = m_judge.attendance(verdict))
        Q_EMIT attendanceChanged(verdict.screeningId, attendance->admitted, attendance->expected);
}
