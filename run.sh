#!/usr/bin/env bash
# Sets up whatever is missing, builds in build/ and starts the box office on its embedded
# database (demo data on first start). Arguments go to marquee: ./run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
./scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    # No screen here (a server, a CI box): run it on a virtual one, e.g. for --screenshot.
    echo "run.sh: no display found; starting marquee on a virtual screen (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x900x24" ./build/app/marquee "$@"
fi
exec ./build/app/marquee "$@"
