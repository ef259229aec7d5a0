-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10: who did it. Orders, payments and tickets name the user who sold them as well as
-- the terminal (NULL: nobody logged in, the kiosk). The audit log keeps what managers and
-- administrators changed: who, what, when, before and after.
ALTER TABLE orders ADD COLUMN user_id INTEGER;
ALTER TABLE payments ADD COLUMN user_id INTEGER;
ALTER TABLE tickets ADD COLUMN user_id INTEGER;
-- Scans keep user_name, the name as it was then, beside the id.
ALTER TABLE scans ADD COLUMN user_id INTEGER;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id INTEGER,
    terminal_id INTEGER,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
-- As on a server, where each terminal's heartbeat says what waits in its outbox.
ALTER TABLE terminals ADD COLUMN outbox_depth INTEGER NOT NULL DEFAULT 0;
-- Append-only: a line of the log is never changed or removed.
CREATE TRIGGER audit_log_kept BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
CREATE TRIGGER audit_log_not_removed BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
INSERT OR IGNORE INTO settings (key, value) VALUES ('counter_lock_minutes', '5');
