#!/bin/bash
# Soaks the real console: starts `gatehouse --wall --demo` with the given options, offscreen, and
# once a minute prints the resident memory, the calls archived and how far the demo's time has
# got. At the end it stops the console with SIGTERM and checks the archive it leaves behind.
#
#   tests/wall/soak-console.sh BINARY MINUTES [gatehouse options...]
#   tests/wall/soak-console.sh build/app/gui/gatehouse 100 --demo-speed 48 --rate 10
#
# With --demo-speed, everything in the console that ages or buckets data by time (minute rings,
# hourly history, staleness, baselines) lives through FACTOR minutes for each real one, so a run
# of an hour and a half shows what days of running do to memory.
set -euo pipefail

if [[ $# -lt 2 || ! -x "$1" ]]; then
    echo "usage: $0 BINARY MINUTES [gatehouse options...]" >&2
    exit 2
fi
binary=$1
minutes=$2
shift 2

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The console's remembered settings and the demo's temporary workspace stay in the scratch folder.
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data TMPDIR=$scratch
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$binary" --wall --demo "$@" >"$scratch/console.log" 2>&1 &
pid=$!

workspace() {
    find "$scratch" -name '*.gatehouse' -print -quit 2>/dev/null
}

sample() {
    local minute=$1 file rss calls newest
    rss=$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
    file=$(workspace)
    calls=0
    newest=-
    if [[ -n $file ]]; then
        calls=$(sqlite3 -readonly "$file" "SELECT coalesce(max(id), 0) FROM telemetry_call" \
            2>/dev/null || echo "?")
        newest=$(sqlite3 -readonly "$file" \
            "SELECT strftime('%Y-%m-%d %H:%M', max(start_ns) / 1e9, 'unixepoch')
             FROM telemetry_call" 2>/dev/null || echo "?")
    fi
    printf '%6s  %10s MiB  %10s calls  demo time %s\n' "$minute" "$rss" "$calls" "$newest"
}

printf '%6s  %14s  %16s  %s\n' minute "resident" archived "newest call (UTC)"
for ((minute = 1; minute <= minutes; ++minute)); do
    sleep 60
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "the console ended by itself after $((minute - 1)) minutes:" >&2
        tail -20 "$scratch/console.log" >&2
        exit 1
    fi
    sample "$minute"
done

file=$(workspace)
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
if [[ -n $file ]]; then
    echo "after SIGTERM, quick_check of the archive: $(sqlite3 "$file" 'PRAGMA quick_check')"
    echo "archive: $(du -h "$file" | cut -f1), with its WAL file beside it"
fi
