#!/usr/bin/env bash
# Counts how often the generator runs in builds where nothing changed (issue: no spurious work):
# after a clean build, then twenty rounds of `swift test --skip-build`, `swift run scalec`,
# `swift build --build-tests` and `swift build`, each build's log searched for the plugin's
# "Compiling scale" line. Run it in a clean clone: it starts from `rm -rf .build`.
#
#   Benchmarks/noop-builds.sh [rounds]      (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
runs() { grep -c "Compiling scale" "$1" || true; }
log=$(mktemp)
rm -rf .build
swift build >"$log" 2>&1
echo "clean build: generator ran $(runs "$log") times (once per scale target, expected)"
swift build >"$log" 2>&1
first=$(runs "$log")
echo "first build after the clean build: generator ran $first times"
total=0
for round in $(seq "$rounds"); do
  swift test --skip-build >/dev/null 2>&1 || true
  swift run scalec --version >"$log" 2>&1
  n=$(runs "$log")
  swift build --build-tests >"$log" 2>&1
  n=$((n + $(runs "$log")))
  swift build >"$log" 2>&1
  n=$((n + $(runs "$log")))
  total=$((total + n))
done
echo "$rounds rounds of test, run, build --build-tests, build: generator ran $total times"
[ "$first" -eq 0 ] && [ "$total" -eq 0 ] || { echo "FAILED: the generator ran in a no-op build" >&2; exit 1; }
