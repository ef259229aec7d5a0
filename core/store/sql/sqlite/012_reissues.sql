-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 12: reissued tickets and copies of a sale (as the server's schema 10). A lost ticket
-- is reissued: its row is cancelled and names the ticket that replaced it, a new code is
-- issued for the same seat in the same transaction, and every gate refuses the old code. A
-- ticket is replaced at most once (old_ticket_id is unique); the same key answers the same
-- reissue. Each reprint and each resent e-mail of a sale is recorded.
CREATE TABLE ticket_reissues (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    old_ticket_id INTEGER NOT NULL UNIQUE,
    new_ticket_id INTEGER NOT NULL UNIQUE,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    terminal_id INTEGER,
    user_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX ticket_reissues_by_order ON ticket_reissues (order_id);
-- No reference: a terminal's copy may receive the old ticket before its replacement.
ALTER TABLE tickets ADD COLUMN replaced_by INTEGER;
CREATE TABLE order_copies (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    kind TEXT NOT NULL CHECK (kind IN ('reprint', 'resend')),
    recipient TEXT,
    terminal_id INTEGER,
    user_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX order_copies_by_order ON order_copies (order_id);
