-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 13: exchanges. Tickets changed for other seats: in one transaction the old tickets
-- are given back (a refund of what they cost beyond the new seats, often nothing) and the new
-- seats' order is paid with their value and cash for the rest. The same key answers the same
-- exchange; an order is paid by one exchange at most.
CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    old_order_id INTEGER NOT NULL REFERENCES orders (id),
    new_order_id INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    refund_id INTEGER NOT NULL UNIQUE REFERENCES refunds (id),
    credit_cents INTEGER NOT NULL CHECK (credit_cents >= 0),
    cash_cents INTEGER NOT NULL CHECK (cash_cents >= 0),
    terminal_id INTEGER,
    user_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX exchanges_by_old_order ON exchanges (old_order_id);
