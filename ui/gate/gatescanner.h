// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gate/failovergatekeeper.h"

#include <QImage>
#include <QObject>
#include <QVideoFrame>
#include <atomic>
#include <memory>

class Database;

// The gate's worker: lives on its own thread, finds QR codes in camera frames with ZXing and
// has them (and typed codes) judged by a FailoverGatekeeper, so the UI thread only shows
// verdicts.
// Frames are offered, not queued: while one is being decoded, newer ones are dropped, so the
// verdict always comes from a recent frame and a slow frame never builds a backlog.
class GateScanner final : public QObject
{
    Q_OBJECT

public:
    enum class Source { Camera, Scanner, Manual };
    Q_ENUM(Source)

    // localCopy: with a server as the authority, the terminal's local copy, where the gate
    // judges on its own (and queues its scans for the server) while the server is away.
    GateScanner(const Database &authority, const Database *localCopy, int terminalId,
                QString gateName, GatePerson person);
    ~GateScanner() override;

    // A steady clock in nanoseconds, shared by every thread, for arrival-to-verdict times.
    static qint64 clockNs();

    // Thread-safe. Returns false when the frame was dropped because decoding is busy.
    bool offerFrame(const QVideoFrame &frame);
    // A still image (a photo given with --camera-file): searched harder, and a frame with no
    // code gets a verdict of its own ("no_code") instead of silence.
    void offerStill(const QImage &image);
    // A code typed by a handheld scanner or by hand: always judged, never dropped.
    void submitCode(const QString &code, GateScanner::Source source);
    void setScope(const GateScope &scope);
    // The same code seen by the camera again within this time is not judged again.
    void setRepeatWindowMs(int ms) { m_repeatWindowMs = ms; }

    // Told by the server link (see FailoverGatekeeper).
    void setServerOnline(bool online) { m_judge.setServerOnline(online); }
    void setServerRetryMs(int ms) { m_judge.setServerRetryMs(ms); }
    bool isServerOnline() const { return m_judge.isServerOnline(); }

    int droppedFrames() const { return m_dropped.load(); }
    int decodedFrames() const { return m_decoded.load(); }

Q_SIGNALS:
    // decodeMs < 0 when nothing was decoded (typed codes); arrivalNs is clockNs() when the
    // frame or the code reached the gate.
    void verdictReady(const GateVerdict &verdict, GateScanner::Source source, double decodeMs,
                      qint64 arrivalNs);
    void attendanceChanged(int screeningId, int admitted, int expected);
    // After finish(): everything offered before it has been judged.
    void finished();

public Q_SLOTS:
    void finish();

private:
    void processFrame(const QVideoFrame &frame, qint64 arrivalNs);
    void processStill(const QImage &image, qint64 arrivalNs);
    void judge(const QString &code, Source source, double decodeMs, qint64 arrivalNs);

    // Its gatekeepers open their sessions on the worker thread, at the first scan.
    FailoverGatekeeper m_judge;
    GateScope m_scope; // worker thread only
    std::atomic<bool> m_busy{false};
    std::atomic<int> m_dropped{0};
    std::atomic<int> m_decoded{0};
    std::atomic<int> m_repeatWindowMs{3000};
    QString m_lastCameraCode;
    qint64 m_lastCameraCodeNs = 0;
};
