// SPDX-License-Identifier: GPL-3.0-or-later
// The gate as door staff use it: codes from a handheld scanner (with and without a final
// Enter), typed by hand, held up to a camera, and the marquee program judging a real video
// and a real photo through --camera-file into its --verdict-log.
#include "core/tickets/qrcodeimage.h"
#include "salehelpers.h"
#include "testdatabase.h"
#include "ui/gate/gatewindow.h"
#include "ui/gate/keyboardwedge.h"
#include "ui/gate/verdictpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QVideoFrame>

using namespace TestHelpers;

namespace {
// Sells `count` seats of a screening that starts in ten minutes: its door is open.
QList<IssuedTicket> ticketsForNow(TestDatabase &t, int count, int *screeningId = nullptr)
{
    const Screening screening = freshScreening(*t.database);
    QSqlQuery q(t.database->connection());
    q.prepare(QStringLiteral("UPDATE screenings SET starts_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() + 10 * 60'000);
    q.addBindValue(screening.id);
    if (!q.exec())
        qWarning() << q.lastError().text();
    const auto sale = sellFullPrice(*t.database, *t.authority, screening.id, count);
    if (!sale) {
        qWarning() << sale.error().message();
        return {};
    }
    if (screeningId)
        *screeningId = screening.id;
    return sale->tickets;
}

// A camera frame (as a webcam delivers it: 8-bit luminance) showing the code.
QVideoFrame cameraFrame(const QString &code)
{
    QImage frame(640, 480, QImage::Format_Grayscale8);
    frame.fill(140);
    const QImage qr = QrCodeImage::render(code, 5, 4).convertToFormat(QImage::Format_Grayscale8);
    QPainter(&frame).drawImage((640 - qr.width()) / 2, (480 - qr.height()) / 2, qr);
    QVideoFrame video(QVideoFrameFormat(frame.size(), QVideoFrameFormat::Format_Y8));
    video.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < frame.height(); ++y)
        memcpy(video.bits(0) + y * video.bytesPerLine(0), frame.constScanLine(y), frame.width());
    video.unmap();
    return video;
}

QList<QJsonObject> readLog(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}
} // namespace

class TestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // A handheld scanner types the code and Enter while the focus is anywhere (here: the
    // room list), and the verdict fills the window.
    void handheldScannerWithEnter()
    {
        TestDatabase t;
        const auto tickets = ticketsForNow(t, 2);
        QCOMPARE(tickets.size(), 2);
        GateWindow window(*t.database, *t.database, t.identity, QStringLiteral("ana"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &GateWindow::verdictShown);

        QWidget *elsewhere = window.findChild<QComboBox *>();
        elsewhere->setFocus();
        QTest::keyClicks(elsewhere, tickets[0].code);
        QTest::keyClick(elsewhere, Qt::Key_Return);
        QTRY_COMPARE(shown.size(), 1);
        const auto verdict = shown.at(0).at(0).value<GateVerdict>();
        QCOMPARE(verdict.kind, GateVerdict::Kind::Admitted);
        QCOMPARE(verdict.ticketId, tickets[0].id);
        QVERIFY(window.verdictPanel()->isVisible());
        QCOMPARE(window.verdictPanel()->geometry(), window.centralWidget()->rect());
        // The picture is the verdict's colour from edge to edge.
        const QImage picture = window.verdictPanel()->grab().toImage();
        QCOMPARE(picture.pixelColor(2, 2), VerdictPanel::background(GateVerdict::Kind::Admitted));
        // The code went to the gate, not into the focused widget.
        QCOMPARE(window.manualEntry()->text(), QString());
        QTRY_VERIFY(window.countersText().contains(QStringLiteral("1")));

        // Shown again later: refused, with where and when it got in.
        QTest::keyClicks(elsewhere, tickets[0].code);
        QTest::keyClick(elsewhere, Qt::Key_Return);
        QTRY_COMPARE(shown.size(), 2);
        const auto again = shown.at(1).at(0).value<GateVerdict>();
        QCOMPARE(again.reason, GateVerdict::Reason::AlreadyUsed);
        QCOMPARE(VerdictPanel::background(again.kind),
                 VerdictPanel::background(GateVerdict::Kind::Refused));
        QVERIFY2(again.explanation().contains(t.identity.name()), qPrintable(again.explanation()));
    }

    // Scanners set up without a final Enter: the end of the burst ends the code.
    void handheldScannerWithoutEnter()
    {
        TestDatabase t;
        const auto tickets = ticketsForNow(t, 1);
        GateWindow window(*t.database, *t.database, t.identity, QStringLiteral("ana"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &GateWindow::verdictShown);
        QTest::keyClicks(&window, tickets.value(0).code);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<GateVerdict>().kind, GateVerdict::Kind::Admitted);

        // A few keys pressed by mistake are not a code: no verdict.
        QTest::keyClicks(&window, QStringLiteral("abc"));
        QTest::qWait(KeyboardWedge::kEndOfBurstMs * 3);
        QCOMPARE(shown.size(), 1);
    }

    void typedByHand()
    {
        TestDatabase t;
        const auto tickets = ticketsForNow(t, 1);
        GateWindow window(*t.database, *t.database, t.identity, QStringLiteral("ana"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &GateWindow::verdictShown);
        // Slowly, with a typo corrected: the field keeps what is typed into it.
        window.manualEntry()->setFocus();
        QString code = tickets.value(0).code;
        code[10] = code[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::keyClicks(window.manualEntry(), code);
        QTest::keyClick(window.manualEntry(), Qt::Key_Return);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<GateVerdict>().reason, GateVerdict::Reason::Forged);
        QTest::keyClicks(window.manualEntry(), tickets.value(0).code);
        QTest::keyClick(window.manualEntry(), Qt::Key_Return);
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).at(0).value<GateVerdict>().kind, GateVerdict::Kind::Admitted);
    }

