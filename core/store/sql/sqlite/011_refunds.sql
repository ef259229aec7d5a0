-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: refunds (as the server's schema 9). A refund gives back some tickets of a paid
-- order: they are cancelled in the same transaction that records it, so their seats are for
-- sale again and every gate refuses them. A ticket is refunded at most once (refund_items'
-- unique ticket), whatever two terminals try at once. A card refund is 'due' until the
-- provider confirms it; the card sweep asks again with the same key until it does.
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status TEXT NOT NULL CHECK (status IN ('due', 'done')),
    payment_reference TEXT,
    provider_reference TEXT,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    terminal_id INTEGER,
    user_id INTEGER,
    authorized_by INTEGER,
    created_at INTEGER NOT NULL,
    settled_at INTEGER
);
CREATE INDEX refunds_by_order ON refunds (order_id);
CREATE INDEX refunds_due ON refunds (created_at) WHERE status = 'due';
CREATE TABLE refund_items (
    refund_id INTEGER NOT NULL REFERENCES refunds (id),
    ticket_id INTEGER NOT NULL UNIQUE,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX refund_items_by_refund ON refund_items (refund_id);
-- When and by whom a ticket was cancelled, for the gate's "cancelled at 19:42 by Ana".
ALTER TABLE tickets ADD COLUMN cancelled_at INTEGER;
ALTER TABLE tickets ADD COLUMN cancelled_by INTEGER;
-- A refund or exchange is refused this long after the screening started (a manager may
-- allow it); one above this amount, or of a sale of an earlier day, needs a manager's PIN.
INSERT OR IGNORE INTO settings (key, value) VALUES ('refund_after_start_minutes', '0');
INSERT OR IGNORE INTO settings (key, value) VALUES ('refund_limit_cents', '20000');
