// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewindow.h"

#include "core/catalog/catalogrepository.h"
#include "core/gate/verdictlog.h"
#include "core/store/terminalidentity.h"
#include "core/sync/localreplica.h"
#include "core/sync/outbox.h"
#include "core/sync/serverlink.h"
#include "ui/gate/keyboardwedge.h"
#include "ui/gate/verdictpanel.h"

#include <QCamera>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSoundEffect>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

namespace {
const QString kCameraSetting = QStringLiteral("gate/camera");
const QString kRoomSetting = QStringLiteral("gate/room");

QSoundEffect *makeSound(const QString &name, QObject *parent)
{
    auto *sound = new QSoundEffect(parent);
    sound->setSource(QUrl(QStringLiteral("qrc:/marquee/sounds/%1.wav").arg(name)));
    return sound;
}
} // namespace

GateWindow::GateWindow(const Database &catalogue, const Database &authority,
                       const TerminalIdentity &terminal, const GatePerson &person, QWidget *parent)
    : QMainWindow(parent), m_catalogue(catalogue), m_gateName(terminal.name()),
      m_scanner(new GateScanner(authority, &catalogue == &authority ? nullptr : &catalogue,
                                terminal.terminalId(), terminal.name(), person)),
      m_session(new QMediaCaptureSession(this)),
      m_admittedSound(makeSound(QStringLiteral("admitted"), this)),
      m_checkSound(makeSound(QStringLiteral("check"), this)),
      m_refusedSound(makeSound(QStringLiteral("refused"), this))
{
    m_thread.setObjectName(QStringLiteral("gate-scanner"));
    m_scanner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_scanner, &QObject::deleteLater);
    connect(m_scanner, &GateScanner::verdictReady, this, &GateWindow::onVerdict);
    connect(m_scanner, &GateScanner::attendanceChanged, this, &GateWindow::onAttendance);
    connect(m_scanner, &GateScanner::finished, this, &GateWindow::fileFinished);
    m_thread.start();

    buildUi();
    m_wedge = new KeyboardWedge(this);
    m_wedge->setExcludedWidget(m_manualEntry);
    connect(m_wedge, &KeyboardWedge::codeScanned, this, [this](const QString &code) {
        m_scanner->submitCode(code, GateScanner::Source::Scanner);
    });

    fillScopes();
    retranslate();

    auto *minuteTimer = new QTimer(this);
    minuteTimer->setInterval(5000);
    connect(minuteTimer, &QTimer::timeout, this, &GateWindow::updateCounters);
    minuteTimer->start();
}

GateWindow::~GateWindow()
{
    // The media pipeline sends a last frame while it is torn down: nobody may receive it.
    disconnect(m_video->videoSink(), nullptr, this, nullptr);
    if (m_player) {
        m_player->stop();
        m_player->setVideoOutput(nullptr);
        delete m_player;
    }
    if (m_camera)
        m_camera->stop();
    m_session->setVideoOutput(nullptr);
    delete m_session;
    delete m_camera;
    m_thread.quit();
    m_thread.wait();
}

