#!/usr/bin/env bash
# Configures (once) and builds Marquee in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -G Ninja "${launcher[@]}"
fi
cmake --build build -j"$(nproc)"
