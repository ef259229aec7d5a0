-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: who did it (as the embedded store's schema 10), and who may change what. Orders,
-- payments and tickets name the user as well as the terminal. The audit log keeps what
-- managers and administrators changed, with the database login that made the change.
-- marquee_manager may change the catalogue, prices, settings, users and terminals' keys; the
-- terminal role may not (a database login is made a manager with
-- GRANT marquee_manager TO <login>; README's "People").
ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);
ALTER TABLE payments ADD COLUMN user_id bigint REFERENCES users (id);
ALTER TABLE tickets ADD COLUMN user_id bigint REFERENCES users (id);
ALTER TABLE scans ADD COLUMN user_id bigint REFERENCES users (id);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at bigint NOT NULL DEFAULT marquee_now_ms(),
    user_id bigint REFERENCES users (id),
    terminal_id bigint REFERENCES terminals (id),
    action text NOT NULL,
    subject text NOT NULL,
    before text,
    after text,
    database_login text NOT NULL DEFAULT current_user
);
CREATE INDEX audit_log_at ON audit_log (at);
-- What each terminal's heartbeat says waits in its outbox, for the console.
ALTER TABLE terminals ADD COLUMN outbox_depth integer NOT NULL DEFAULT 0;
GRANT UPDATE (outbox_depth) ON terminals TO marquee_terminal;
INSERT INTO settings (key, value) VALUES ('counter_lock_minutes', '5') ON CONFLICT DO NOTHING;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'marquee_manager') THEN
        CREATE ROLE marquee_manager NOLOGIN;
    END IF;
END $$;
GRANT marquee_terminal TO marquee_manager;
GRANT SELECT ON audit_log TO marquee_terminal;
-- Append-only for everyone but the owner: INSERT, never UPDATE or DELETE.
GRANT INSERT ON audit_log TO marquee_manager;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO marquee_manager;
GRANT INSERT, UPDATE ON settings TO marquee_manager;
GRANT INSERT, UPDATE ON users TO marquee_manager;
GRANT USAGE ON SEQUENCE users_id_seq TO marquee_manager;
GRANT UPDATE (revoked_at) ON terminals TO marquee_manager;
GRANT INSERT, UPDATE, DELETE ON films, rooms, seats, screenings, ticket_types TO marquee_manager;
-- A manager closes what they looked into; the report shows only what is still open.
ALTER TABLE admission_conflicts ADD COLUMN resolved_at bigint;
ALTER TABLE admission_conflicts ADD COLUMN resolved_by bigint REFERENCES users (id);
ALTER TABLE flagged_uploads ADD COLUMN resolved_by bigint REFERENCES users (id);
GRANT UPDATE (resolved_at, resolved_by) ON admission_conflicts, flagged_uploads TO marquee_manager;
