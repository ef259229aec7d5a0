#!/usr/bin/env bash
# Faults that strand a sale: does every sale a client was told about reach the server, is any
# seat sold twice or any order left pending, and how soon does each client sell again?
# A throwaway PostgreSQL 15 with default durability, on TCP 127.0.0.1 (and its socket); the
# demo cinema; CLIENTS marquee-loadgen terminals (the real core sale path, retrying a step
# with the same keys while the server is gone) and beside them one real counter on seat
# leases (marquee-faultcounter: TerminalStack, ServerLink, offline sales from its leases),
# for 30 s each run:
#   run 1  after 10 s the postmaster is killed (SIGKILL); 9 s later it is started again
#   run 2  both go through a loopback TCP proxy (bench/tcpproxy.py); after 10 s it closes
#          every connection and blackholes new ones for 10 s, then lets them through again
# After each run: sales acknowledged (the counter's online and offline apart), acknowledged
# sales missing on the server (the counter's outbox is given up to 30 s to drain first),
# seats sold twice, orders left pending, which clients sold again after the server came back
# and how soon, and the age of the counter's heartbeat. Exits 1 when a must-be-0 figure is not.
#   bench/fault-recovery.sh [CLIENTS]     (default 8; BUILD_DIR=build, RUNS="1 2",
#                                          FAULT_SECONDS=30, FAULT_KEEP=1 keeps the work dir)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}
build=${BUILD_DIR:-build}
runs=${RUNS:-"1 2"}
duration=${FAULT_SECONDS:-30}
fault_at=10      # s into the run
kill_outage=9    # s the server stays dead in run 1
cut_outage=10    # s the link stays cut in run 2
lease_seats=8
PG_BIN=/usr/lib/postgresql/15/bin
PYTHON=/usr/bin/python3

if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "fault-recovery: no build in $build (run scripts/build.sh, or set BUILD_DIR)" >&2
    exit 2
fi
if ! out=$(cmake --build "$build" --target marquee-loadgen marquee-faultcounter 2>&1); then
    echo "$out" >&2
    exit 2
fi
loadgen=$build/bench/marquee-loadgen
counter=$build/bench/marquee-faultcounter

