// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalstack.h"

#include "core/demo/demodata.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/sales/threadedsalesauthority.h"
#include "core/store/storesettings.h"
#include "core/sync/cardpaymentsweep.h"
#include "core/sync/failoversalesauthority.h"
#include "core/sync/journaledsalesauthority.h"
#include "core/sync/localreplica.h"
#include "core/sync/mirroringsalesauthority.h"
#include "core/sync/offlinesalesauthority.h"
#include "core/sync/serveravailability.h"
#include "core/sync/serverlink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

TerminalStack::TerminalStack() = default;
TerminalStack::~TerminalStack() = default;

QString TerminalStack::replicaPath(const QString &serverUri)
{
    // By host and database only, so a changed password keeps the same copy.
    const QByteArray id = QCryptographicHash::hash(serverUri.section(QLatin1Char('@'), -1).toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex()
                              .left(12);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/replica-%1.sqlite").arg(QString::fromLatin1(id));
}

std::optional<QString> TerminalStack::open(const Options &options)
{
    m_options = options;
    const bool withServer = !options.serverUri.isEmpty();
    QString localPath = options.localPath;
    if (localPath.isEmpty())
        localPath = withServer ? replicaPath(options.serverUri) : Database::defaultPath();
    m_database = std::make_unique<Database>(localPath);
    if (auto error = m_database->open())
        return error;
    // An embedded store with sales of its own must never be overwritten by a server's copy.
    if (withServer && !DemoData::isEmpty(*m_database) &&
        StoreSettings(*m_database).value(QStringLiteral("replica_of")).isEmpty())
        return tr("%1 is an embedded database with its own sales, not a copy of a server. "
                  "Choose another file for the server's copy, or leave out --database.")
            .arg(QDir::toNativeSeparators(localPath));
    m_terminal = TerminalIdentity::loadOrCreate(*m_database, options.name, options.kind);
    if (!m_terminal)
        return tr("The terminal's signing key could not be made or read.");

    if (!withServer) {
        if (options.demo || DemoData::isEmpty(*m_database)) {
            if (const auto error = DemoData::populate(*m_database, options.demoDate))
                return tr("The demo data could not be written: %1").arg(*error);
        }
        return std::nullopt;
    }
    m_server = Database::server(options.serverUri);
    m_serverError = m_server->open();
    if (m_serverError) {
        // No server and nothing copied from it yet: nothing to show.
        if (DemoData::isEmpty(*m_database))
            return m_serverError;
        std::fprintf(stderr, "marquee: %s; starting offline on the local copy\n",
                     qPrintable(*m_serverError));
        return std::nullopt;
    }
    if (auto error = m_terminal->registerOn(*m_server, *m_database, options.kind))
        return error;
    if (options.demo) {
        if (const auto error = DemoData::populate(*m_server, options.demoDate))
            return tr("The demo data could not be written: %1").arg(*error);
    }
    // The first copy before the window opens, so the terminal starts with data.
    if (const auto error = LocalReplica::pullCatalogue(*m_server, *m_database))
        std::fprintf(stderr, "marquee: %s\n", qPrintable(*error));
    return std::nullopt;
}

CardPaymentSweep *TerminalStack::startCardPaymentSweep(PaymentProvider &payments)
{
    if (!payments.remembersAcrossRestarts())
        return nullptr;
    // Payments are recorded where the sales are: on the server when there is one.
    m_cardSweep = std::make_unique<CardPaymentSweep>(
        m_server ? *m_server : *m_database, *m_database, *m_authority, payments, *m_terminal);
    m_cardSweep->start();
    return m_cardSweep.get();
}

void TerminalStack::buildLink()
{
    if (m_server && !m_link)
        m_link = std::make_unique<ServerLink>(m_options.serverUri, *m_database, *m_terminal);
}

void TerminalStack::buildSelling()
{
    if (!m_server) {
        m_authority = std::make_unique<SqlSalesAuthority>(*m_database, *m_terminal);
        return;
    }
    buildLink();
    // One reading of the link for the whole chain.
    m_availability = std::make_unique<ServerAvailability>(!m_serverError.has_value());
    QObject::connect(m_link.get(), &ServerLink::stateChanged, m_link.get(),
                     [a = m_availability.get()](ServerLink::State state) { a->follow(state); });
    auto mirroring = std::make_unique<MirroringSalesAuthority>(
        std::make_unique<SqlSalesAuthority>(*m_server, *m_database, *m_terminal), *m_server,
        *m_database, *m_availability);
    // Server calls run on worker threads: a slow or hung server never freezes the screen.
    m_threaded = std::make_unique<ThreadedSalesAuthority>(
        std::shared_ptr<SalesAuthority>(std::move(mirroring)));
    // Without the server, the terminal sells the seats leased to it.
    m_offline = std::make_unique<OfflineSalesAuthority>(*m_database, *m_terminal);
    // The step that takes money goes to the outbox first: never lost to a crash.
    m_journaled = std::make_unique<JournaledSalesAuthority>(*m_threaded, *m_database);
    auto failover =
        std::make_unique<FailoverSalesAuthority>(*m_journaled, *m_offline, *m_availability);
    // On the link's thread, before it sends the outbox and returns leases.
    QObject::connect(
        m_link.get(), &ServerLink::offlineSalesEnding, m_link.get(),
        [f = failover.get()] { f->stopOfflineHolds(); }, Qt::DirectConnection);
    QObject::connect(
        m_link.get(), &ServerLink::offlineSalesResumed, m_link.get(),
        [f = failover.get()] { f->resumeOfflineHolds(); }, Qt::DirectConnection);
    m_authority = std::move(failover);
}
