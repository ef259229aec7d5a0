// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-kiosk: the self-service totem. Start-up only; the screens live in ui/, the rules in
// core/.

#include "core/mail/mailsender.h"
#include "core/sales/salesession.h"
#include "core/store/adminpin.h"
#include "core/store/storesettings.h"
#include "core/sync/serverlink.h"
#include "core/terminal/terminalstack.h"
#include "ui/kiosk/kioskwindow.h"
#include "ui/widgets/interfacelanguage.h"
#include "ui/widgets/terminalstartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostInfo>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
// Touches the buttons a customer would, so the picture shows a real state of the flow.
bool touch(KioskWindow &window, const QString &name, int nth = 0)
{
    const auto buttons = window.findChildren<QPushButton *>(name);
    QList<QPushButton *> shown;
    for (QPushButton *b : buttons) {
        if (b->isVisible() && b->isEnabled())
            shown << b;
    }
    if (nth >= shown.size())
        return false;
    shown[nth]->click();
    return true;
}

// Brings the kiosk to a step the way a customer would (attract, seats or tickets), saves a
// picture of it and quits: for README images and for looking at the UI under Xvfb.
void takeScreenshot(KioskWindow &window, const QString &path, const QString &step)
{
    const auto save = [&window, path] {
        QTimer::singleShot(400, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            std::fprintf(stderr, "marquee-kiosk: %s %s\n", ok ? "wrote" : "could not write",
                         qPrintable(path));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    };
    QTimer::singleShot(300, &window, [&window, step, save] {
        if (step == QLatin1String("attract")) {
            save();
            return;
        }
        if (step == QLatin1String("help")) {
            touch(window, QStringLiteral("help"));
            touch(window, QStringLiteral("example"), 1);
            save();
            return;
        }
        touch(window, QStringLiteral("screening"), 1);
        touch(window, QStringLiteral("party"), 2);
        if (step == QLatin1String("seats")) {
            save();
            return;
        }
        if (step == QLatin1String("types") || step == QLatin1String("details") ||
            step == QLatin1String("payment") || step == QLatin1String("tickets")) {
            touch(window, QStringLiteral("continue")); // seats → types
            if (step == QLatin1String("types"))
                return save();
            touch(window, QStringLiteral("continue")); // types → details
            if (step == QLatin1String("details"))
                return save();
            touch(window, QStringLiteral("continue")); // details → payment
            if (step == QLatin1String("payment"))
                return save();
            QObject::connect(&window, &KioskWindow::stepChanged, &window,
                             [save](KioskWindow::Step s) {
                                 if (s == KioskWindow::Step::Tickets)
                                     save();
                             });
            touch(window, QStringLiteral("pay"));
            return;
        }
        std::fprintf(stderr, "marquee-kiosk: no step called %s\n", qPrintable(step));
        QCoreApplication::exit(2);
    });
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        TerminalStartup::application(argc, argv, {QStringLiteral("--set-admin-pin")});
    QCoreApplication &app = *application;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee self-service kiosk"));
    const TerminalStartup startup(parser);
    const QCommandLineOption cardOption(
        QStringLiteral("card"),
        QStringLiteral("The card number the simulated card reader reads (default 4242 4242 4242 "
                       "4242, approved)."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption windowedOption(
        QStringLiteral("windowed"),
        QStringLiteral("Run in a window instead of full screen (still locked)."));
    const QCommandLineOption setPinOption(
        QStringLiteral("set-admin-pin"),
        QStringLiteral("Read a new administrator PIN from standard input, store its hash, and "
                       "quit."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the kiosk at --screenshot-step, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption stepOption(
        QStringLiteral("screenshot-step"),
        QStringLiteral("attract (default), seats, types, details, payment, tickets or help."),
        QStringLiteral("STEP"), QStringLiteral("attract"));
    const QCommandLineOption sizeOption(QStringLiteral("screenshot-size"),
                                        QStringLiteral("Window size for the screenshot, WxH."),
                                        QStringLiteral("SIZE"), QStringLiteral("1280x800"));
    parser.addOptions(
        {cardOption, windowedOption, setPinOption, screenshotOption, stepOption, sizeOption});
    parser.process(app);
    if (!parser.isSet(setPinOption))
        TerminalStartup::requireGui(parser);

    // A totem in Brazil greets in Portuguese; the language button is on every screen.
    InterfaceLanguage::apply(startup.locale(QLocale(QStringLiteral("pt_BR"))));
    const bool screenshot = parser.isSet(screenshotOption);
    const TerminalStack::Options options = startup.options(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("kiosk", "Kiosk %1").arg(QHostInfo::localHostName()));
    // Before the stack, which owns the payment sweep that uses it: destroyed after it.
    std::unique_ptr<PaymentProvider> cardReader;
    TerminalStack stack;
    if (const auto error = stack.open(options)) {
        TerminalStartup::fail(*error, screenshot || parser.isSet(setPinOption));
        return 1;
    }
    if (parser.isSet(setPinOption)) {
        QTextStream in(stdin);
        const QString pin = in.readLine().trimmed();
        if (const auto error = AdminPin(stack.database()).set(pin)) {
            std::fprintf(stderr, "marquee-kiosk: %s\n", qPrintable(*error));
            return 1;
        }
        std::fprintf(stderr, "marquee-kiosk: administrator PIN stored (as a hash)\n");
        return 0;
    }
    stack.buildSelling();

    QString readerError;
    cardReader = startup.paymentProvider(stack.database(), &readerError);
    if (!cardReader) {
        TerminalStartup::fail(readerError, screenshot);
        return 1;
    }
    KioskWindow window(stack.database(), stack.authority(), *cardReader, stack.terminal());
    stack.startCardPaymentSweep(*cardReader);
    if (parser.isSet(cardOption))
        window.setCardNumber(parser.value(cardOption));
    const StoreSettings store(stack.database());
    const QString assistantUrl = store.value(QStringLiteral("assistant_url"));
    if (!assistantUrl.isEmpty())
        window.setAssistantEndpoint({QUrl(assistantUrl),
                                     store.value(QStringLiteral("assistant_key")),
                                     store.value(QStringLiteral("assistant_model")), 6000});
    if (ServerLink *link = stack.link()) {
        window.setServerLink(link);
        link->start();
    }
    // E-mailed tickets go from this kiosk's own file, on a thread of their own. Without
    // smtp_url they stay queued until it is set and the kiosk restarts.
    std::unique_ptr<MailSender> mail;
    if (!store.value(QStringLiteral("smtp_url")).isEmpty()) {
        mail = std::make_unique<MailSender>(stack.database().path());
        window.setMailSender(mail.get());
        mail->start();
    }
    QObject::connect(&window, &KioskWindow::unlocked, &app, &QApplication::quit);
    if (screenshot) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 800);
        window.show();
        takeScreenshot(window, parser.value(screenshotOption), parser.value(stepOption));
    } else if (parser.isSet(windowedOption)) {
        window.resize(1280, 800);
        window.show();
    } else {
        window.showFullScreen();
    }
    return app.exec();
}
