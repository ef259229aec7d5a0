#!/usr/bin/env bash
# Sets up whatever is missing, builds in build/ and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j2 "$@"
