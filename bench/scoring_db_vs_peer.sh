#!/usr/bin/env bash
# End-to-end scoring (read the database file, score, write the results) by
# `tessera-cli score` against the pandas + scikit-learn + SciPy peer
# (bench/peers/score_db_peer.py) on copies of the same file, in the same run.
#
#   bench/scoring_db_vs_peer.sh [CUSTOMERS]     (default 1000000)
#
# Makes a demo database of CUSTOMERS customers first (tessera-cli init --demo),
# unless OUT already holds one. Environment: BUILD (default build/), OUT
# (scratch folder, default bench/out/scoring-db).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/scoring-db}
customers=${1:-1000000}
cli=$build/src/cli/tessera-cli
export TESSERA_PASSWORD=tessera-demo
mkdir -p "$out"
demo=$out/demo-$customers.tessera
if [ ! -f "$demo" ]; then
    echo "making $demo ..."
    "$cli" init --db "$demo" --demo "$customers" >/dev/null
fi
cp "$demo" "$out/ours.tessera"
cp "$demo" "$out/peer.tessera"

. "$root/bench/timing.sh"

ours=$(seconds "$cli" score --db "$out/ours.tessera" --user chen.jing --as-of 2026-10-31 --json)
/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1]))
print("tessera_timing_ms", json.dumps(d["details"]["timing_ms"]))' "$out/last.log"
peer=$(seconds /usr/bin/python3 "$root/bench/peers/score_db_peer.py" --db "$out/peer.tessera" --as-of 2026-10-31)
cat "$out/last.log"
printf 'tessera-cli score: %s s; pandas + scikit-learn + SciPy peer: %s s; the peer takes %s times as long\n' \
    "$ours" "$peer" "$(awk -v a="$peer" -v b="$ours" 'BEGIN { printf "%.1f", a / b }')"
