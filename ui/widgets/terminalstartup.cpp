// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalstartup.h"

#include "core/payments/simulatedcardterminal.h"
#include "core/payments/stripepaymentprovider.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSet>
#include <QSettings>

#include <cstdio>

std::unique_ptr<QCoreApplication> TerminalStartup::application(int &argc, char **argv,
                                                               const QStringList &headlessOptions)
{
    static const QSet<QByteArray> answeredWithoutDisplay = {"-h", "--help",    "--help-all",
                                                            "-v", "--version", "-?"};
    bool onlyAnswers = false;
    for (int i = 1; i < argc && !onlyAnswers; ++i) {
        const QByteArray word(argv[i]);
        onlyAnswers = answeredWithoutDisplay.contains(word);
        for (const QString &option : headlessOptions) {
            const QByteArray name = option.toLatin1();
            onlyAnswers = onlyAnswers || word == name || word.startsWith(QByteArray(name).append('='));
        }
    }
    std::unique_ptr<QCoreApplication> app;
    if (onlyAnswers)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    if (!onlyAnswers)
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/marquee/icons/marquee.svg")));
    return app;
}

void TerminalStartup::requireGui(QCommandLineParser &parser)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        parser.showHelp(0);
}

TerminalStartup::TerminalStartup(QCommandLineParser &parser)
    : m_parser(parser),
      m_database(QStringLiteral("database"), QStringLiteral("Use the SQLite database at PATH."),
                 QStringLiteral("PATH")),
      m_demo(QStringLiteral("demo"),
             QStringLiteral("Replace the catalogue and sales with the demo cinema.")),
      m_lang(QStringLiteral("lang"), QStringLiteral("Language of the interface: pt_BR or en."),
             QStringLiteral("LANG")),
      m_name(QStringLiteral("terminal-name"),
             QStringLiteral("Name of this terminal on first start."), QStringLiteral("NAME")),
      m_server(QStringLiteral("server"),
               QStringLiteral("Join a shared PostgreSQL server (libpq URI, remembered; \"none\" "
                              "to go back to the embedded database)."),
               QStringLiteral("URI")),
      m_cardReader(QStringLiteral("card-reader"),
                   QStringLiteral("The Stripe Terminal reader at this terminal (tmr_..., "
                                  "remembered; \"none\" for the simulated card terminal). Needs "
                                  "the store setting stripe_key."),
                   QStringLiteral("ID"))
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({m_database, m_demo, m_lang, m_name, m_server, m_cardReader});
}

QLocale TerminalStartup::locale(const QLocale &fallback) const
{
    return m_parser.isSet(m_lang) ? QLocale(m_parser.value(m_lang)) : fallback;
}

TerminalStack::Options TerminalStartup::options(const QString &kind,
                                                const QString &defaultName) const
{
    QSettings settings;
    if (m_parser.isSet(m_server))
        settings.setValue(QStringLiteral("server/uri"),
                          m_parser.value(m_server) == QLatin1String("none")
                              ? QString()
                              : m_parser.value(m_server));
    TerminalStack::Options options;
    options.serverUri = settings.value(QStringLiteral("server/uri")).toString();
    options.localPath = m_parser.value(m_database);
    options.kind = kind;
    options.name = m_parser.isSet(m_name) ? m_parser.value(m_name) : defaultName;
    options.demo = m_parser.isSet(m_demo);
    return options;
}

std::unique_ptr<PaymentProvider> TerminalStartup::paymentProvider(const Database &store,
                                                                  QString *error) const
{
    QSettings settings;
    if (m_parser.isSet(m_cardReader))
        settings.setValue(QStringLiteral("payments/reader"),
                          m_parser.value(m_cardReader) == QLatin1String("none")
                              ? QString()
                              : m_parser.value(m_cardReader));
    const QString reader = settings.value(QStringLiteral("payments/reader")).toString();
    if (reader.isEmpty())
        return std::make_unique<SimulatedCardTerminal>();
    if (const auto stripe = StripePaymentProvider::configFrom(store, reader))
        return std::make_unique<StripePaymentProvider>(*stripe);
    *error = tr("This terminal's card reader is %1, but the store has no stripe_key setting, so "
                "no card could be charged. Set stripe_key (see \"Card payments\" in the README), "
                "or start once with --card-reader none to use the simulated card terminal.")
                 .arg(reader);
    return nullptr;
}

void TerminalStartup::fail(const QString &message, bool quiet)
{
    std::fprintf(stderr, "%s: %s\n",
                 qPrintable(QCoreApplication::applicationFilePath().section(QLatin1Char('/'), -1)),
                 qPrintable(message));
    if (!quiet)
        QMessageBox::critical(nullptr, tr("Marquee cannot start"), message);
}
