// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gate/gateverdict.h"
#include "core/tickets/ticketcode.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

// Which tickets a gate lets in: those of one room (a room's door) or of any room (the lobby),
// optionally of one screening only. A ticket is always refused outside its screening's
// admission window.
struct GateScope
{
    int roomId = 0;      // 0: any room
    int screeningId = 0; // 0: any screening whose admission window is open
};

// Who runs the gate: the name goes on each scan as it was then, the id says which user.
struct GatePerson
{
    // A name alone (id 0) is a door run by nobody logged in: scripts and older callers.
    GatePerson(QString name = {}, int id = 0) : name(std::move(name)), userId(id) {}
    QString name;
    int userId = 0;
};

// Judges scanned codes and admits tickets, on the authority (the embedded store, or the
// server): the signature against the terminals' keys, then one transaction that reads the
// ticket, checks it and marks it used, so two gates scanning the same ticket at the same moment
// admit it once. Every scan is recorded, refused ones too. Not thread-safe: one per thread.
class Gatekeeper
{
public:
    Gatekeeper(const Database &authority, int terminalId, QString gateName, GatePerson person);

    GateVerdict judge(const QString &code, const GateScope &scope);

    struct Attendance
    {
        int admitted = 0;
        int expected = 0; // tickets sold and not cancelled
    };
    std::optional<Attendance> attendance(int screeningId) const;

    QString gateName() const { return m_gateName; }

    // On a local copy: the server admitted this ticket, so the copy marks it used too and is
    // right if the server goes next. Nothing for a refusal.
    void learnAdmission(const GateVerdict &serverVerdict);

    // For a gate judging on its local copy while the server is away: every scan is also put in
    // the outbox, in the same local transaction, to be uploaded when the server is back.
    void setQueueForServer(bool queue) { m_queueForServer = queue; }
    // On a server: how long each statement of a scan may wait for a lock or an answer before
    // it gives up (and nothing of the admission is kept), so a door is never held up by
    // someone else's long transaction. 0 keeps the connection's own limits.
    void setPatienceMs(int ms) { m_patienceMs = ms; }

private:
    // Sets the patience on the server connection; false when the server does not answer.
    bool limitWaiting();
    GateVerdict judgeTicket(const TicketCode::Payload &payload, const GateScope &scope);
    // Offline: a ticket this copy does not know, sold by another counter on a seat the server
    // had leased to it (NotSold when it was not).
    GateVerdict judgeOfflineSale(QSqlDatabase &db, const TicketCode::Payload &payload,
                                 const GateScope &scope);
    // Valid, or why this scope and this moment refuse the screening of v.
    GateVerdict::Reason entryRefusal(const GateVerdict &v, int roomId, qint64 nowMs,
                                     const GateScope &scope) const;
    bool recordScan(const GateVerdict &verdict);
    bool queueScan(QSqlDatabase &db, const GateVerdict &verdict,
                   const std::optional<TicketCode::Payload> &ticket);

    const Database &m_database;
    int m_terminalId;
    QString m_gateName;
    GatePerson m_person;
    TicketCode::KeyLookup m_keys;
    bool m_queueForServer = false;
    std::optional<QString> m_keyLookupFailed; // why the store did not answer
    int m_patienceMs = 0;
};
