#!/usr/bin/env bash
# Sets up whatever is missing, builds in build/, starts a throwaway PostgreSQL and runs every
# test with ctest. The server is stopped at the end, also when tests fail.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
./scripts/build.sh
source scripts/pgtest.sh
trap pgtest_stop EXIT
pgtest_start "$(( 54000 + RANDOM % 900 ))"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j2 "$@"
