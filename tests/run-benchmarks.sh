#!/usr/bin/env bash
# Runs every benchmark target of a build (the executables named bench_*), one after the other,
# so that they do not compete for the two cores. Their figures go to docs/performance.md.
set -euo pipefail
build="${1:?usage: tests/run-benchmarks.sh BUILD_DIR}"
export QT_QPA_PLATFORM=offscreen
find "$build/tests" -type f -name 'bench_*' -perm -u+x | sort | while read -r bench; do
    echo "== $(basename "$bench")"
    "$bench"
done