void GateWindow::buildUi()
{
    m_central = new QWidget(this);
    auto *layout = new QVBoxLayout(m_central);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(m_central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    top->addWidget(m_title);
    top->addStretch();
    m_roomLabel = new QLabel(m_central);
    m_roomBox = new QComboBox(m_central);
    m_roomLabel->setBuddy(m_roomBox);
    m_screeningLabel = new QLabel(m_central);
    m_screeningBox = new QComboBox(m_central);
    m_screeningBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_screeningLabel->setBuddy(m_screeningBox);
    m_cameraLabel = new QLabel(m_central);
    m_cameraBox = new QComboBox(m_central);
    m_cameraLabel->setBuddy(m_cameraBox);
    for (QWidget *w :
         {static_cast<QWidget *>(m_roomLabel), static_cast<QWidget *>(m_roomBox),
          static_cast<QWidget *>(m_screeningLabel), static_cast<QWidget *>(m_screeningBox),
          static_cast<QWidget *>(m_cameraLabel), static_cast<QWidget *>(m_cameraBox)})
        top->addWidget(w);
    layout->addLayout(top);

    m_counters = new QLabel(m_central);
    QFont countersFont = m_counters->font();
    countersFont.setPointSizeF(countersFont.pointSizeF() * 1.6);
    m_counters->setFont(countersFont);
    layout->addWidget(m_counters);

    auto *middle = new QHBoxLayout;
    m_pictures = new QStackedWidget(m_central);
    m_video = new QVideoWidget(m_pictures);
    m_still = new QLabel(m_pictures);
    m_still->setAlignment(Qt::AlignCenter);
    m_still->setWordWrap(true);
    m_still->setMinimumSize(320, 240);
    QFont stillFont = m_still->font();
    stillFont.setPointSizeF(stillFont.pointSizeF() * 2);
    m_still->setFont(stillFont);
    m_pictures->addWidget(m_video);
    m_pictures->addWidget(m_still);
    m_pictures->setCurrentWidget(m_still);
    middle->addWidget(m_pictures, 3);
    auto *historyColumn = new QVBoxLayout;
    m_historyLabel = new QLabel(m_central);
    m_history = new QListWidget(m_central);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setWordWrap(true);
    historyColumn->addWidget(m_historyLabel);
    historyColumn->addWidget(m_history, 1);
    middle->addLayout(historyColumn, 1);
    layout->addLayout(middle, 1);

    m_hint = new QLabel(m_central);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *bottom = new QHBoxLayout;
    m_manualEntry = new QLineEdit(m_central);
    m_manualEntry->setClearButtonEnabled(true);
    m_checkButton = new QPushButton(m_central);
    bottom->addWidget(m_manualEntry, 1);
    bottom->addWidget(m_checkButton);
    layout->addLayout(bottom);
    setCentralWidget(m_central);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    // Over everything else, so it can be read from across the door.
    m_panel = new VerdictPanel(m_central);

    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame &frame) { m_scanner->offerFrame(frame); });
    connect(m_manualEntry, &QLineEdit::returnPressed, this, &GateWindow::submitManual);
    connect(m_checkButton, &QPushButton::clicked, this, &GateWindow::submitManual);
    connect(m_roomBox, &QComboBox::activated, this, [this] {
        QSettings().setValue(kRoomSetting, m_roomBox->currentData());
        fillScreenings();
        onScopeChosen();
    });
    connect(m_screeningBox, &QComboBox::activated, this, &GateWindow::onScopeChosen);
    connect(m_cameraBox, &QComboBox::activated, this, [this] {
        const QByteArray id = m_cameraBox->currentData().toByteArray();
        QSettings().setValue(kCameraSetting, id);
        startCamera(id);
    });
    auto *fullScreen = new QShortcut(QKeySequence::FullScreen, this);
    connect(fullScreen, &QShortcut::activated, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &GateWindow::fillCameras);
    resize(1024, 700);
}

void GateWindow::retranslate()
{
    setWindowTitle(tr("Marquee gate — %1").arg(m_gateName));
    m_title->setText(m_gateName);
    m_roomLabel->setText(tr("&Room:"));
    m_screeningLabel->setText(tr("&Screening:"));
    m_cameraLabel->setText(tr("C&amera:"));
    m_manualEntry->setPlaceholderText(tr("Type a ticket code and press Enter"));
    m_checkButton->setText(tr("Chec&k"));
    m_historyLabel->setText(tr("Last scans"));
    m_roomBox->setItemText(0, tr("All rooms"));
    m_screeningBox->setItemText(0, tr("Any screening open for entry"));
    m_roomBox->setToolTip(tr("Tickets for other rooms are refused."));
    m_screeningBox->setToolTip(
        tr("Admit only this screening, or any whose entry window is open now."));
    if (m_cameraBox->count() == 0 && m_pictures->currentWidget() != m_still)
        m_hint->clear();
    fillCameras();
    updateCounters();
    updateStatus();
}

void GateWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void GateWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_panel->isVisible())
        m_panel->setGeometry(m_central->rect());
}

void GateWindow::fillScopes()
{
    const QDate today = QDate::currentDate();
    const auto screenings = CatalogRepository(m_catalogue).search(QString(), today, today);
    m_roomBox->clear();
    m_roomBox->addItem(tr("All rooms"), 0);
    QList<int> seen;
    for (const Screening &s : screenings) {
        if (seen.contains(s.roomId))
            continue;
        seen << s.roomId;
        m_roomBox->addItem(s.roomName, s.roomId);
    }
    const int remembered = QSettings().value(kRoomSetting, 0).toInt();
    m_roomBox->setCurrentIndex(std::max(0, m_roomBox->findData(remembered)));
    fillScreenings();
    onScopeChosen();
}

