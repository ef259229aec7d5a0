// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/payments/paymentprovider.h"
#include "core/terminal/terminalstack.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <memory>

// What every Marquee program does first, the same way: names the application, takes the
// options every terminal has (--database, --server, --demo, --lang, --terminal-name), turns
// them into the language and the TerminalStack's options (a --server is remembered), and
// says why it cannot start.
class TerminalStartup
{
    Q_DECLARE_TR_FUNCTIONS(TerminalStartup)
public:
    // The application object, named (its settings and data folders follow). A GUI one, except
    // when the command line asks for --help, --version or one of the program's
    // headlessOptions (jobs for a script, such as adding a user): those run on a machine with
    // no display, where a QApplication would abort loading its platform plugin.
    static std::unique_ptr<QCoreApplication> application(int &argc, char **argv,
                                                         const QStringList &headlessOptions = {});
    // The parser has been processed and the program still runs: when application() made no
    // GUI (a --help given as another option's value), shows the help and exits.
    static void requireGui(QCommandLineParser &parser);
    // Adds the common options to the parser; the program adds its own and processes it.
    explicit TerminalStartup(QCommandLineParser &parser);

    // --lang, or the fallback.
    QLocale locale(const QLocale &fallback) const;
    // The store, server and name to start with; a --server given is remembered for next time.
    TerminalStack::Options options(const QString &kind, const QString &defaultName) const;
    // The card reader at this terminal: Stripe Terminal when a --card-reader was given
    // (remembered for next time) and the store has stripe_key, the simulated terminal when no
    // reader is set. A reader without stripe_key is an error (*error says it), never the
    // simulator: that would hand out tickets for cards nobody charged.
    std::unique_ptr<PaymentProvider> paymentProvider(const Database &store, QString *error) const;

    // To standard error, and in a message box unless quiet (screenshots, scripts).
    static void fail(const QString &message, bool quiet);

private:
    const QCommandLineParser &m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_demo;
    QCommandLineOption m_lang;
    QCommandLineOption m_name;
    QCommandLineOption m_server;
    QCommandLineOption m_cardReader;
};
