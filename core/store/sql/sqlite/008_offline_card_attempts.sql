-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: card attempts of sales made while the server is away. An offline sale lives in
-- memory until it is paid, so without this row a crash between the card reader's charge and the
-- sale's record would leave no trace of the money. Written before the reader is asked; the
-- payment sweep asks the provider about rows still pending after a restart (and gives the money
-- back: the sale itself was lost with the program), and about refunds still owed.
CREATE TABLE offline_card_attempts (
    payment_key TEXT PRIMARY KEY,
    order_key TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    created_at INTEGER NOT NULL,  -- ms since the epoch
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'declined', 'approved', 'refund_due', 'refunded')),
    provider_reference TEXT
);
CREATE INDEX offline_card_attempts_open ON offline_card_attempts (created_at)
    WHERE status IN ('pending', 'refund_due');
