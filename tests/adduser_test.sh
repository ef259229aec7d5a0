#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An installer or a script adds the first administrator with no display and no one to type:
# `marquee --add-user` reads the password and PIN from standard input. Tried: a good user, the
# same login again, an unknown role, a password too short.
# Usage: adduser_test.sh MARQUEE
set -uo pipefail
marquee=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME=$dir XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$marquee" --database "$dir/store.sqlite" "$@"; }
status=0
expect() { # expect RC DESCRIPTION STDIN ARGS…
    local want=$1 what=$2 input=$3
    shift 3
    out=$(printf '%b' "$input" | run "$@" 2>&1)
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        echo "FAIL: $what: exited $rc, wanted $want: $out"
        status=1
    else
        echo "ok: $what: $out"
    fi
}
expect 0 "a new administrator" 'senha-forte-1\n2468\n' --add-user Marta --role admin \
    --user-name 'Marta Souza'
expect 1 "the same login again" 'outra-senha-2\n' --add-user marta --role cashier
expect 1 "an unknown role" 'senha-forte-1\n' --add-user joao --role boss
expect 1 "a password too short" 'curta\n' --add-user joao --role cashier
exit $status
