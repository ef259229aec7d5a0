-- SPDX-License-Identifier: GPL-3.0-or-later
-- Marquee embedded store, schema 1. Times are milliseconds since the Unix epoch (UTC);
-- money is whole centavos. The rules that keep seats and money right live here, in
-- constraints and triggers, so that no caller can break them.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES
    ('hold_minutes', '15'),
    ('hold_max_minutes', '30'),
    ('meia_cap_percent', '40'),
    ('max_tickets_per_cpf', '10'),
    ('max_seats_per_sale', '20'),
    ('stranded_seat_policy', 'warn');

CREATE TABLE terminals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'counter' CHECK (kind IN ('counter', 'kiosk', 'gate')),
    version TEXT NOT NULL DEFAULT '',
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER,
    revoked_at INTEGER
);

-- This terminal's own identity and signing key; never leaves the machine.
CREATE TABLE local_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    terminal_id INTEGER NOT NULL REFERENCES terminals (id),
    secret_key BLOB NOT NULL CHECK (length(secret_key) = 64),
    next_ticket_serial INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE films (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    original_title TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL CHECK (duration_min > 0),
    rating TEXT NOT NULL DEFAULT 'L',
    genre TEXT NOT NULL DEFAULT ''
);

-- Accent- and case-insensitive title search ("acao" finds "Ação"), kept in step by triggers.
CREATE VIRTUAL TABLE films_fts USING fts5(
    title, original_title, content = 'films', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER films_fts_insert AFTER INSERT ON films
BEGIN
    INSERT INTO films_fts (rowid, title, original_title)
    VALUES (NEW.id, NEW.title, NEW.original_title);
END;
CREATE TRIGGER films_fts_delete AFTER DELETE ON films
BEGIN
    INSERT INTO films_fts (films_fts, rowid, title, original_title)
    VALUES ('delete', OLD.id, OLD.title, OLD.original_title);
END;
CREATE TRIGGER films_fts_update AFTER UPDATE ON films
BEGIN
    INSERT INTO films_fts (films_fts, rowid, title, original_title)
    VALUES ('delete', OLD.id, OLD.title, OLD.original_title);
    INSERT INTO films_fts (rowid, title, original_title)
    VALUES (NEW.id, NEW.title, NEW.original_title);
END;

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    premium_surcharge_cents INTEGER NOT NULL DEFAULT 0 CHECK (premium_surcharge_cents >= 0)
);

-- grid_x / grid_y place a seat on the room's grid: missing columns are aisles, missing
-- cells are gaps. Row labels and numbers are what is printed on the ticket.
CREATE TABLE seats (
    id INTEGER PRIMARY KEY,
    room_id INTEGER NOT NULL REFERENCES rooms (id),
    row_label TEXT NOT NULL,
    number INTEGER NOT NULL,
    grid_x INTEGER NOT NULL,
    grid_y INTEGER NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('standard', 'wheelchair', 'companion', 'premium', 'blocked')),
    UNIQUE (room_id, row_label, number),
    UNIQUE (room_id, grid_x, grid_y)
);

CREATE TABLE screenings (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films (id),
    room_id INTEGER NOT NULL REFERENCES rooms (id),
    starts_at INTEGER NOT NULL,
    local_date TEXT NOT NULL, -- yyyy-MM-dd at the venue, for date searches
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    meia_cap_percent INTEGER CHECK (meia_cap_percent BETWEEN 0 AND 100),
    seat_count INTEGER NOT NULL, -- sellable seats (not blocked)
    sold_count INTEGER NOT NULL DEFAULT 0
);
-- (local_date, film_id): a date-range search checks the film without reading the row.
CREATE INDEX screenings_by_date ON screenings (local_date, film_id, starts_at);
CREATE INDEX screenings_by_film ON screenings (film_id, starts_at);

CREATE TABLE ticket_types (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_pt TEXT NOT NULL,
    name_en TEXT NOT NULL,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    is_meia INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO ticket_types (code, name_pt, name_en, percent, is_meia, sort_order) VALUES
    ('inteira', 'Inteira', 'Full price', 100, 0, 1),
    ('meia', 'Meia-entrada', 'Half price (meia-entrada)', 50, 1, 2),
    ('senior', 'Idoso', 'Senior', 50, 0, 3),
    ('promo', 'Promoção', 'Promotion', 70, 0, 4);

-- People who gave a CPF at a sale; the e-mail is the last one they gave.
CREATE TABLE customers (
    cpf TEXT PRIMARY KEY CHECK (length(cpf) = 11),
    email TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One live hold per seat per screening: the primary key. An expired hold is deleted by the
-- next writer that wants the seat, inside its own transaction.
CREATE TABLE holds (
    screening_id INTEGER NOT NULL REFERENCES screenings (id),
    seat_id INTEGER NOT NULL REFERENCES seats (id),
    hold_token TEXT NOT NULL,
    terminal_id INTEGER,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (screening_id, seat_id)
);
CREATE INDEX holds_by_token ON holds (hold_token);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    screening_id INTEGER NOT NULL REFERENCES screenings (id),
    terminal_id INTEGER,
    hold_token TEXT NOT NULL,
    customer_cpf TEXT,
    customer_email TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled')),
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    created_at INTEGER NOT NULL,
    paid_at INTEGER
);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    seat_id INTEGER NOT NULL REFERENCES seats (id),
    ticket_type_id INTEGER NOT NULL REFERENCES ticket_types (id),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    PRIMARY KEY (order_id, seat_id)
);

