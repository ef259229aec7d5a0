// SPDX-License-Identifier: GPL-3.0-or-later
#include "failovergatekeeper.h"

#include "core/store/database.h"

FailoverGatekeeper::FailoverGatekeeper(const Database &authority, const Database *localCopy,
                                       int terminalId, QString gateName, GatePerson person)
    : m_authority(authority), m_localCopy(localCopy), m_terminalId(terminalId),
      m_gateName(std::move(gateName)), m_person(std::move(person))
{}

FailoverGatekeeper::~FailoverGatekeeper() = default;

Gatekeeper &FailoverGatekeeper::server()
{
    if (!m_server) {
        m_server = std::make_unique<Gatekeeper>(m_authority, m_terminalId, m_gateName, m_person);
        // With a local copy to fall back on, the door never waits long for the server.
        if (m_localCopy)
            m_server->setPatienceMs(kServerPatienceMs);
    }
    return *m_server;
}

Gatekeeper &FailoverGatekeeper::local()
{
    if (!m_local) {
        m_local = std::make_unique<Gatekeeper>(*m_localCopy, m_terminalId, m_gateName, m_person);
        m_local->setQueueForServer(true);
    }
    return *m_local;
}

GateVerdict FailoverGatekeeper::judge(const QString &code, const GateScope &scope)
{
    if (!m_localCopy)
        return server().judge(code, scope);
    if (m_serverBack.exchange(false))
        m_serverPause.invalidate();
    if (m_serverOnline &&
        (!m_serverPause.isValid() || m_serverPause.hasExpired(m_serverRetryMs.load()))) {
        GateVerdict verdict = server().judge(code, scope);
        if (verdict.reason != GateVerdict::Reason::Unavailable) {
            local().learnAdmission(verdict);
            m_serverPause.invalidate();
            return verdict;
        }
        // The server did not answer in time (a lock, a hung connection) or is gone: the next
        // scans are judged here at once, and the server is asked again a little later.
        m_serverPause.start();
    }
    // The door does not wait for the network: the signature, the local list of used tickets
    // and this gate's own admissions decide; the scan goes to the outbox for the server.
    GateVerdict verdict = local().judge(code, scope);
    verdict.judgedOffline = true;
    return verdict;
}

std::optional<Gatekeeper::Attendance> FailoverGatekeeper::attendance(const GateVerdict &verdict)
{
    if (verdict.screeningId == 0)
        return std::nullopt;
    return (verdict.judgedOffline ? local() : server()).attendance(verdict.screeningId);
}
