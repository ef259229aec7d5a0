-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: seat leases. A terminal may keep a few seats of each upcoming screening for itself,
-- to sell while the server is out of reach. A lease is a hold with the token 'lease:<terminal
-- id>', so the rule that makes one hold per seat (the primary key) also keeps a leased seat
-- from everyone else, with no new race to get wrong. It lasts until lease_return_minutes
-- before the screening, on the server's clock: then it expires like any hold, and the seat is
-- back on general sale whether or not its terminal ever returns.

-- Seats per screening this terminal leases: set by a manager (0, the default, for kiosks).
ALTER TABLE terminals ADD COLUMN lease_seats integer NOT NULL DEFAULT 0
    CHECK (lease_seats BETWEEN 0 AND 100);

INSERT INTO settings (key, value) VALUES ('lease_return_minutes', '60')
ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE FUNCTION holds_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    now_ms bigint := marquee_now_ms();
    allowed integer;
    leased integer;
    returns_at bigint;
BEGIN
    NEW.created_at := now_ms;
    IF NEW.hold_token LIKE 'lease:%' THEN
        IF NEW.hold_token <> 'lease:' || NEW.terminal_id THEN
            RAISE EXCEPTION 'lease_not_own' USING ERRCODE = 'check_violation';
        END IF;
        SELECT lease_seats INTO allowed FROM terminals WHERE id = NEW.terminal_id;
        SELECT COUNT(*) INTO leased FROM holds
         WHERE screening_id = NEW.screening_id AND hold_token = NEW.hold_token
           AND expires_at > now_ms;
        IF leased >= COALESCE(allowed, 0) THEN
            RAISE EXCEPTION 'lease_limit' USING ERRCODE = 'check_violation';
        END IF;
        SELECT starts_at - marquee_setting('lease_return_minutes', 60)::bigint * 60000
          INTO returns_at FROM screenings WHERE id = NEW.screening_id;
        NEW.expires_at := LEAST(NEW.expires_at, returns_at);
        IF NEW.expires_at <= now_ms THEN
            RETURN NULL; -- too close to the screening: nothing to lease
        END IF;
    ELSE
        NEW.expires_at := LEAST(NEW.expires_at,
                                now_ms + marquee_setting('hold_max_minutes', 30)::bigint * 60000);
    END IF;
    DELETE FROM holds
     WHERE screening_id = NEW.screening_id AND seat_id = NEW.seat_id AND expires_at <= now_ms;
    RETURN NEW;
END $$;
