-- The issue's "bare one-order-two-tickets insert transaction", on the real schema.
SELECT nextval('floor_pair_seq') AS k, (SELECT id FROM terminals WHERE name = 'sale floor') AS term \gset
BEGIN;
INSERT INTO orders (idempotency_key, screening_id, terminal_id, hold_token, status, total_cents, created_at)
  SELECT 'o' || :k, screening_id, :term, 'h' || :k, 'paid', 2 * price_cents, 0
    FROM floor_pairs WHERE k = :k RETURNING id AS oid \gset
INSERT INTO tickets (order_id, screening_id, seat_id, ticket_type_id, price_cents, terminal_id, serial, code, status, created_at)
  SELECT :oid, screening_id, unnest(ARRAY[seat_a, seat_b]), 1, price_cents, :term,
         unnest(ARRAY[2 * :k, 2 * :k + 1]), 'c' || :k || unnest(ARRAY['a', 'b']), 'valid', 0
    FROM floor_pairs WHERE k = :k;
COMMIT;
