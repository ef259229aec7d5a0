-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: the people who work the terminals (as the embedded store's schema 9). Passwords and
-- PINs are kept only as Argon2id hashes. A terminal reads users to log them in and counts wrong
-- PINs; adding, changing or deactivating a user takes a role that owns the schema. Terminals
-- copy the users (written_by, as schema 6 does for the catalogue) so people log in offline.
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    login TEXT NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 1 AND 64),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'cashier', 'door')),
    active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT NOT NULL,
    pin_hash TEXT,
    pin_failures INTEGER NOT NULL DEFAULT 0,
    pin_locked_until BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL DEFAULT marquee_now_ms(),
    written_by xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE TRIGGER users_stamp BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION stamp_writer();
GRANT SELECT ON users TO marquee_terminal;
GRANT UPDATE (pin_failures, pin_locked_until) ON users TO marquee_terminal;