work=$(mktemp -d /tmp/marquee-fault.XXXXXX)
chmod 755 "$work"
as=()
if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --) # initdb and postgres refuse to run as root
fi
pgdata=$work/pg/data
sock=$work/pg
mkdir -p "$sock"
[ ${#as[@]} -eq 0 ] || chown postgres: "$sock"

pids=()
cleanup() {
    local rc=$?
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    for p in "${pids[@]}"; do
        wait "$p" 2>/dev/null || true
    done
    if [ -f "$pgdata/postmaster.pid" ]; then
        "${as[@]}" "$PG_BIN/pg_ctl" -D "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # A postmaster killed and not restarted (interrupted mid-outage) leaves backends that
    # exit by themselves when they notice; its socket and data go with the work dir.
    if [ "${FAULT_KEEP:-0}" = 1 ]; then
        echo "work dir kept: $work" >&2
    else
        rm -rf "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }
free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
pg_port=$(free_port)
proxy_port=$(free_port)
while [ "$proxy_port" = "$pg_port" ]; do proxy_port=$(free_port); done

pg_start() {
    "${as[@]}" "$PG_BIN/pg_ctl" -D "$pgdata" -l "$work/pg/log" -w -t 60 \
        -o "-p $pg_port -k $sock -c listen_addresses=127.0.0.1 -c max_connections=200" \
        start >/dev/null
}
psql_run() { # database, SQL
    "$PG_BIN/psql" -X -q -At -F $'\t' -v ON_ERROR_STOP=1 -h "$sock" -p "$pg_port" -U postgres \
        -d "$1" -c "$2"
}

# PostgreSQL's default durability (fsync, synchronous commit), as a box office runs it.
"${as[@]}" "$PG_BIN/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-instructions >/dev/null
pg_start || { cat "$work/pg/log" >&2; exit 1; }

# Waits until FILE has a line matching PATTERN, while process PID lives; at most S seconds.
wait_for_line() { # file, pattern, pid, seconds
    local until=$(( $(now_ms) + $4 * 1000 ))
    while ! grep -q "$2" "$1" 2>/dev/null; do
        kill -0 "$3" 2>/dev/null || return 1
        [ "$(now_ms)" -lt "$until" ] || return 1
        sleep 0.1
    done
}

# Lines of a tab-separated file matching an awk condition (0 when there is no file).
count() { # file, condition
    [ -f "$1" ] || { echo 0; return; }
    awk -F'\t' "$2 { n++ } END { print n + 0 }" "$1"
}
# Seconds between two ms stamps, one decimal.
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

failed_figures=0
must_be_zero() { # label, value
    local mark="ok"
    if [ "$2" != 0 ]; then
        mark="FAIL"
        failed_figures=$((failed_figures + 1))
    fi
    printf '  %-66s %6s  (must be 0: %s)\n' "$1" "$2" "$mark"
}

run_one() { # run number
    local n=$1 dir=$work/run$1 db=fault$1
    mkdir -p "$dir"
    "$PG_BIN/createdb" -h "$sock" -p "$pg_port" -U postgres "$db"
    local direct="postgresql://postgres@127.0.0.1:$pg_port/$db"
    local sale_uri=$direct proxy_pid=""
    if [ "$n" = 2 ]; then
        "$PYTHON" bench/tcpproxy.py "$proxy_port" "$pg_port" --ready "$dir/proxy.ready" \
            2>"$dir/proxy.log" &
        proxy_pid=$!
        pids+=("$proxy_pid")
        local i
        for i in $(seq 50); do [ -s "$dir/proxy.ready" ] && break; sleep 0.1; done
        [ -s "$dir/proxy.ready" ] || { echo "proxy did not start" >&2; cat "$dir/proxy.log" >&2; exit 1; }
        sale_uri="postgresql://postgres@127.0.0.1:$proxy_port/$db"
    fi
    "$loadgen" --uri "$direct" --clients 1 --seconds 1 --setup >"$dir/setup.out" 2>&1 ||
        { cat "$dir/setup.out" >&2; exit 1; }

    # The counter first: online, leases taken, then everyone sells.
    "$counter" --uri "$sale_uri" --monitor-uri "$direct" --local "$dir/counter.sqlite" \
        --seconds "$duration" --lease-seats "$lease_seats" --receipts "$dir/counter.tsv" \
        --heartbeats "$dir/heartbeats.tsv" >"$dir/counter.out" 2>"$dir/counter.err" &
    local counter_pid=$!
    pids+=("$counter_pid")
    if ! wait_for_line "$dir/counter.out" '^READY' "$counter_pid" 40; then
        echo "the counter did not get online with leases:" >&2
        cat "$dir/counter.out" "$dir/counter.err" >&2
        exit 1
    fi
    local t0
    t0=$(now_ms)
    "$loadgen" --uri "$sale_uri" --clients "$clients" --seconds "$duration" \
        --events "$dir/loadgen.tsv" >"$dir/loadgen.out" 2>"$dir/loadgen.err" &
    local loadgen_pid=$!
    pids+=("$loadgen_pid")

    sleep "$(awk -v t="$t0" -v now="$(now_ms)" -v f="$fault_at" \
        'BEGIN { s = f - (now - t) / 1000; print (s > 0 ? s : 0) }')"
    local fault_start back what
    if [ "$n" = 1 ]; then
        what="postmaster killed (SIGKILL) for $kill_outage s, then started again"
        local pm children
        pm=$(head -n1 "$pgdata/postmaster.pid")
        children=$(pgrep -P "$pm" || true)
        fault_start=$(now_ms)
        kill -KILL "$pm"
        sleep "$kill_outage"
        # Its backends leave when they notice it is gone; a new postmaster cannot start while
        # one still holds the old shared memory.
        local c left
        for i in $(seq 50); do
            left=0
            for c in $children; do kill -0 "$c" 2>/dev/null && left=1; done
            [ "$left" = 0 ] && break
            sleep 0.1
        done
        local started=0
        for i in 1 2 3 4 5; do
            if pg_start 2>>"$dir/restart.err"; then started=1; break; fi
            sleep 1
        done
        [ "$started" = 1 ] || { echo "the server did not start again" >&2; tail -20 "$work/pg/log" >&2; exit 1; }
        back=$(now_ms)
    else
        what="link cut at the proxy (connections closed, new ones blackholed) for $cut_outage s"
        fault_start=$(now_ms)
        kill -USR1 "$proxy_pid"
        sleep "$cut_outage"
        kill -USR2 "$proxy_pid"
        back=$(now_ms)
    fi

    local loadgen_rc=0 counter_rc=0
    wait "$loadgen_pid" || loadgen_rc=$?
    wait "$counter_pid" || counter_rc=$?
    local t_end
    t_end=$(now_ms)
    if [ -n "$proxy_pid" ]; then
        kill "$proxy_pid" 2>/dev/null || true
        wait "$proxy_pid" 2>/dev/null || true
    fi

    # What the clients were told, against what the server has.
    cat "$dir/loadgen.tsv" "$dir/counter.tsv" >"$dir/acked.tsv" 2>/dev/null || true
    psql_run "$db" "CREATE TABLE bench_acked (client text, at_ms bigint, order_key text,
        payment_key text, tickets integer, mode text)"
    psql_run "$db" "\\copy bench_acked FROM '$dir/acked.tsv'"
    local missing_lg missing_ctr short_tickets sold_twice pending pending_all pending_detail
    missing_lg=$(psql_run "$db" "SELECT COUNT(*) FROM bench_acked a WHERE client <> 'counter'
        AND NOT EXISTS (SELECT 1 FROM orders o JOIN payments p ON p.order_id = o.id
        WHERE o.idempotency_key = a.order_key AND o.status = 'paid'
        AND p.idempotency_key = a.payment_key AND p.status = 'approved')")
    missing_ctr=$(psql_run "$db" "SELECT COUNT(*) FROM bench_acked a WHERE client = 'counter'
        AND NOT EXISTS (SELECT 1 FROM orders o JOIN payments p ON p.order_id = o.id
        WHERE o.idempotency_key = a.order_key AND o.status = 'paid'
        AND p.idempotency_key = a.payment_key AND p.status = 'approved')")
    local missing_ctr_split
    missing_ctr_split=$(psql_run "$db" "SELECT string_agg(mode || ' ' || n, ', ') FROM
        (SELECT mode, COUNT(*) n FROM bench_acked a WHERE client = 'counter' AND NOT EXISTS
        (SELECT 1 FROM orders o JOIN payments p ON p.order_id = o.id
        WHERE o.idempotency_key = a.order_key AND o.status = 'paid'
        AND p.idempotency_key = a.payment_key AND p.status = 'approved') GROUP BY mode) x")
    short_tickets=$(psql_run "$db" "SELECT COUNT(*) FROM bench_acked a JOIN orders o ON
        o.idempotency_key = a.order_key AND o.status = 'paid' WHERE a.tickets <> (SELECT
        COUNT(*) FROM tickets t WHERE t.order_id = o.id AND t.status <> 'cancelled')")
    sold_twice=$(psql_run "$db" "SELECT COUNT(*) FROM (SELECT screening_id, seat_id FROM tickets
        WHERE status <> 'cancelled' GROUP BY screening_id, seat_id HAVING COUNT(*) > 1) x")
    pending=$(psql_run "$db" "SELECT COUNT(*) FROM orders WHERE status = 'pending'
        AND created_at < $((back + 5000))")
    pending_all=$(psql_run "$db" "SELECT COUNT(*) FROM orders WHERE status = 'pending'")
    pending_detail=$(psql_run "$db" "SELECT string_agg(name || ' ' || n, ', ') FROM (SELECT
        COALESCE(t.name, '?') AS name, COUNT(*) n FROM orders o LEFT JOIN terminals t ON
        t.id = o.terminal_id WHERE o.status = 'pending' AND o.created_at < $((back + 5000))
        GROUP BY 1 ORDER BY 1) x")

    local lg_sales ctr_online ctr_offline
    lg_sales=$(count "$dir/loadgen.tsv" 1)
    ctr_online=$(count "$dir/counter.tsv" '$6 == "online"')
    ctr_offline=$(count "$dir/counter.tsv" '$6 == "offline"')
    local ctr_offline_during
    ctr_offline_during=$(count "$dir/counter.tsv" "\$6 == \"offline\" && \$2 >= $fault_start && \$2 <= $back")

    # Recovery: each client's first acknowledged sale with the server after it came back
    # (the counter's offline sales do not count: they are not the server's).
    local recovery
    recovery=$(cat "$dir/loadgen.tsv" "$dir/counter.tsv" 2>/dev/null | awk -F'\t' \
        -v back="$back" -v n="$clients" '
        BEGIN { for (i = 0; i < n; i++) want["loadgen-" i] = 1; want["counter"] = 1 }
        $6 == "online" && $2 > back { if (!($1 in first) || $2 < first[$1]) first[$1] = $2 }
        END {
            k = 0; never = ""
            for (c in want) {
                if (c in first) d[++k] = first[c] - back
                else never = never (never == "" ? "" : " ") c
            }
            # insertion sort: a handful of clients
            for (i = 2; i <= k; i++) { v = d[i]; j = i - 1
                while (j > 0 && d[j] > v) { d[j + 1] = d[j]; j-- } d[j + 1] = v }
            total = n + 1
            if (k > 0) printf "%d %d %.1f %.1f %s\n", k, total, d[int((k + 1) / 2)] / 1000, d[k] / 1000, never
            else printf "0 %d - - %s\n", total, never
        }')
    local rec_count rec_total rec_p50 rec_max never
    read -r rec_count rec_total rec_p50 rec_max never <<<"$recovery"
    local ctr_first_back
    ctr_first_back=$(awk -F'\t' -v back="$back" '$1 == "counter" && $6 == "online" && $2 > back \
        { if (f == "" || $2 < f) f = $2 } END { print f }' "$dir/counter.tsv" 2>/dev/null || true)

    # The counter's link and heartbeat.
    local link_down link_up hb
    link_down=$(awk -v a="$fault_start" '$1 == "link" && $2 >= a && $3 != "online" \
        { print $2; exit }' "$dir/counter.out")
    link_up=$(awk -v a="$fault_start" '$1 == "link" && $2 >= a && $3 == "online" \
        { print $2; exit }' "$dir/counter.out")
    hb=$(awk -F'\t' -v a="$fault_start" -v up="${link_up:-0}" '
        $2 == "-" { if ($1 >= a) gap++; next }
        $1 < a { if ($2 > before) before = $2; nb++ }
        { if ($2 > worst) worst = $2 }
        up > 0 && $1 > up { if ($2 > after) after = $2; na++ }
        END { printf "%.1f %.1f %s %d\n", before / 1000, worst / 1000,
              (na > 0 ? sprintf("%.1f", after / 1000) : "-"), gap }' "$dir/heartbeats.tsv")
    local hb_before hb_worst hb_after hb_gaps
    read -r hb_before hb_worst hb_after hb_gaps <<<"$hb"

    echo "== run $n: $what"
    echo "   $clients loadgen clients + 1 counter ($lease_seats leased seats per screening), ${duration} s;" \
         "fault at +$(secs "$t0" "$fault_start") s, server back at +$(secs "$t0" "$back") s," \
         "all done at +$(secs "$t0" "$t_end") s"
    printf '  %-66s %6s\n' "sales acknowledged, loadgen" "$lg_sales"
    printf '  %-66s %6s\n' "sales acknowledged, counter online" "$ctr_online"
    printf '  %-66s %6s\n' "sales acknowledged, counter offline (during the outage: $ctr_offline_during)" "$ctr_offline"
    must_be_zero "acknowledged but missing on the server, loadgen" "$missing_lg"
    must_be_zero "acknowledged but missing on the server, counter${missing_ctr_split:+ ($missing_ctr_split)}" "$missing_ctr"
    must_be_zero "acknowledged and paid, but with tickets missing" "$short_tickets"
    must_be_zero "seats sold twice" "$sold_twice"
    must_be_zero "orders left pending (created before back + 5 s)${pending_detail:+: $pending_detail}" "$pending"
    [ "$pending_all" = "$pending" ] ||
        printf '  %-66s %6s\n' "orders pending at the end, all" "$pending_all"
    must_be_zero "clients that never sold with the server again${never:+: $never}" \
        "$((rec_total - rec_count))"
    printf '  %-66s %6s\n' "clients that sold again after the server came back" "$rec_count/$rec_total"
    printf '  %-66s %6s\n' "time to recovery, p50 (server back -> first acknowledged sale)" "$rec_p50 s"
    printf '  %-66s %6s\n' "time to recovery, max" "$rec_max s"
    printf '  %-66s %6s\n' "  the counter's (first sale on the server after it was back)" \
        "$([ -n "$ctr_first_back" ] && echo "$(secs "$back" "$ctr_first_back") s" || echo never)"
    printf '  %-66s %6s\n' "counter link: left online after the fault began" \
        "$([ -n "$link_down" ] && echo "+$(secs "$fault_start" "$link_down") s" || echo never)"
    printf '  %-66s %6s\n' "counter link: online again after the server was back" \
        "$([ -n "$link_up" ] && echo "$(secs "$back" "$link_up") s" || echo never)"
    printf '  %-66s %6s\n' "heartbeat age under load, max before the fault" "$hb_before s"
    printf '  %-66s %6s\n' "heartbeat age, max over the run (the outage included)" "$hb_worst s"
    printf '  %-66s %6s\n' "heartbeat age, max after the link was back online" "$hb_after s"
    [ "$hb_gaps" = 0 ] || printf '  %-66s %6s\n' "heartbeat samples the server could not answer" "$hb_gaps"
    grep -E '^(counter|  counter error|selling stopped)' "$dir/counter.out" | sed 's/^ */  /' | cut -c1-230 || true
    grep -E '^(clients |conflicts|server lost|  error|  client)' "$dir/loadgen.out" |
        sed 's/^ */  loadgen: /' | cut -c1-230 || true
    local transitions
    transitions=$(awk -v a="$fault_start" '$1 == "link" && $2 >= a && $3 != last {
        printf "%s%s %+.1fs", (n++ ? ", " : ""), $3, ($2 - a) / 1000; last = $3 }
        END { print "" }' "$dir/counter.out")
    [ -z "$transitions" ] || echo "  counter link, from the fault: $transitions"
    local drain
    drain=$(awk -v a="$fault_start" -v back="$back" '$1 == "outbox" && $2 >= a {
        if (!t1) { if ($3 > 0) { t1 = $2; v1 = $3 } next }
        if (!t2) { t2 = $2; v2 = $3 }
        if ($3 == 0 && !t0) t0 = $2 }
        END { if (!t1) exit
              printf "%d offline steps to send when the link reconnected (%+.1f s from the server back)", v1, (t1 - back) / 1000
              if (t2) printf ", %d left %.1f s later", v2, (t2 - t1) / 1000
              printf ", empty %s", (t0 ? sprintf("after %.1f s", (t0 - t1) / 1000) : "never") }' \
        "$dir/counter.out")
    [ -z "$drain" ] || echo "  counter outbox: $drain"
    awk '$1 == "link" && $3 == "offline" { $1 = ""; $2 = ""; $3 = ""; sub(/^ +/, "");
        if (!($0 in seen)) { seen[$0] = 1; print "  counter link offline because: " substr($0, 1, 200) } }' \
        "$dir/counter.out" | head -n 4
    grep '^outbox-refused' "$dir/counter.out" | head -n 3 | sed 's/^/  /' || true
    [ "$loadgen_rc" = 0 ] || echo "  marquee-loadgen exited with $loadgen_rc"
    [ "$counter_rc" = 0 ] || { echo "  marquee-faultcounter exited with $counter_rc"; tail -n 5 "$dir/counter.err" | sed 's/^/    /'; }
}

for r in $runs; do
    run_one "$r"
done
if [ "$failed_figures" -gt 0 ]; then
    echo "FAULT_RECOVERY FAIL ($failed_figures must-be-0 figures are not 0)"
    exit 1
fi
echo "FAULT_RECOVERY OK"
