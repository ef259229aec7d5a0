-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: the outbox. What a terminal did while it could not reach the server (and, later,
-- everything it does) is written here first, in the same local transaction as its effect, then
-- sent in order. The idempotency key makes the server apply each entry once, however often it
-- is sent.

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                       -- 'scan', …
    idempotency_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,                    -- JSON
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at INTEGER
);
CREATE INDEX outbox_pending ON outbox (id) WHERE state = 'pending';
