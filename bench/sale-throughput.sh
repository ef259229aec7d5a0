#!/usr/bin/env bash
# Sale throughput against a throwaway PostgreSQL with default durability: pgbench's built-in
# tpcb-like with the same client count and duration, then marquee-loadgen, and the ratio
# loadgen/pgbench.
#   bench/sale-throughput.sh [CLIENTS...]      (default: 8 32; SECONDS=10)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bench/marquee-loadgen ] || ./scripts/build.sh
source scripts/pgtest.sh
trap pgtest_stop EXIT
# A server as a box office runs it: fsync and synchronous commit on (PGTEST_DURABLE=0 for the
# tests' fast settings).
export PGTEST_DURABLE=${PGTEST_DURABLE:-1}
pgtest_start "$(( 54000 + RANDOM % 900 ))" >/dev/null
seconds=${SECONDS_PER_RUN:-10}
clients_list=("$@")
[ ${#clients_list[@]} -gt 0 ] || clients_list=(8 32)
"$PG_BIN/createdb" pgbench
"$PG_BIN/pgbench" -q -i -s 10 pgbench >/dev/null 2>&1
for clients in "${clients_list[@]}"; do
    tps=$("$PG_BIN/pgbench" -n -c "$clients" -j 2 -T "$seconds" pgbench 2>/dev/null |
          sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n1)
    "$PG_BIN/dropdb" --if-exists loadgen
    "$PG_BIN/createdb" loadgen
    uri="postgresql://postgres@/loadgen?host=$PGHOST&port=$PGPORT"
    out=$(build/bench/marquee-loadgen --uri "$uri" --clients "$clients" --seconds "$seconds" --setup)
    echo "== $clients clients, $seconds s"
    echo "pgbench tpcb-like: $tps TPS"
    echo "$out" | grep -v SALES_PER_SECOND
    sps=$(echo "$out" | sed -n 's/^SALES_PER_SECOND \(.*\)/\1/p')
    awk -v s="$sps" -v t="$tps" 'BEGIN { printf "ratio loadgen/pgbench: %.2f\n", s / t }'
done
