#!/usr/bin/env bash
# Replaying 10,000 offline sales after an outage, against a throwaway PostgreSQL with default
# durability (fsync and synchronous commit on).
#   bench/replay-throughput.sh [SALES]      (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bench/bench_replay ] || ./scripts/build.sh
source scripts/pgtest.sh
trap pgtest_stop EXIT
export PGTEST_DURABLE=${PGTEST_DURABLE:-1}
pgtest_start "$(( 54000 + RANDOM % 900 ))" >/dev/null
"$PG_BIN/createdb" replay
build/bench/bench_replay --uri "postgresql://postgres@/replay?host=$PGHOST&port=$PGPORT" \
    --sales "${1:-10000}"
