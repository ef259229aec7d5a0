#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the tests: its own data directory under /tmp, a unix socket
# only (no TCP, so no port clashes), fsync off. Source this file, then:
#   pgtest_start   sets PGHOST, PGPORT, PGUSER, PGDATABASE and MARQUEE_TEST_PG_URI
#   pgtest_stop    stops it and removes the directory
# PGTEST_DURABLE=1 keeps PostgreSQL's default durability (fsync, synchronous commit), as a
# real box office runs it: benchmarks use that; tests trade it for speed.
PG_BIN=/usr/lib/postgresql/15/bin

pgtest_start() {
    PGTEST_DIR=$(mktemp -d /tmp/marquee-pgtest.XXXXXX)
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        # initdb refuses to run as root.
        chown postgres: "$PGTEST_DIR"
        as=(runuser -u postgres --)
    fi
    "${as[@]}" "$PG_BIN/initdb" -D "$PGTEST_DIR/data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync --no-instructions >/dev/null || return 1
    local fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PGTEST_DURABLE:-0}" = 1 ] && fast=""
    "${as[@]}" "$PG_BIN/pg_ctl" -D "$PGTEST_DIR/data" -l "$PGTEST_DIR/log" -w -t 30 \
        -o "-p ${1:-54329} -k $PGTEST_DIR -c listen_addresses= $fast -c max_connections=200" \
        start >/dev/null || { cat "$PGTEST_DIR/log"; return 1; }
    export PGHOST=$PGTEST_DIR PGPORT=${1:-54329} PGUSER=postgres PGDATABASE=marquee_test
    "$PG_BIN/createdb" marquee_test || return 1
    export MARQUEE_TEST_PG_URI="postgresql://postgres@/marquee_test?host=$PGTEST_DIR&port=$PGPORT"
}

pgtest_stop() {
    [ -n "${PGTEST_DIR:-}" ] || return 0
    local as=()
    [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$PG_BIN/pg_ctl" -D "$PGTEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PGTEST_DIR"
}
