// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gate/gatekeeper.h"
#include "ui/gate/gatescanner.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QThread>

class Database;
class KeyboardWedge;
class QCamera;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMediaCaptureSession;
class QMediaPlayer;
class QPushButton;
class QSoundEffect;
class QStackedWidget;
class QVideoWidget;
class ServerLink;
class TerminalIdentity;
class VerdictLog;
class VerdictPanel;

// The door: a live camera picture, a verdict that fills the window, the day's counters, and
// a field for codes typed by hand. Decoding and judging run on the scanner's own thread.
class GateWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // catalogue: where the day's rooms and screenings are read (the local store or copy);
    // authority: where tickets are admitted (the embedded store, or the server).
    GateWindow(const Database &catalogue, const Database &authority,
               const TerminalIdentity &terminal, const GatePerson &person,
               QWidget *parent = nullptr);
    ~GateWindow() override;

    // Where verdicts are logged as JSON lines (not owned; may be null).
    void setVerdictLog(VerdictLog *log) { m_log = log; }
    void setScope(const GateScope &scope);
    // With a server: its state and the scans waiting to be uploaded go in the status bar, and
    // the gate judges on its local copy while the server is away.
    void setServerLink(ServerLink *link);
    GateScope scope() const { return m_scope; }

    // Frames from a video file, or one still image, instead of a camera; fileFinished() when
    // every frame was judged. Returns an error message.
    std::optional<QString> useFile(const QString &path);
    // The remembered camera, or the system's default one.
    void useDefaultCamera();

    GateScanner *scanner() const { return m_scanner; }
    VerdictPanel *verdictPanel() const { return m_panel; }
    QLineEdit *manualEntry() const { return m_manualEntry; }
    QString countersText() const;

Q_SIGNALS:
    void verdictShown(const GateVerdict &verdict, double totalMs);
    void fileFinished();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillScopes();
    void fillScreenings();
    void fillCameras();
    void startCamera(const QByteArray &deviceId);
    void onScopeChosen();
    void onVerdict(const GateVerdict &verdict, GateScanner::Source source, double decodeMs,
                   qint64 arrivalNs);
    void onAttendance(int screeningId, int admitted, int expected);
    void submitManual();
    void updateCounters();
    void updateStatus();

    const Database &m_catalogue;
    QString m_gateName;
    GateScope m_scope;
    VerdictLog *m_log = nullptr;

    QThread m_thread;
    GateScanner *m_scanner;
    KeyboardWedge *m_wedge;

    QLabel *m_title;
    QLabel *m_roomLabel;
    QComboBox *m_roomBox;
    QLabel *m_screeningLabel;
    QComboBox *m_screeningBox;
    QLabel *m_cameraLabel;
    QComboBox *m_cameraBox;
    QLabel *m_counters;
    QStackedWidget *m_pictures;
    QVideoWidget *m_video;
    QLabel *m_still;
    QLabel *m_hint;
    QLineEdit *m_manualEntry;
    QPushButton *m_checkButton;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    VerdictPanel *m_panel;
    QWidget *m_central;
    QLabel *m_status;
    QPointer<ServerLink> m_link;
    int m_outboxDepth = 0;

    QMediaCaptureSession *m_session;
    QCamera *m_camera = nullptr;
    QMediaPlayer *m_player = nullptr;
    QSoundEffect *m_admittedSound;
    QSoundEffect *m_checkSound;
    QSoundEffect *m_refusedSound;

    int m_attendanceScreening = 0;
    int m_admitted = 0;
    int m_expected = 0;
    QList<qint64> m_recentScansMs; // for scans per minute
};
