-- The same writes as three-steps.sql in one transaction: what merging the steps would save.
SELECT nextval('floor_pair_seq') AS k, (SELECT id FROM terminals WHERE name = 'sale floor') AS term \gset
BEGIN;
INSERT INTO holds (screening_id, seat_id, hold_token, terminal_id, created_at, expires_at)
  SELECT screening_id, unnest(ARRAY[seat_a, seat_b]), 'h' || :k, :term, 0, marquee_now_ms() + 900000
    FROM floor_pairs WHERE k = :k;
INSERT INTO orders (idempotency_key, screening_id, terminal_id, hold_token, status, total_cents, created_at)
  SELECT 'o' || :k, screening_id, :term, 'h' || :k, 'pending', 2 * price_cents, 0
    FROM floor_pairs WHERE k = :k RETURNING id AS oid \gset
INSERT INTO order_items (order_id, seat_id, ticket_type_id, price_cents)
  SELECT :oid, unnest(ARRAY[seat_a, seat_b]), 1, price_cents FROM floor_pairs WHERE k = :k;
INSERT INTO tickets (order_id, screening_id, seat_id, ticket_type_id, price_cents, terminal_id, serial, code, status, created_at)
  SELECT :oid, screening_id, unnest(ARRAY[seat_a, seat_b]), 1, price_cents, :term,
         unnest(ARRAY[2 * :k, 2 * :k + 1]), 'c' || :k || unnest(ARRAY['a', 'b']), 'valid', 0
    FROM floor_pairs WHERE k = :k;
INSERT INTO payments (order_id, method, idempotency_key, amount_cents, tendered_cents, change_cents, status, created_at, updated_at)
  SELECT :oid, 'cash', 'p' || :k, 2 * price_cents, 2 * price_cents, 0, 'approved', 0, 0
    FROM floor_pairs WHERE k = :k;
UPDATE orders SET status = 'paid', paid_at = 0 WHERE id = :oid;
DELETE FROM holds WHERE hold_token = 'h' || :k;
COMMIT;
