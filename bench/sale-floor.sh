#!/usr/bin/env bash
# How fast can any client sell on this schema? pgbench runs a two-seat cash sale written by hand
# in SQL (bench/sale-floor/*.sql: no reads, no checks, only the writes a sale must make) against
# the real schema and its rule triggers, beside tpcb-like and marquee-loadgen, all in one run on
# one throwaway server with default durability. Each variant starts from an empty sales table.
#   bench/sale-floor.sh [CLIENTS]      (default 8; SECONDS_PER_RUN=5)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bench/marquee-loadgen ] || ./scripts/build.sh
source scripts/pgtest.sh
trap pgtest_stop EXIT
export PGTEST_DURABLE=${PGTEST_DURABLE:-1}
pgtest_start "$(( 54000 + RANDOM % 900 ))" >/dev/null
clients=${1:-8}
seconds=${SECONDS_PER_RUN:-5}
sql=bench/sale-floor
"$PG_BIN/createdb" pgbench
"$PG_BIN/pgbench" -q -i -s 10 pgbench >/dev/null 2>&1
"$PG_BIN/createdb" floor
uri="postgresql://postgres@/floor?host=$PGHOST&port=$PGPORT"
build/bench/marquee-loadgen --uri "$uri" --clients 1 --seconds 1 --setup >/dev/null 2>&1
psql_floor() { "$PG_BIN/psql" -q -v ON_ERROR_STOP=1 -d floor "$@" >/dev/null 2>&1; }
# Three more weeks of the demo's screenings, so no variant runs out of free seats.
psql_floor -c "INSERT INTO screenings (film_id, room_id, starts_at, local_date, price_cents, \
meia_cap_percent, seat_count) SELECT film_id, room_id, starts_at + w * 604800000, \
to_char(to_date(local_date, 'YYYY-MM-DD') + 7 * w, 'YYYY-MM-DD'), price_cents, meia_cap_percent, \
seat_count FROM screenings, generate_series(1, 3) w WHERE starts_at > marquee_now_ms()"
fresh() {
    psql_floor -c "TRUNCATE tickets, order_items, payments, orders, holds, cpf_ticket_counts, \
scans CASCADE; UPDATE screenings SET sold_count = 0, meia_sold = 0"
    psql_floor -f "$sql/setup.sql"
}
tps() { sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n1; }
tpcb=$("$PG_BIN/pgbench" -n -c "$clients" -j 2 -T "$seconds" pgbench 2>/dev/null | tps)
printf '%d clients, %d s each\n%-58s %8.1f TPS\n' "$clients" "$seconds" "pgbench tpcb-like" "$tpcb"
variant() { # label, script
    fresh
    local t
    t=$("$PG_BIN/pgbench" -n -c "$clients" -j 2 -T "$seconds" -f "$sql/$2" floor 2>&1 | tps || true)
    awk -v l="$1" -v t="$t" -v b="$tpcb" 'BEGIN { printf "%-58s %8.1f sales/s  ratio %.2f\n", l, t, t / b }'
}
variant "hand-written sale, 3 transactions, rule triggers" three-steps.sql
variant "hand-written sale, 1 transaction, rule triggers" one-transaction.sql
variant "one order + two tickets, rule triggers" order-two-tickets.sql
psql_floor -c "ALTER TABLE tickets DISABLE TRIGGER tickets_notify; \
ALTER TABLE holds DISABLE TRIGGER holds_notify"
variant "hand-written sale, 3 transactions, triggers but no NOTIFY" three-steps.sql
psql_floor -c "ALTER TABLE tickets DISABLE TRIGGER USER; ALTER TABLE holds DISABLE TRIGGER USER"
variant "hand-written sale, 3 transactions, no triggers at all" three-steps.sql
variant "one order + two tickets, no triggers at all" order-two-tickets.sql
psql_floor -c "ALTER TABLE tickets ENABLE TRIGGER USER; ALTER TABLE holds ENABLE TRIGGER USER"
fresh
sps=$(build/bench/marquee-loadgen --uri "$uri" --clients "$clients" --seconds "$seconds" 2>/dev/null |
      sed -n 's/^SALES_PER_SECOND \(.*\)/\1/p')
awk -v l="marquee-loadgen (real core path, 1-4 seats, all checks)" -v t="$sps" -v b="$tpcb" \
    'BEGIN { printf "%-58s %8.1f sales/s  ratio %.2f\n", l, t, t / b }'
