#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# On a machine with no display (a server, a fresh minimal Debian, a CI box), --help and
# --version still answer instead of aborting on the missing platform plugin.
# Usage: nodisplay_test.sh MARQUEE MARQUEE_KIOSK VERSION
set -uo pipefail
status=0
for program in "$1" "$2"; do
    for option in --version --help; do
        out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$program" "$option" 2>&1)
        rc=$?
        if [ "$rc" -ne 0 ]; then
            echo "FAIL: $(basename "$program") $option exited $rc without a display: $out"
            status=1
        elif [ "$option" = --version ] && [[ "$out" != *"$3"* ]]; then
            echo "FAIL: $(basename "$program") --version does not say $3: $out"
            status=1
        elif [ "$option" = --help ] && [[ "$out" != *--database* ]]; then
            echo "FAIL: $(basename "$program") --help does not list --database: $out"
            status=1
        else
            echo "ok: $(basename "$program") $option"
        fi
    done
done
exit $status
