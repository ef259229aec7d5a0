-- Pairs of free seats side by side in upcoming screenings, in a shuffled order, so that
-- concurrent clients spread over screenings as the load generator's customers do.
DROP TABLE IF EXISTS floor_pairs;
DROP SEQUENCE IF EXISTS floor_pair_seq;
CREATE SEQUENCE floor_pair_seq;
CREATE TABLE floor_pairs AS
SELECT row_number() OVER (ORDER BY md5(screening_id::text || '/' || seat_a::text)) AS k,
       screening_id, seat_a, seat_b, price_cents
  FROM (SELECT sc.id AS screening_id, s.id AS seat_a,
               lead(s.id) OVER (PARTITION BY sc.id ORDER BY s.id) AS seat_b,
               row_number() OVER (PARTITION BY sc.id ORDER BY s.id) AS n, sc.price_cents
          FROM screenings sc JOIN seats s ON s.room_id = sc.room_id
         WHERE sc.starts_at > marquee_now_ms() AND s.kind IN ('standard', 'premium')) x
 WHERE n % 2 = 1 AND seat_b IS NOT NULL;
CREATE UNIQUE INDEX ON floor_pairs (k);
INSERT INTO terminals (name, public_key) VALUES ('sale floor', decode(repeat('ab', 32), 'hex'))
    ON CONFLICT DO NOTHING;
