#!/usr/bin/env bash
# Sets up whatever is missing, builds in build/ and starts the box office on its embedded
# database (demo data on first start). Arguments go to marquee: ./run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
./scripts/build.sh
exec ./build/app/marquee "$@"
