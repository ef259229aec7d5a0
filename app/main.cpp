// SPDX-License-Identifier: GPL-3.0-or-later
// marquee: the counter program. Start-up only; everything else lives in core/ and ui/.

#include "core/gate/verdictlog.h"
#include "core/mail/mailsender.h"
#include "core/people/userdirectory.h"
#include "core/sales/salesession.h"
#include "core/sales/threadedsalesauthority.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/terminalidentity.h"
#include "core/sync/cardpaymentsweep.h"
#include "core/sync/serverlink.h"
#include "core/terminal/terminalstack.h"
#include "ui/console/consolewindow.h"
#include "ui/counter/boxofficewindow.h"
#include "ui/counter/countershell.h"
#include "ui/counter/searchpanel.h"
#include "ui/gate/gatewindow.h"
#include "ui/widgets/firstadmindialog.h"
#include "ui/widgets/interfacelanguage.h"
#include "ui/widgets/loginscreen.h"
#include "ui/widgets/seatmapwidget.h"
#include "ui/widgets/terminalstartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostInfo>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
// Picks a screening with seats already sold, opens it and selects two seats, then saves a
// picture of the window and quits: for README images and for checking the UI under Xvfb.
void takeScreenshot(QWidget &frame, BoxOfficeWindow &window, const QString &path)
{
    // The same size whatever screen (or none) this runs on, so pictures compare.
    frame.resize(1440, 860);
    QTimer::singleShot(300, &window, [&frame, &window, path] {
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
        QTimer::singleShot(400, &window, [&frame, path] {
            const bool ok = frame.grab().save(path);
            std::fprintf(stderr, "marquee: %s %s\n", ok ? "wrote" : "could not write",
                         qPrintable(path));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
}
// A window as it first shows (the login screen), then quit.
void takePlainScreenshot(QWidget &window, const QString &path, QSize size)
{
    window.resize(size);
    QTimer::singleShot(400, &window, [&window, path] {
        const bool ok = window.grab().save(path);
        std::fprintf(stderr, "marquee: %s %s\n", ok ? "wrote" : "could not write",
                     qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
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

// --user: logs in with the password (or PIN) on standard input's first line. Scripts, tests
// and screenshots; people use the login screen.
std::optional<User> logInFromStdin(Database &store, const QString &login, User::Act act,
                                   QString *refusal)
{
    QTextStream in(stdin);
    const UserDirectory::LogIn result = UserDirectory(store).logInWith(login, in.readLine());
    if (!result.user) {
        *refusal = result.refusal;
        return std::nullopt;
    }
    if (!result.user->may(act)) {
        *refusal = result.user->refusal(act);
        return std::nullopt;
    }
    return result.user;
}

// A store with nobody in it (a cinema upgrading, a server's first terminal) asks for its first
// administrator. On a server that takes a manager's database login: --add-user says how.
std::optional<QString> ensureSomeoneWorksHere(TerminalStack &stack, bool quiet)
{
    if (!UserDirectory(stack.database()).isEmpty())
        return std::nullopt;
    if (stack.server() || quiet)
        return QCoreApplication::translate(
            "main", "Nobody can log in yet: add the first administrator with\n"
                    "  marquee --add-user LOGIN --role admin --user-name NAME\n"
                    "(its password, then its PIN, on standard input; with a server, as a "
                    "database login that may change users).");
    FirstAdminDialog dialog(stack.database());
    if (dialog.exec() != QDialog::Accepted)
        return QCoreApplication::translate("main", "Marquee needs someone to log in.");
    return std::nullopt;
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        TerminalStartup::application(argc, argv, {QStringLiteral("--add-user")});
    QCoreApplication &app = *application;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee box office"));
    const TerminalStartup startup(parser);
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once loaded, then quit."), QStringLiteral("FILE"));
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
    const QCommandLineOption addUserOption(
        QStringLiteral("add-user"),
        QStringLiteral("Add a user with this LOGIN and quit: its password, then optionally its "
                       "PIN, are read from standard input, one a line. With a server, needs a "
                       "database login that may change users."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        QStringLiteral("The role of --add-user: admin (default), manager, cashier or door."),
        QStringLiteral("ROLE"), QStringLiteral("admin"));
    const QCommandLineOption userNameOption(QStringLiteral("user-name"),
                                            QStringLiteral("The full name of --add-user."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Log in as LOGIN with the password (or PIN) read from standard input, "
                       "instead of the login screen: for scripts and screenshots."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption consoleOption(
        QStringLiteral("console"),
        QStringLiteral("Open the manager's console (settings, users, terminals) instead of the "
                       "box office, on the tab named: settings, users, terminals or problems."),
        QStringLiteral("TAB"));
    parser.addOptions({screenshotOption, gateOption, cameraFileOption, verdictLogOption,
                       gateRoomOption, gateScreeningOption, addUserOption, roleOption,
                       userNameOption, userOption, consoleOption});
    parser.process(app);
    const bool addingUser = parser.isSet(addUserOption);
    if (!addingUser)
        TerminalStartup::requireGui(parser);

    InterfaceLanguage::apply(startup.locale(QLocale::system()));
    const bool screenshot = parser.isSet(screenshotOption);
    const bool gate = parser.isSet(gateOption);
    const bool console = parser.isSet(consoleOption);
    const TerminalStack::Options options = startup.options(
        gate ? QStringLiteral("gate") : QStringLiteral("counter"),
        gate ? QCoreApplication::translate("main", "Gate %1").arg(QHostInfo::localHostName())
             : QCoreApplication::translate("main", "Counter %1").arg(QHostInfo::localHostName()));
    // Before the stack, which owns the payment sweep that uses it: destroyed after it.
    std::unique_ptr<PaymentProvider> cardReader;
    TerminalStack stack;
    if (const auto error = stack.open(options)) {
        TerminalStartup::fail(*error, screenshot || addingUser);
        return 1;
    }
    if (addingUser) {
        const auto role = User::roleFromName(parser.value(roleOption));
        if (!role) {
            std::fprintf(stderr, "marquee: --role is admin, manager, cashier or door\n");
            return 1;
        }
        QTextStream in(stdin);
        const QString password = in.readLine();
        const QString pin = in.readLine().trimmed();
        const QString login = parser.value(addUserOption);
        const QString name = parser.isSet(userNameOption) ? parser.value(userNameOption) : login;
        // Users live where the sales do: on the server when there is one, never only in its copy.
        if (const auto unreachable = stack.serverError()) {
            std::fprintf(stderr, "marquee: %s\n", qPrintable(*unreachable));
            return 1;
        }
        Database &store = stack.server() ? *stack.server() : stack.database();
        if (const auto error = UserDirectory(store).add(login, name, *role, password, pin)) {
            std::fprintf(stderr, "marquee: %s\n", qPrintable(*error));
            return 1;
        }
        std::fprintf(stderr, "marquee: user %s added (its password and PIN kept as hashes)\n",
                     qPrintable(login.trimmed().toLower()));
        return 0;
    }
    Database &database = stack.database();
    const TerminalIdentity &terminal = stack.terminal();
    if (const auto nobody = ensureSomeoneWorksHere(stack, screenshot || parser.isSet(userOption))) {
        TerminalStartup::fail(*nobody, screenshot || parser.isSet(userOption));
        return 1;
    }
    std::optional<User> scripted;
    if (parser.isSet(userOption)) {
        QString refusal;
        scripted = logInFromStdin(database, parser.value(userOption),
                                  gate      ? User::Act::RunGate
                                  : console ? User::Act::OpenConsole
                                            : User::Act::Sell,
                                  &refusal);
        if (!scripted) {
            TerminalStartup::fail(refusal, true);
            return 1;
        }
    }
    if ((gate || console) && !scripted) {
        // The door person (or the manager) logs in first; the window then runs as them.
        LoginScreen login(database, console ? User::Act::OpenConsole : User::Act::RunGate);
        login.setWindowTitle(
            console
                ? QCoreApplication::translate("main", "Marquee — console")
                : QCoreApplication::translate("main", "Marquee — gate — %1").arg(terminal.name()));
        login.setPlace(terminal.name());
        QObject::connect(&login, &LoginScreen::loggedIn, &app, [&scripted, &app](const User &u) {
            scripted = u;
            app.exit(0);
        });
        login.show();
        if (screenshot) {
            takePlainScreenshot(login, parser.value(screenshotOption), QSize(1280, 720));
            return app.exec();
        }
        app.exec();
        if (!scripted)
            return 0; // closed without logging in
        login.hide();
    }
    if (console) {
        // On a server the console changes the server's rows, as this --server's database
        // login: a marquee_manager one may (README, "People").
        // Never on the local copy alone: what it saved there the next copy would undo.
        if (const auto unreachable = stack.serverError()) {
            TerminalStartup::fail(
                QCoreApplication::translate("main", "The console changes the server, which "
                                                    "cannot be reached: %1")
                    .arg(*unreachable),
                screenshot);
            return 1;
        }
        Database *server = stack.server();
        ConsoleWindow window(server ? *server : database, server, *scripted,
                             Actor{scripted->id, terminal.terminalId()});
        const QStringList tabs = {QStringLiteral("settings"), QStringLiteral("users"),
                                  QStringLiteral("terminals"), QStringLiteral("problems")};
        window.showTab(
            ConsoleWindow::Tab(std::max(0, int(tabs.indexOf(parser.value(consoleOption))))));
        window.show();
        if (screenshot)
            takePlainScreenshot(window, parser.value(screenshotOption), QSize(1100, 640));
        return app.exec();
    }
    if (gate) {
        GateWindow window(database, stack.server() ? *stack.server() : database, terminal,
                          GatePerson(scripted->name, scripted->id));
        VerdictLog log;
        if (parser.isSet(verdictLogOption)) {
            if (const auto e = log.open(parser.value(verdictLogOption))) {
                TerminalStartup::fail(
                    QCoreApplication::translate("main", "The verdict log %1 cannot be written: %2")
                        .arg(parser.value(verdictLogOption), *e),
                    screenshot);
                return 1;
            }
            window.setVerdictLog(&log);
        }
        stack.buildLink();
        if (ServerLink *link = stack.link()) {
            window.setServerLink(link);
            window.scanner()->setServerOnline(!stack.serverError().has_value());
            link->start();
        }
        if (parser.isSet(gateRoomOption) || parser.isSet(gateScreeningOption))
            window.setScope(
                {parser.value(gateRoomOption).toInt(), parser.value(gateScreeningOption).toInt()});
        window.show();
        if (parser.isSet(cameraFileOption)) {
            if (const auto e = window.useFile(parser.value(cameraFileOption))) {
                TerminalStartup::fail(*e, screenshot);
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
    stack.buildSelling();
    QString readerError;
    cardReader = startup.paymentProvider(database, &readerError);
    if (!cardReader) {
        TerminalStartup::fail(readerError, screenshot);
        return 1;
    }
    // E-mailed tickets go from this terminal's own file, on a thread of their own. Without
    // smtp_url they stay queued until it is set and Marquee restarts.
    std::unique_ptr<MailSender> mail;
    if (!StoreSettings(database).value(QStringLiteral("smtp_url")).isEmpty()) {
        mail = std::make_unique<MailSender>(database.path());
        mail->start();
    }
    // One window a cashier, made when they log in, wired to the same terminal.
    const auto makeWindow = [&](const User &, QWidget *parent) {
        auto *window = new BoxOfficeWindow(database, stack.authority(), *cardReader, terminal);
        window->setParent(parent);
        if (ThreadedSalesAuthority *threaded = stack.threaded())
            QObject::connect(threaded, &ThreadedSalesAuthority::busyChanged, window,
                             &BoxOfficeWindow::setWaitingForServer);
        if (stack.server())
            window->setReportsServer(stack.server());
        if (ServerLink *link = stack.link())
            window->setServerLink(link);
        if (mail)
            window->setMailSender(mail.get());
        return window;
    };
    CounterShell shell(database, terminal.name(), makeWindow);
    shell.setLockAfterMinutes(
        StoreSettings(database).intValue(QStringLiteral("counter_lock_minutes"), 5));
    if (ServerLink *link = stack.link())
        link->start();
    // Card payments a crash left unfinished become sales or are released, and the cashier
    // hears about it.
    if (CardPaymentSweep *sweep = stack.startCardPaymentSweep(*cardReader))
        QObject::connect(sweep, &CardPaymentSweep::finished, &shell,
                         &CounterShell::showCardPaymentSweep);
    if (scripted)
        shell.logIn(*scripted);
    shell.show();
    if (screenshot) {
        if (BoxOfficeWindow *window = shell.current())
            takeScreenshot(shell, *window, parser.value(screenshotOption));
        else
            takePlainScreenshot(shell, parser.value(screenshotOption), QSize(1440, 860));
    }
    return app.exec();
}
