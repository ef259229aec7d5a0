#!/usr/bin/env bash
# Live seat-map latency between two terminals, against a throwaway PostgreSQL.
#   bench/live-latency.sh [SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bench/bench_livemap ] || ./scripts/build.sh
source scripts/pgtest.sh
trap pgtest_stop EXIT
pgtest_start "$(( 54000 + RANDOM % 900 ))" >/dev/null
export MARQUEE_BENCH_PG_URI="$MARQUEE_TEST_PG_URI"
QT_QPA_PLATFORM=offscreen build/bench/bench_livemap "${1:-300}" 2>/dev/null
