#!/usr/bin/env bash
# A no-op `swift build` of the main package with the plugin applied: the generator must not run.
# Prints the wall time of a build with nothing changed, and of one after editing a YAML file.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null 2>&1
swift build >/dev/null 2>&1   # the first rebuild after a clean build may still run it once
start=$(date +%s.%N); out=$(swift build 2>&1); end=$(date +%s.%N)
if echo "$out" | grep -q "Compiling scale"; then echo "FAILED: the generator ran in a no-op build" >&2; exit 1; fi
printf "no-op swift build: %.2f s, generator not run\n" "$(python3 -c "print($end - $start)")"
touch Scales/ips-fidelity/2008/text.nb.yaml
start=$(date +%s.%N); out=$(swift build 2>&1); end=$(date +%s.%N)
echo "$out" | grep -q "Compiling scale" || { echo "FAILED: an edited YAML file did not regenerate" >&2; exit 1; }
printf "after touching a YAML file: %.2f s, generator run\n" "$(python3 -c "print($end - $start)")"
