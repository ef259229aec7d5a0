-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: which transaction last wrote each row a terminal copies, so that its local copy is
-- brought up to date with what changed instead of read again whole. A terminal keeps the
-- oldest transaction still running when it last copied (pg_snapshot_xmin): every change it has
-- not seen was written by that transaction or a later one, committed or not at the time.

CREATE FUNCTION stamp_writer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.written_by := pg_current_xact_id();
    RETURN NEW;
END $$;

ALTER TABLE settings ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE terminals ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE ticket_types ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE films ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE rooms ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE seats ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE screenings ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE tickets ADD COLUMN written_by xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE TRIGGER settings_stamp BEFORE UPDATE ON settings
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER terminals_stamp BEFORE UPDATE ON terminals
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER ticket_types_stamp BEFORE UPDATE ON ticket_types
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER films_stamp BEFORE UPDATE ON films
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER rooms_stamp BEFORE UPDATE ON rooms
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER seats_stamp BEFORE UPDATE ON seats
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER screenings_stamp BEFORE UPDATE ON screenings
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();
CREATE TRIGGER tickets_stamp BEFORE UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION stamp_writer();

CREATE INDEX screenings_by_writer ON screenings (written_by);
CREATE INDEX tickets_by_writer ON tickets (written_by);
