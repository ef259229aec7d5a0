// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/saleresult.h"
#include "core/store/terminalidentity.h"

#include <QList>

class Database;

// Keeps this terminal's seat leases on the server: a few seats of each upcoming screening
// (the terminal's lease_seats, set by a manager; 0 leases nothing) that nobody else can take,
// so that the terminal can sell them while the server is out of reach. Leases are holds with
// the terminal's lease token; the server ends them lease_return_minutes before the screening
// by itself. Run by the server link, on its thread.
class SeatLeaser
{
public:
    SeatLeaser(const Database &server, TerminalIdentity terminal);

    struct SeatKey
    {
        int screeningId = 0;
        int seatId = 0;
    };
    // Gives every lease of this terminal back to general sale (after an outage: what was not
    // sold offline is for everyone again), except the seats in `keep`. Returns how many seats
    // were returned.
    SaleResult<int> returnAll(const QList<SeatKey> &keep = {});
    // The seats a lease must not be returned for yet: sold offline and still queued for the
    // server, or held by an offline sale still in progress (read from the local copy).
    static QList<SeatKey> seatsInUseHere(const Database &local, const TerminalIdentity &terminal);
    // Tops this terminal's leases up to its lease_seats in every screening of the coming
    // `days` days that is not yet too close to its start, at most `maxScreenings` of them per
    // call (-1: all; each is a transaction) so that a caller with a period to keep can do it
    // in steps; *more says whether screenings are still short. Returns the seats now leased.
    SaleResult<int> refresh(int days = 7, int maxScreenings = -1, bool *more = nullptr);

private:
    const Database &m_server;
    TerminalIdentity m_terminal;
};
