-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: the people who work the terminals. Passwords and PINs are kept only as Argon2id
-- hashes (libsodium's crypto_pwhash_str strings, each with its own salt). Five wrong PINs in a
-- row lock that person's quick switch for a minute (pin_locked_until, ms since the epoch).
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 1 AND 64),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'cashier', 'door')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT NOT NULL,
    pin_hash TEXT,
    pin_failures INTEGER NOT NULL DEFAULT 0,
    pin_locked_until INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
