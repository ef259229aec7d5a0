// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/salesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

class CardPaymentSweep;
class FailoverSalesAuthority;
class PaymentProvider;
class JournaledSalesAuthority;
class OfflineSalesAuthority;
class ServerAvailability;
class ServerLink;
class ThreadedSalesAuthority;

// What a terminal runs on, put together the same way for the counter, the kiosk and the gate:
// the local store (the whole store when embedded, the server's copy otherwise), this terminal's
// identity, the server and its link when there is one, and for selling terminals the chain of
// sales authorities (server calls on worker threads, money steps journaled first, the leased
// seats sold offline when the server is gone). Programs differ in their windows, not here.
class TerminalStack final
{
    Q_DECLARE_TR_FUNCTIONS(TerminalStack)
public:
    struct Options
    {
        QString serverUri; // empty: the embedded store
        QString localPath; // empty: the default place for this server (or the embedded store)
        QString kind;      // counter, kiosk or gate
        QString name;      // this terminal's name on first start
        bool demo = false; // replace the catalogue and sales with the demo cinema
        QDate demoDate = QDate::currentDate();
    };

    TerminalStack();
    ~TerminalStack();
    Q_DISABLE_COPY_MOVE(TerminalStack)

    // Opens the store, the identity and the server; an error means the program cannot start.
    // A server that does not answer is not an error when there is a copy of it to work on.
    std::optional<QString> open(const Options &options);
    // For selling terminals: the authority chain, the server link made (not started yet).
    void buildSelling();
    // For the gate: only the link.
    void buildLink();
    // For selling terminals, after buildSelling: settles the card payments a crash left
    // pending, now and every few minutes (see CardPaymentSweep). Nothing when the provider
    // cannot tell after a restart what it charged (the simulated terminal).
    CardPaymentSweep *startCardPaymentSweep(PaymentProvider &payments);

    Database &database() { return *m_database; }
    const TerminalIdentity &terminal() const { return *m_terminal; }
    Database *server() { return m_server.get(); }
    // Why the server could not be reached at start, if it could not.
    std::optional<QString> serverError() const { return m_serverError; }
    SalesAuthority &authority() { return *m_authority; }
    ServerLink *link() { return m_link.get(); }
    // The worker-thread part of the chain, when there is a server: its busyChanged says a
    // call is waiting on the server.
    ThreadedSalesAuthority *threaded() { return m_threaded.get(); }

    // Where a server's copy lives by default: one file per server.
    static QString replicaPath(const QString &serverUri);

private:
    Options m_options;
    std::unique_ptr<Database> m_database;
    std::optional<TerminalIdentity> m_terminal;
    std::unique_ptr<Database> m_server;
    std::optional<QString> m_serverError;
    std::unique_ptr<ServerAvailability> m_availability;
    std::unique_ptr<ThreadedSalesAuthority> m_threaded;
    std::unique_ptr<OfflineSalesAuthority> m_offline;
    std::unique_ptr<JournaledSalesAuthority> m_journaled;
    std::unique_ptr<SalesAuthority> m_authority;
    std::unique_ptr<ServerLink> m_link;
    std::unique_ptr<CardPaymentSweep> m_cardSweep;
};
