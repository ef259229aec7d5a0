-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: tickets e-mailed from a queue. The counter writes a row when the sale completes
-- (never waiting for mail or PDF); the terminal's mail worker renders the PDF from `content`
-- (right after the sale, in its language), keeps it, and sends it, retrying with backoff while
-- the mail server is away. A sender claims a row by moving its next_attempt_at past the time a
-- send can take, so two programs on one file never send it both. Only in the terminal's own
-- SQLite file: the terminal that sold is the one that sends.

CREATE TABLE mail_queue (
    id INTEGER PRIMARY KEY,
    order_key TEXT UNIQUE,                    -- the order's idempotency key: one mail per order
    created_at INTEGER NOT NULL,              -- ms since the epoch
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,                   -- 'pt_BR' or 'en': the one subject and body are in
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attachment_name TEXT NOT NULL,
    content TEXT NOT NULL,                    -- JSON: everything TicketDocument needs for the PDF
    pdf BLOB,                                 -- made once, at the first attempt: retries send it
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,         -- ms since the epoch
    last_error TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    sent_at INTEGER
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE status = 'pending';
