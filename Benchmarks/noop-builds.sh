#!/usr/bin/env bash
# Counts how often the generator runs in builds where nothing changed (issue: no spurious work):
# after a clean build, then twenty rounds of `swift test --skip-build`, `swift run scalec`,
# `swift build --build-tests` and `swift build`, each build's log searched for the plugin's
# "Compiling scale" line. Run it in a clean clone: it starts from `rm -rf .build`. It reports;
# it does not fail, because the remaining runs are SwiftPM's (#8031, #6696).
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
# Per kind of step: how many times the generator ran in it.
declare -A ran=([test]=0 [run]=0 [build-tests]=0 [build]=0)
step() { local kind=$1; shift; swift "$@" >"$log" 2>&1 || true; ran[$kind]=$((ran[$kind] + $(runs "$log"))); }
for round in $(seq "$rounds"); do
  step test test --skip-build
  step run run scalec --version
  step build-tests build --build-tests
  step build build
done
for kind in test run build-tests build; do echo "$rounds × $kind: generator ran ${ran[$kind]} times"; done
# A generator run writes nothing when the bytes are the same, so nothing downstream recompiles;
# the runs that remain come from SwiftPM (see README, "Hardening and speed").
