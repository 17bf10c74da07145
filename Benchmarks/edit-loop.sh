#!/usr/bin/env bash
# The maintainers' edit loop, against its floor, in one run: edit one anchor text in
# Scales/ips-fidelity/2008/text.nb.yaml and `swift build` (debug; the plugin regenerates and the
# changed Swift file recompiles), against editing one line of the small Swift file of the same
# target (Scales/ips-fidelity/IPSFidelity.swift) and `swift build`. The two alternate, A B A B …,
# and the medians and their ratio are printed. Both files are restored at the end.
#
#   Benchmarks/edit-loop.sh [rounds]      (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
text=Scales/ips-fidelity/2008/text.nb.yaml
swift_file=Scales/ips-fidelity/IPSFidelity.swift
cp "$text" /tmp/edit-loop-text.yaml
cp "$swift_file" /tmp/edit-loop-swift.swift
restore() { cp /tmp/edit-loop-text.yaml "$text"; cp /tmp/edit-loop-swift.swift "$swift_file"; swift build >/dev/null 2>&1 || true; }
trap restore EXIT
swift build >/dev/null 2>&1
swift build >/dev/null 2>&1
anchor='      1: 41 eller flere deltakere per jobbspesialist.'
grep -qxF "$anchor" "$text" || { echo "the anchor line to edit is not in $text" >&2; exit 1; }
timed() { local start end; start=$(date +%s.%N); swift build >/tmp/edit-loop.log 2>&1 || { cat /tmp/edit-loop.log; exit 1; }; end=$(date +%s.%N); python3 -c "print($end - $start)"; }
a=() b=()
for round in $(seq "$rounds"); do
  # A different text every round, so every build sees a real change.
  sed -i "s/^      1: 41 eller flere deltakere per jobbspesialist.*/      1: 41 eller flere deltakere per jobbspesialist$(printf '.%.0s' $(seq "$round"))/" "$text"
  a+=("$(timed)")
  grep -q "Compiling scale" /tmp/edit-loop.log || { echo "the anchor edit did not regenerate" >&2; exit 1; }
  sed -i "1s/.*/\/\/ The IPSFidelity module (round $round): the tables in this target are generated from the YAML files beside/" "$swift_file"
  b+=("$(timed)")
done
python3 - "${a[*]}" "${b[*]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
ma, mb = statistics.median(a), statistics.median(b)
print(f"| edit one anchor text in text.nb.yaml, then `swift build` (debug) | floor: edit one line of IPSFidelity.swift, then `swift build`: {mb:.2f} s | anchor edit {ma:.2f} s | **{ma / mb:.2f}× the floor** ({len(a)} rounds, medians) |")
PY
