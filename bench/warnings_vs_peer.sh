#!/usr/bin/env bash
# The warnings list on a demo database of a million customers: `tessera-cli
# warnings` (every kind, and churn and over-contact alone) against the pandas
# peer (bench/peers/warnings_peer.py) computing churn and over-contact from
# the same file, in the same run; the counts must agree.
#
#   bench/warnings_vs_peer.sh DEMO_FILE [AS_OF]     (AS_OF default 2026-10-31)
#
# Works on a copy of DEMO_FILE (never on the file itself), signed in as the
# demo's admin. Environment: BUILD (default build/), OUT (scratch folder,
# default bench/out/warnings), SCORE=1 to score the copy first (twice, so the
# cadence and value-flow rules have runs to read).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/warnings}
demo=${1:?usage: warnings_vs_peer.sh DEMO_FILE [AS_OF]}
as_of=${2:-2026-10-31}
cli=$build/src/cli/tessera-cli
export TESSERA_PASSWORD=tessera-demo
mkdir -p "$out"
copy=$out/warnings.tessera
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$demo" "$copy"
[ -f "$demo-wal" ] && cp "$demo-wal" "$copy-wal"

source "$root/bench/timing.sh"
seconds() { wall_seconds "$out/last.log" "$@"; }
count() { /usr/bin/python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$1"; }

# Open once first: brings an older schema up to date, outside the timings.
"$cli" warnings --db "$copy" --user admin --kind follow-up --as-of "$as_of" --json >/dev/null
if [ "${SCORE:-0}" = 1 ]; then
    "$cli" score --db "$copy" --user admin --as-of "$(date -d "$as_of - 30 days" +%F)" >/dev/null
    "$cli" score --db "$copy" --user admin --as-of "$as_of" >/dev/null
fi
for kind in churn over-contact cadence value-flow follow-up; do
    t=$(seconds "$cli" warnings --db "$copy" --user admin --kind "$kind" --as-of "$as_of" --json)
    echo "tessera-cli warnings --kind $kind: ${t} s, $(count "$out/last.log") warnings"
    eval "ours_${kind//-/_}=$t"
    cp "$out/last.log" "$out/$kind.json"
done
t=$(seconds "$cli" warnings --db "$copy" --user admin --as-of "$as_of" --json)
echo "tessera-cli warnings (every kind): ${t} s, $(count "$out/last.log") warnings"
# The same lists without printing them (the limit applies after computing):
# what the GUI's background job costs, for everyone and for one account manager.
for user in admin zhang.wei; do
    t=$(seconds "$cli" warnings --db "$copy" --user "$user" --as-of "$as_of" --limit 1 --json)
    echo "tessera-cli warnings --user $user --limit 1 (every kind, computed, not printed): ${t} s"
done
peer=$(seconds /usr/bin/python3 "$root/bench/peers/warnings_peer.py" --db "$copy" --as-of "$as_of")
cat "$out/last.log"
echo "pandas peer (churn + over-contact): ${peer} s"
ours=$(awk -v a="$ours_churn" -v b="$ours_over_contact" 'BEGIN { printf "%.2f", a + b }')
printf 'tessera churn + over-contact: %s s; the peer takes %s times as long\n' "$ours" \
    "$(awk -v a="$peer" -v b="$ours" 'BEGIN { printf "%.1f", a / b }')"