void GateWindow::fillScreenings()
{
    const int roomId = m_roomBox->currentData().toInt();
    const QDate today = QDate::currentDate();
    m_screeningBox->clear();
    m_screeningBox->addItem(tr("Any screening open for entry"), 0);
    const QLocale locale;
    for (const Screening &s : CatalogRepository(m_catalogue).search(QString(), today, today)) {
        if (roomId != 0 && s.roomId != roomId)
            continue;
        m_screeningBox->addItem(QStringLiteral("%1 · %2 · %3")
                                    .arg(locale.toString(s.startsAt().time(), QLocale::ShortFormat),
                                         s.filmTitle, s.roomName),
                                s.id);
    }
}

void GateWindow::setScope(const GateScope &scope)
{
    m_roomBox->setCurrentIndex(std::max(0, m_roomBox->findData(scope.roomId)));
    fillScreenings();
    const int index = m_screeningBox->findData(scope.screeningId);
    if (index < 0 && scope.screeningId != 0) // not today's: still honoured
        m_screeningBox->addItem(tr("Screening %1").arg(scope.screeningId), scope.screeningId);
    m_screeningBox->setCurrentIndex(std::max(0, m_screeningBox->findData(scope.screeningId)));
    m_scope = scope;
    m_scanner->setScope(m_scope);
}

void GateWindow::onScopeChosen()
{
    m_scope = {m_roomBox->currentData().toInt(), m_screeningBox->currentData().toInt()};
    m_scanner->setScope(m_scope);
}

void GateWindow::fillCameras()
{
    const QByteArray current = m_cameraBox->currentData().toByteArray();
    m_cameraBox->clear();
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        m_cameraBox->addItem(device.description(), device.id());
    m_cameraBox->setEnabled(m_cameraBox->count() > 0 && !m_player);
    if (!current.isEmpty())
        m_cameraBox->setCurrentIndex(std::max(0, m_cameraBox->findData(current)));
    if (m_cameraBox->count() == 0 && !m_player && m_still->pixmap().isNull()) {
        // Said where the picture would be, in large type: the door has nothing else to look at.
        m_still->setText(tr("No camera found.\nScan tickets with the handheld scanner, or type "
                            "the code below."));
        m_hint->clear();
    }
}

void GateWindow::useDefaultCamera()
{
    fillCameras();
    if (m_cameraBox->count() == 0)
        return;
    const QByteArray remembered = QSettings().value(kCameraSetting).toByteArray();
    const int index = m_cameraBox->findData(remembered);
    if (index >= 0)
        m_cameraBox->setCurrentIndex(index);
    startCamera(m_cameraBox->currentData().toByteArray());
}

void GateWindow::startCamera(const QByteArray &deviceId)
{
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        if (device.id() != deviceId)
            continue;
        delete m_camera;
        m_camera = new QCamera(device, this);
        connect(m_camera, &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &message) {
                    m_hint->setText(tr("The camera stopped: %1").arg(message));
                });
        m_session->setCamera(m_camera);
        m_session->setVideoOutput(m_video);
        m_pictures->setCurrentWidget(m_video);
        m_camera->start();
        m_hint->setText(tr("Hold the ticket's code up to the camera."));
        return;
    }
}

std::optional<QString> GateWindow::useFile(const QString &path)
{
    QImageReader reader(path);
    if (reader.canRead()) {
        const QImage image = reader.read();
        if (image.isNull())
            return tr("%1 could not be read: %2").arg(path, reader.errorString());
        m_still->setPixmap(QPixmap::fromImage(image).scaled(m_pictures->size(), Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation));
        m_pictures->setCurrentWidget(m_still);
        m_scanner->offerStill(image);
        m_scanner->finish();
        return std::nullopt;
    }
    if (!QFileInfo::exists(path))
        return tr("There is no file %1.").arg(path);
    m_player = new QMediaPlayer(this);
    m_player->setVideoOutput(m_video);
    m_pictures->setCurrentWidget(m_video);
    m_cameraBox->setEnabled(false);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
                    m_scanner->finish();
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                m_hint->setText(tr("The video could not be played: %1").arg(message));
                m_scanner->finish();
            });
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    m_hint->setText(tr("Playing %1 as the camera.").arg(QFileInfo(path).fileName()));
    return std::nullopt;
}

void GateWindow::submitManual()
{
    const QString code = m_manualEntry->text().trimmed();
    if (code.isEmpty())
        return;
    m_manualEntry->clear();
    m_scanner->submitCode(code, GateScanner::Source::Manual);
}

