#!/usr/bin/env bash
# Runs the scoring engine and its Python peers (bench/peers) on the same
# synthetic population and prints the timings and their ratio.
#
#   bench/scoring_vs_peer.sh [CUSTOMERS]     (default 1000000)
#
# Environment: BUILD (build folder, default build/), OUT (scratch folder,
# default bench/out/scoring). Two populations are made: one without surveys,
# on which raw values, scores, RFMS, segments and tiers must agree exactly
# (the script fails otherwise), and the full one, which is timed.
# The engine's time is the best of 3 in-process runs on data in memory; the
# peer's compute time starts once pandas has read the CSV files.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/scoring}
customers=${1:-1000000}
python=/usr/bin/python3 # Debian's, with pandas, scikit-learn and SciPy
peers=$root/bench/peers

cmake --build "$build" -j2 --target scoring_synth >/dev/null
synth=$build/bench/scoring/scoring_synth

value() { grep -E "^$1=" "$2" | head -1 | cut -d= -f2; }

run_peer() { # folder, log
    "$python" "$peers/rfms_peer.py" --transactions "$1/transactions.csv" \
        --interactions "$1/interactions.csv" --surveys "$1/surveys.csv" \
        --recommend "$1/recommend.csv" --as-of "$(tail -1 "$1/meta.csv" | cut -d, -f2)" \
        --window "$(tail -1 "$1/meta.csv" | cut -d, -f3)" --customers "$customers" \
        --out "$1/peer.csv" 2>"$2"
}

echo "== Population without surveys ($customers customers): exact agreement"
mkdir -p "$out"
"$synth" --customers "$customers" --no-surveys --out "$out/plain" --scores "$out/plain/ours.csv" >"$out.plain.log"
run_peer "$out/plain" "$out.plain.peer.log"
"$python" "$peers/compare_scores.py" "$out/plain/ours.csv" "$out/plain/peer.csv" --exact-tiers

echo
echo "== Full population ($customers customers, surveys for about 30%)"
"$synth" --customers "$customers" --out "$out/full" --scores "$out/full/ours.csv" --clv >"$out.full.log"
run_peer "$out/full" "$out.full.peer.log"
"$python" "$peers/compare_scores.py" "$out/full/ours.csv" "$out/full/peer.csv" || true
calibration_end=$(tail -1 "$out/full/meta.csv" | cut -d, -f4)
"$python" "$peers/clv_peer.py" --transactions "$out/full/transactions.csv" \
    --calibration-end "$calibration_end" >"$out.full.clv.log"

echo
echo "== Sizes"
grep -E '^(customers|transactions|interactions|survey_answers|clv_customers)=' "$out.full.log"
echo
echo "== Fits"
grep -E '^(bgnbd|gammagamma)' "$out.full.log" | sed 's/^/engine /'
grep -E '^peer (bgnbd|gammagamma)' "$out.full.clv.log"
echo
engine=$(value engine_seconds "$out.full.log")
peer=$(value peer_compute_seconds "$out.full.peer.log")
peer_load=$(value peer_load_seconds "$out.full.peer.log")
summary=$(value clv_summary_seconds "$out.full.log")
fit=$(value clv_fit_seconds "$out.full.log")
peer_summary=$(value peer_clv_summary_seconds "$out.full.clv.log")
peer_fit=$(value peer_clv_fit_seconds "$out.full.clv.log")
"$python" - "$engine" "$peer" "$peer_load" "$summary" "$fit" "$peer_summary" "$peer_fit" <<'PY'
import sys
engine, peer, load, summary, fit, peer_summary, peer_fit = map(float, sys.argv[1:])
print("== Times (seconds)              engine      peer   peer/engine")
rows = [("scoring pipeline (RFM-S..tier)", engine, peer),
        ("CLV summary", summary, peer_summary),
        ("BG/NBD + Gamma-Gamma fit", fit, peer_fit)]
for name, ours, theirs in rows:
    print(f"{name:<30} {ours:9.3f} {theirs:9.3f} {theirs / ours:11.1f}x")
print(f"(the peer also spent {load:.3f} s reading the CSV files)")
PY