    // A ticket held in front of the camera is in every frame: it is judged once, not thirty
    // times a second; shown again after the pause, it is judged again (and is now used).
    void sameCodeHeldUpIsJudgedOnce()
    {
        TestDatabase t;
        const auto tickets = ticketsForNow(t, 1);
        GateWindow window(*t.database, *t.database, t.identity, QStringLiteral("ana"));
        window.scanner()->setRepeatWindowMs(400);
        QSignalSpy shown(&window, &GateWindow::verdictShown);
        const QVideoFrame frame = cameraFrame(tickets.value(0).code);
        QElapsedTimer held;
        held.start();
        int offered = 0;
        while (held.elapsed() < 300) { // 30 frames a second
            offered += window.scanner()->offerFrame(frame) ? 1 : 0;
            QTest::qWait(33);
        }
        QVERIFY(offered > 3);
        QTRY_VERIFY(window.scanner()->decodedFrames() >= offered);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<GateVerdict>().kind, GateVerdict::Kind::Admitted);
        QTest::qWait(600); // taken away, then shown again
        QVERIFY(window.scanner()->offerFrame(frame));
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).at(0).value<GateVerdict>().reason, GateVerdict::Reason::AlreadyUsed);
    }

    // Frames arriving while one is being decoded are dropped, never queued.
    void busyDecoderDropsFrames()
    {
        TestDatabase t(false);
        GateWindow window(*t.database, *t.database, t.identity, QStringLiteral("ana"));
        const QVideoFrame frame = cameraFrame(QStringLiteral("https://example.com"));
        int accepted = 0;
        for (int i = 0; i < 200; ++i)
            accepted += window.scanner()->offerFrame(frame) ? 1 : 0;
        QVERIFY(window.scanner()->droppedFrames() > 0);
        QCOMPARE(accepted + window.scanner()->droppedFrames(), 200);
    }

    // The real program: a ticket's code rendered, turned into a video clip with ffmpeg, played
    // through --camera-file into the gate; the verdict log says what the door saw.
    void videoFileThroughTheProgram()
    {
        TestDatabase t;
        int screening = 0;
        const auto tickets = ticketsForNow(t, 2, &screening);
        QCOMPARE(tickets.size(), 2);
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QSKIP("ffmpeg is missing: ./test.sh installs it");

        const QString png = t.dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(QrCodeImage::render(tickets[0].code, 1, 4).save(png));
        const QString clip = t.dir.filePath(QStringLiteral("qr.mp4"));
        QProcess encode;
        encode.start(ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                              QStringLiteral("-framerate"), QStringLiteral("25"),
                              QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-t"),
                              QStringLiteral("2"), QStringLiteral("-i"), png, QStringLiteral("-vf"),
                              QStringLiteral("scale=-2:320:flags=neighbor,pad=640:480:(ow-iw)/2:"
                                             "(oh-ih)/2:white,format=yuv420p"),
                              QStringLiteral("-c:v"), QStringLiteral("libx264"),
                              QStringLiteral("-preset"), QStringLiteral("veryfast"), clip});
        QVERIFY(encode.waitForFinished(60'000));
        QCOMPARE(encode.exitCode(), 0);

        const QString log = t.dir.filePath(QStringLiteral("verdicts.jsonl"));
        const auto runGate = [&](const QString &file, const QStringList &extra = {}) {
            QProcess gate;
            gate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            gate.start(QStringLiteral(MARQUEE_PATH),
                       QStringList{QStringLiteral("--database"), t.path, QStringLiteral("--gate"),
                                   QStringLiteral("--camera-file"), file,
                                   QStringLiteral("--verdict-log"), log, QStringLiteral("--user"),
                                   QStringLiteral("porta")} +
                           extra);
            gate.write("porta-demo\n"); // the door person's password, as a script gives it
            gate.closeWriteChannel();
            const bool finished = gate.waitForFinished(60'000);
            if (!finished || gate.exitStatus() != QProcess::NormalExit || gate.exitCode() != 0) {
                qWarning() << "gate" << file << "finished:" << finished << gate.exitStatus()
                           << gate.exitCode();
                return false;
            }
            return true;
        };
        t.database.reset(); // the program has the file to itself

        // Two seconds of the code in front of the camera: admitted once.
        QVERIFY(runGate(clip));
        auto lines = readLog(log);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].value(QStringLiteral("verdict")).toString(), QStringLiteral("admitted"));
        QCOMPARE(lines[0].value(QStringLiteral("reason")).toString(), QStringLiteral("valid"));
        QCOMPARE(qint64(lines[0].value(QStringLiteral("ticket")).toDouble()), tickets[0].id);
        QCOMPARE(lines[0].value(QStringLiteral("source")).toString(), QStringLiteral("camera"));
        {
            // The scan is the door person's who logged in, not the machine's login.
            Database store(t.path);
            QVERIFY(!store.open());
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT s.user_name, u.login FROM scans s JOIN users u "
                                          "ON u.id = s.user_id")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Porteiro Demo"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("porta"));
        }
        QVERIFY(lines[0].value(QStringLiteral("decode_ms")).toDouble() > 0);
        QVERIFY(lines[0].value(QStringLiteral("total_ms")).toDouble() >=
                lines[0].value(QStringLiteral("decode_ms")).toDouble());

        // The same clip again, as if the ticket were passed back through the queue.
        QVERIFY(runGate(clip));
        lines = readLog(log);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].value(QStringLiteral("reason")).toString(),
                 QStringLiteral("already_used"));

        // A photo of the second ticket at a door that admits another screening only.
        const QString photo = t.dir.filePath(QStringLiteral("photo.png"));
        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(QColor(90, 110, 130));
        QPainter(&picture).drawImage(200, 120, QrCodeImage::render(tickets[1].code, 4, 4));
        QVERIFY(picture.save(photo));
        QVERIFY(
            runGate(photo, {QStringLiteral("--gate-screening"), QString::number(screening + 1)}));
        lines = readLog(log);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[2].value(QStringLiteral("reason")).toString(),
                 QStringLiteral("wrong_screening"));
        // At the right door it gets in.
        QVERIFY(runGate(photo));
        lines = readLog(log);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[3].value(QStringLiteral("verdict")).toString(), QStringLiteral("admitted"));
        // A photo with no code at all still gets an answer.
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        QVERIFY(blank.save(photo));
        QVERIFY(runGate(photo));
        lines = readLog(log);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[4].value(QStringLiteral("reason")).toString(), QStringLiteral("no_code"));
        QVERIFY(lines[4].value(QStringLiteral("ticket")).isNull());
    }
};

QTEST_MAIN(TestGate)
#include "tst_gate.moc"