void GateWindow::onVerdict(const GateVerdict &verdict, GateScanner::Source source, double decodeMs,
                           qint64 arrivalNs)
{
    m_panel->showVerdict(verdict);
    m_panel->repaint(); // on screen now, not at the next event loop turn: that is what we time
    const double totalMs = double(GateScanner::clockNs() - arrivalNs) / 1e6;

    switch (verdict.kind) {
    case GateVerdict::Kind::Admitted:
        m_admittedSound->play();
        break;
    case GateVerdict::Kind::Check:
        m_checkSound->play();
        break;
    case GateVerdict::Kind::Refused:
        m_refusedSound->play();
        break;
    }

    const QString when = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    auto *item = new QListWidgetItem(
        QStringLiteral("%1  %2\n%3").arg(when, verdict.headline(), verdict.explanation()));
    item->setBackground(VerdictPanel::background(verdict.kind).lighter(170));
    m_history->insertItem(0, item);
    while (m_history->count() > 50)
        delete m_history->takeItem(m_history->count() - 1);

    m_recentScansMs << QDateTime::currentMSecsSinceEpoch();
    updateCounters();
    if (verdict.judgedOffline) {
        m_outboxDepth = Outbox::pendingCount(m_catalogue);
        updateStatus();
    }

    if (m_log) {
        const QString sourceCode = source == GateScanner::Source::Camera ? QStringLiteral("camera")
                                   : source == GateScanner::Source::Scanner
                                       ? QStringLiteral("scanner")
                                       : QStringLiteral("manual");
        m_log->write(verdict, sourceCode,
                     decodeMs >= 0 ? std::optional<double>(decodeMs) : std::nullopt, totalMs,
                     m_gateName);
    }
    Q_EMIT verdictShown(verdict, totalMs);
}

void GateWindow::setServerLink(ServerLink *link)
{
    m_link = link;
    m_scanner->setServerOnline(link->state() == ServerLink::State::Online);
    connect(link, &ServerLink::stateChanged, this, [this](ServerLink::State state) {
        m_scanner->setServerOnline(state == ServerLink::State::Online);
        updateStatus();
    });
    connect(link, &ServerLink::outboxChanged, this, [this](int pending) {
        m_outboxDepth = pending;
        updateStatus();
    });
    connect(link, &ServerLink::outboxRefused, this, [this](const QString &what) {
        m_hint->setText(tr("The server refused a scan made offline: %1").arg(what));
    });
    m_outboxDepth = Outbox::pendingCount(m_catalogue);
    updateStatus();
}

void GateWindow::updateStatus()
{
    if (!m_link) {
        m_status->setText(tr("Embedded database"));
        return;
    }
    const QString since = QLocale().toString(m_link->since(), QStringLiteral("HH:mm:ss"));
    QString text;
    switch (m_link->state()) {
    case ServerLink::State::Online:
        text = m_outboxDepth > 0
                   ? tr("● Online · sending %n scan(s) made offline", "", m_outboxDepth)
                   : tr("● Online since %1").arg(since);
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20"));
        break;
    case ServerLink::State::Connecting:
        text = tr("◌ Connecting to the server… (since %1)").arg(since);
        m_status->setStyleSheet(QStringLiteral("color: #e65100"));
        break;
    case ServerLink::State::Offline:
        text = tr("○ Offline since %1: judging on this gate's copy of %2 · %n scan(s) waiting "
                  "to be sent",
                  "", std::max(0, m_outboxDepth))
                   .arg(since, QLocale().toString(LocalReplica::copiedAt(m_catalogue),
                                                  QStringLiteral("dd/MM HH:mm")));
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
        break;
    }
    m_status->setText(text);
}

void GateWindow::onAttendance(int screeningId, int admitted, int expected)
{
    // The counters follow the screening chosen for this gate, or else the last one scanned.
    if (m_scope.screeningId != 0 && screeningId != m_scope.screeningId)
        return;
    m_attendanceScreening = screeningId;
    m_admitted = admitted;
    m_expected = expected;
    updateCounters();
}

QString GateWindow::countersText() const
{
    return m_counters->text();
}

void GateWindow::updateCounters()
{
    const qint64 minuteAgo = QDateTime::currentMSecsSinceEpoch() - 60'000;
    while (!m_recentScansMs.isEmpty() && m_recentScansMs.first() < minuteAgo)
        m_recentScansMs.removeFirst();
    const QString perMinute = tr("%n scan(s) in the last minute", "", int(m_recentScansMs.size()));
    if (m_attendanceScreening == 0)
        m_counters->setText(perMinute);
    else
        m_counters->setText(
            tr("Admitted %1 of %2 · %3").arg(m_admitted).arg(m_expected).arg(perMinute));
}
