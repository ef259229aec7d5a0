-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: seat leases (see the server's 004_leases.sql). A terminal's local copy holds the
-- server's holds, its own leases among them (token 'lease:<terminal id>'); the embedded store
-- has no other terminals and never leases.

ALTER TABLE terminals ADD COLUMN lease_seats INTEGER NOT NULL DEFAULT 0;

INSERT OR IGNORE INTO settings (key, value) VALUES ('lease_return_minutes', '60');
