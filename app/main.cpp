// SPDX-License-Identifier: GPL-3.0-or-later
// marquee: the counter program. Start-up only; everything else lives in core/ and ui/.

#include "boxofficewindow.h"
#include "database.h"
#include "demodata.h"
#include "failoversalesauthority.h"
#include "gatewindow.h"
#include "journaledsalesauthority.h"
#include "localreplica.h"
#include "mailsender.h"
#include "mirroringsalesauthority.h"
#include "offlinesalesauthority.h"
#include "orderpanel.h"
#include "salesession.h"
#include "searchpanel.h"
#include "seatmapwidget.h"
#include "serverlink.h"
#include "simulatedcardterminal.h"
#include "sqlsalesauthority.h"
#include "storesettings.h"
#include "terminalidentity.h"
#include "threadedsalesauthority.h"
#include "verdictlog.h"
#include "verdictpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {
void fail(const QString &message, bool quiet)
{
    std::fprintf(stderr, "marquee: %s\n", qPrintable(message));
    if (!quiet)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Marquee cannot start"),
                              message);
}

// Picks a screening with seats already sold, opens it and selects two seats, then saves a
// picture of the window and quits: for README images and for checking the UI under Xvfb.
void takeScreenshot(BoxOfficeWindow &window, const QString &path)
{
    // The same size whatever screen (or none) this runs on, so pictures compare.
    window.resize(1440, 860);
    QTimer::singleShot(300, &window, [&window, path] {
        window.searchPanel()->showTomorrow();
        QTableView *results = window.searchPanel()->resultsView();
        const auto *model = results->model();
        int best = 0, bestSold = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString room = model->index(row, 2).data().toString();
            const int left = model->index(row, 4).data().toInt();
            if (room.contains(QLatin1String("VIP")) && left > 0 &&
                (bestSold < 0 || left < bestSold)) {
                best = row;
                bestSold = left;
            }
        }
        results->setCurrentIndex(model->index(best, 0));
        window.sale().selectBestAvailable(3);
        window.seatMap()->setFocus();
        QTimer::singleShot(400, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            std::fprintf(stderr, "marquee: %s %s\n", ok ? "wrote" : "could not write",
                         qPrintable(path));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
}
// The gate's picture: after the verdict of --camera-file when one is given, else once loaded.
void takeGateScreenshot(GateWindow &window, const QString &path, bool afterVerdict)
{
    window.resize(1280, 720);
    const auto save = [&window, path] {
        const bool ok = window.grab().save(path);
        std::fprintf(stderr, "marquee: %s %s\n", ok ? "wrote" : "could not write",
                     qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    if (afterVerdict)
        QObject::connect(&window, &GateWindow::verdictShown, &window,
                         [&window, save] { QTimer::singleShot(200, &window, save); });
    else
        QTimer::singleShot(600, &window, save);
}

QString loginName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("marquee"));
    QApplication::setOrganizationName(QStringLiteral("Marquee"));
    QApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/marquee/icons/marquee.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee box office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Use the SQLite database at PATH."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Replace the catalogue and sales with the demo cinema."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the interface: pt_BR or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once loaded, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption nameOption(QStringLiteral("terminal-name"),
                                        QStringLiteral("Name of this terminal on first start."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral(
            "Join a shared PostgreSQL server (libpq URI, remembered; \"none\" to go back "
            "to the embedded database)."),
        QStringLiteral("URI"));
    const QCommandLineOption gateOption(
        QStringLiteral("gate"), QStringLiteral("Run as a door scanner instead of a box office."));
    const QCommandLineOption cameraFileOption(
        QStringLiteral("camera-file"),
        QStringLiteral("Gate: take frames from a video or image FILE instead of a camera; quit "
                       "when it has been judged."),
        QStringLiteral("FILE"));
    const QCommandLineOption verdictLogOption(
        QStringLiteral("verdict-log"),
        QStringLiteral("Gate: append one JSON line per verdict to FILE (- for standard output)."),
        QStringLiteral("FILE"));
    const QCommandLineOption gateRoomOption(
        QStringLiteral("gate-room"), QStringLiteral("Gate: admit only to the room with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption gateScreeningOption(
        QStringLiteral("gate-screening"),
        QStringLiteral("Gate: admit only to the screening with this id."), QStringLiteral("ID"));
    parser.addOptions({databaseOption, demoOption, langOption, screenshotOption, nameOption,
                       serverOption, gateOption, cameraFileOption, verdictLogOption, gateRoomOption,
                       gateScreeningOption});
    parser.process(app);

    const QLocale locale =
        parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("marquee"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    const bool screenshot = parser.isSet(screenshotOption);
    QSettings settings;
    if (parser.isSet(serverOption))
        settings.setValue(QStringLiteral("server/uri"),
                          parser.value(serverOption) == QLatin1String("none")
                              ? QString()
                              : parser.value(serverOption));
    const QString serverUri = settings.value(QStringLiteral("server/uri")).toString();

    // With a server, the local file is that server's copy; without, it is the whole store.
    QString localPath = Database::defaultPath();
    if (!serverUri.isEmpty()) {
        const QByteArray id =
            QCryptographicHash::hash(serverUri.section(QLatin1Char('@'), -1).toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex()
                .left(12);
        localPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                    QStringLiteral("/replica-%1.sqlite").arg(QString::fromLatin1(id));
    }
    if (parser.isSet(databaseOption))
        localPath = parser.value(databaseOption);
    Database database(localPath);
    if (const auto error = database.open()) {
        fail(*error, screenshot);
        return 1;
    }
    // An embedded store with sales of its own must never be overwritten by a server's copy.
    if (!serverUri.isEmpty() && !DemoData::isEmpty(database) &&
        StoreSettings(database).value(QStringLiteral("replica_of")).isEmpty()) {
        fail(QCoreApplication::translate("main",
                                         "%1 is an embedded database with its own sales, not a "
                                         "copy of a server. Choose another file for the "
                                         "server's copy, or leave out --database.")
                 .arg(QDir::toNativeSeparators(localPath)),
             screenshot);
        return 1;
    }
    const bool gate = parser.isSet(gateOption);
    const QString kind = gate ? QStringLiteral("gate") : QStringLiteral("counter");
    const QString name =
        parser.isSet(nameOption) ? parser.value(nameOption)
        : gate ? QCoreApplication::translate("main", "Gate %1").arg(QHostInfo::localHostName())
               : QCoreApplication::translate("main", "Counter %1").arg(QHostInfo::localHostName());
    auto terminal = TerminalIdentity::loadOrCreate(database, name, kind);
    if (!terminal) {
        fail(QCoreApplication::translate("main",
                                         "The terminal's signing key could not be made or read."),
             screenshot);
        return 1;
    }

    std::unique_ptr<Database> server;
    std::unique_ptr<SalesAuthority> authority;
    std::unique_ptr<ServerLink> link;
    std::optional<QString> serverError;
    ThreadedSalesAuthority *threaded = nullptr;
    std::unique_ptr<ThreadedSalesAuthority> threadedOwner;
    std::unique_ptr<OfflineSalesAuthority> offline;
    std::unique_ptr<JournaledSalesAuthority> journaled;
    if (serverUri.isEmpty()) {
        if (parser.isSet(demoOption) || DemoData::isEmpty(database)) {
            if (const auto error = DemoData::populate(database, QDate::currentDate())) {
                fail(QCoreApplication::translate("main", "The demo data could not be written: %1")
                         .arg(*error),
                     screenshot);
                return 1;
            }
        }
        authority = std::make_unique<SqlSalesAuthority>(database, *terminal);
    } else {
        server = Database::server(serverUri);
        serverError = server->open();
        if (!serverError) {
            if (const auto e = terminal->registerOn(*server, database, kind)) {
                fail(*e, screenshot);
                return 1;
            }
            if (parser.isSet(demoOption)) {
                if (const auto e = DemoData::populate(*server, QDate::currentDate())) {
                    fail(QCoreApplication::translate("main",
                                                     "The demo data could not be written: %1")
                             .arg(*e),
                         screenshot);
                    return 1;
                }
            }
            // The first copy before the window opens, so the cashier starts with data.
            if (const auto e = LocalReplica::pullCatalogue(*server, database))
                std::fprintf(stderr, "marquee: %s\n", qPrintable(*e));
        } else if (DemoData::isEmpty(database)) {
            // No server and nothing copied from it yet: nothing to show.
            fail(*serverError, screenshot);
            return 1;
        } else {
            std::fprintf(stderr, "marquee: %s; starting offline on the local copy\n",
                         qPrintable(*serverError));
        }
    }
    if (gate) {
        GateWindow window(database, server ? *server : database, *terminal, loginName());
        VerdictLog log;
        if (parser.isSet(verdictLogOption)) {
            if (const auto e = log.open(parser.value(verdictLogOption))) {
                fail(QCoreApplication::translate("main", "The verdict log %1 cannot be written: %2")
                         .arg(parser.value(verdictLogOption), *e),
                     screenshot);
                return 1;
            }
            window.setVerdictLog(&log);
        }
        std::unique_ptr<ServerLink> gateLink;
        if (server) {
            gateLink = std::make_unique<ServerLink>(serverUri, database, *terminal);
            window.setServerLink(gateLink.get());
            window.scanner()->setServerOnline(!serverError.has_value());
            gateLink->start();
        }
        if (parser.isSet(gateRoomOption) || parser.isSet(gateScreeningOption))
            window.setScope(
                {parser.value(gateRoomOption).toInt(), parser.value(gateScreeningOption).toInt()});
        window.show();
        if (parser.isSet(cameraFileOption)) {
            if (const auto e = window.useFile(parser.value(cameraFileOption))) {
                fail(*e, screenshot);
                return 1;
            }
            if (!screenshot) // judged whole: the log has every verdict when we quit
                QObject::connect(&window, &GateWindow::fileFinished, &app, &QApplication::quit);
        } else {
            window.useDefaultCamera();
        }
        if (screenshot)
            takeGateScreenshot(window, parser.value(screenshotOption),
                               parser.isSet(cameraFileOption));
        return app.exec();
    }
    if (server) {
        auto mirroring = std::make_unique<MirroringSalesAuthority>(
            std::make_unique<SqlSalesAuthority>(*server, database, *terminal), *server, database);
        mirroring->setOnline(!serverError.has_value());
        link = std::make_unique<ServerLink>(serverUri, database, *terminal);
        QObject::connect(link.get(), &ServerLink::stateChanged, &app,
                         [m = mirroring.get()](ServerLink::State state) {
                             // Only a link that answers counts: while it is (re)connecting,
                             // a sale fails at once instead of waiting on a connect timeout.
                             if (state != ServerLink::State::Connecting)
                                 m->setOnline(state == ServerLink::State::Online);
                         });
        // Server calls run on worker threads: a slow or hung server never freezes the screen.
        threadedOwner = std::make_unique<ThreadedSalesAuthority>(
            std::shared_ptr<SalesAuthority>(std::move(mirroring)));
        threaded = threadedOwner.get();
        // Without the server, the counter sells the seats leased to it.
        offline = std::make_unique<OfflineSalesAuthority>(database, *terminal);
        // The step that takes money goes to the outbox first: never lost to a crash.
        journaled = std::make_unique<JournaledSalesAuthority>(*threaded, database);
        auto failover = std::make_unique<FailoverSalesAuthority>(*journaled, *offline);
        failover->setOnline(!serverError.has_value());
        QObject::connect(link.get(), &ServerLink::stateChanged, &app,
                         [f = failover.get()](ServerLink::State state) {
                             f->setOnline(state == ServerLink::State::Online);
                         });
        authority = std::move(failover);
    }
    SimulatedCardTerminal cardTerminal;
    BoxOfficeWindow window(database, *authority, cardTerminal, *terminal);
    if (threaded)
        QObject::connect(threaded, &ThreadedSalesAuthority::busyChanged, &window,
                         &BoxOfficeWindow::setWaitingForServer);
    if (server)
        window.setReportsServer(server.get());
    if (link) {
        window.setServerLink(link.get());
        link->start();
    }
    // E-mailed tickets go from this terminal's own file, on a thread of their own. Without
    // smtp_url they stay queued until it is set and Marquee restarts.
    std::unique_ptr<MailSender> mail;
    if (!StoreSettings(database).value(QStringLiteral("smtp_url")).isEmpty()) {
        mail = std::make_unique<MailSender>(database.path());
        window.setMailSender(mail.get());
        mail->start();
    }
    window.show();
    if (screenshot)
        takeScreenshot(window, parser.value(screenshotOption));
    return app.exec();
}
