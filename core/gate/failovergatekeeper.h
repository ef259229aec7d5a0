// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gate/gatekeeper.h"

#include <QElapsedTimer>
#include <atomic>
#include <memory>

class Database;

// A gate's judge: the server's Gatekeeper while the server answers in time, the local copy's
// while it does not. A scan the server does not answer within a short patience (a lock, a
// hung connection) is judged on the copy at once and the server is left alone for a while,
// so the door never waits for the network; what the server admits is marked used on the
// copy too, so the copy is right if the server goes next. Offline scans go to the outbox.
// Made and used on one thread (the scanner's): each Gatekeeper opens that thread's session.
class FailoverGatekeeper
{
public:
    // localCopy null: the authority is the embedded store, nothing to fall back on.
    FailoverGatekeeper(const Database &authority, const Database *localCopy, int terminalId,
                       QString gateName, GatePerson person);
    ~FailoverGatekeeper();

    GateVerdict judge(const QString &code, const GateScope &scope);
    // Admitted and expected for the screening of a verdict, from whichever store judged it.
    std::optional<Gatekeeper::Attendance> attendance(const GateVerdict &verdict);

    // Told by the server link, from any thread. When it says the server is back, the next scan
    // asks the server again without waiting for the pause to end.
    void setServerOnline(bool online)
    {
        m_serverOnline = online;
        if (online)
            m_serverBack = true;
    }
    bool isServerOnline() const { return m_serverOnline.load(); }
    // How long the server is left alone after it failed to judge in time.
    void setServerRetryMs(int ms) { m_serverRetryMs = ms; }

    // How long the server may take to judge one scan when there is a copy to fall back on.
    static constexpr int kServerPatienceMs = 1200;

private:
    Gatekeeper &server();
    Gatekeeper &local();

    const Database &m_authority;
    const Database *m_localCopy;
    int m_terminalId;
    QString m_gateName;
    GatePerson m_person;
    std::unique_ptr<Gatekeeper> m_server;
    std::unique_ptr<Gatekeeper> m_local;
    std::atomic<bool> m_serverOnline{true};
    std::atomic<bool> m_serverBack{false};
    std::atomic<int> m_serverRetryMs{5000};
    // Running since the server last failed to judge in time.
    QElapsedTimer m_serverPause;
};
