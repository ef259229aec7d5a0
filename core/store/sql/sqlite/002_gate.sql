-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the gate. Every scan is kept, admitted or not, for audits and the door's counters.

INSERT INTO settings (key, value) VALUES
    -- A screening's admission window: from this many minutes before it starts…
    ('gate_opens_minutes_before', '60'),
    -- …until this many minutes after.
    ('gate_closes_minutes_after', '30');

CREATE TABLE scans (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER REFERENCES tickets (id), -- null when the code named no ticket
    screening_id INTEGER REFERENCES screenings (id),
    terminal_id INTEGER NOT NULL,
    gate TEXT NOT NULL,
    user_name TEXT NOT NULL,
    scanned_at INTEGER NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('admitted', 'refused', 'check')),
    reason TEXT NOT NULL
);
CREATE INDEX scans_by_time ON scans (scanned_at);
CREATE INDEX scans_by_ticket ON scans (ticket_id) WHERE ticket_id IS NOT NULL;
-- A scan is a record: it is never changed.
CREATE TRIGGER scans_immutable BEFORE UPDATE ON scans
BEGIN
    SELECT RAISE(ABORT, 'scan_immutable');
END;