-- One row per attempt; the idempotency key is what the card terminal sees, so a retry of the
-- same attempt can never charge twice.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card')),
    idempotency_key TEXT NOT NULL UNIQUE,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    tendered_cents INTEGER,
    change_cents INTEGER,
    status TEXT NOT NULL
        CHECK (status IN ('pending', 'approved', 'declined', 'refund_due', 'refunded')),
    provider_reference TEXT,
    decline_code TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- An order is paid at most once.
CREATE UNIQUE INDEX payments_one_approved_per_order ON payments (order_id)
    WHERE status = 'approved';

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    screening_id INTEGER NOT NULL REFERENCES screenings (id),
    seat_id INTEGER NOT NULL REFERENCES seats (id),
    ticket_type_id INTEGER NOT NULL REFERENCES ticket_types (id),
    price_cents INTEGER NOT NULL,
    customer_cpf TEXT,
    terminal_id INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    code TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('valid', 'used', 'cancelled')),
    created_at INTEGER NOT NULL,
    used_at INTEGER,
    used_gate TEXT,
    UNIQUE (terminal_id, serial)
);
-- Never one seat of a screening sold twice.
CREATE UNIQUE INDEX tickets_one_active_per_seat ON tickets (screening_id, seat_id)
    WHERE status <> 'cancelled';
CREATE INDEX tickets_by_cpf ON tickets (screening_id, customer_cpf) WHERE status <> 'cancelled';
CREATE INDEX tickets_by_order ON tickets (order_id);

-- At most max_tickets_per_cpf active tickets per CPF per screening.
CREATE TRIGGER tickets_cpf_limit BEFORE INSERT ON tickets
WHEN NEW.customer_cpf IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cpf_limit')
    WHERE (SELECT COUNT(*) FROM tickets
           WHERE screening_id = NEW.screening_id AND customer_cpf = NEW.customer_cpf
             AND status <> 'cancelled')
          >= (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'max_tickets_per_cpf');
END;

-- The meia-entrada share of a screening's sellable seats.
CREATE TRIGGER tickets_meia_cap BEFORE INSERT ON tickets
WHEN (SELECT is_meia FROM ticket_types WHERE id = NEW.ticket_type_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'meia_cap')
    WHERE (SELECT COUNT(*) FROM tickets t JOIN ticket_types tt ON tt.id = t.ticket_type_id
           WHERE t.screening_id = NEW.screening_id AND t.status <> 'cancelled'
             AND tt.is_meia = 1)
          >= (SELECT s.seat_count * COALESCE(s.meia_cap_percent,
                  (SELECT CAST(value AS INTEGER) FROM settings
                   WHERE key = 'meia_cap_percent')) / 100
              FROM screenings s WHERE s.id = NEW.screening_id);
END;

-- Sold counts for the search results' "seats left".
CREATE TRIGGER tickets_count_insert AFTER INSERT ON tickets
WHEN NEW.status <> 'cancelled'
BEGIN
    UPDATE screenings SET sold_count = sold_count + 1 WHERE id = NEW.screening_id;
END;
CREATE TRIGGER tickets_count_cancel AFTER UPDATE OF status ON tickets
WHEN OLD.status <> 'cancelled' AND NEW.status = 'cancelled'
BEGIN
    UPDATE screenings SET sold_count = sold_count - 1 WHERE id = NEW.screening_id;
END;
-- What a ticket is for never changes after the sale (the limits above were checked for it).
CREATE TRIGGER tickets_immutable BEFORE UPDATE OF screening_id, seat_id, ticket_type_id,
    customer_cpf, price_cents, terminal_id, serial, code, order_id ON tickets
BEGIN
    SELECT RAISE(ABORT, 'ticket_immutable');
END;
-- An admitted ticket stays admitted.
CREATE TRIGGER tickets_no_readmit BEFORE UPDATE OF status ON tickets
WHEN OLD.status = 'used' AND NEW.status = 'valid'
BEGIN
    SELECT RAISE(ABORT, 'ticket_used');
END;
-- A cancelled ticket stays cancelled: its seat may already be sold again.
CREATE TRIGGER tickets_no_uncancel BEFORE UPDATE OF status ON tickets
WHEN OLD.status = 'cancelled' AND NEW.status <> 'cancelled'
BEGIN
    SELECT RAISE(ABORT, 'ticket_cancelled');
END;
