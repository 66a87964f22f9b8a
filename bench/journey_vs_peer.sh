#!/usr/bin/env bash
# The journey map: `tessera-cli --json journey --period P [--tier T]` against
# the pandas peer (bench/peers/journey_peer.py) computing the same map from
# the same file, in the same run; every figure of every touchpoint, stage,
# drop-off and path must agree (numbers within 1e-6 relative, names, order
# and flags exactly), else the script exits 1.
#
#   bench/journey_vs_peer.sh DEMO_FILE [PERIOD] [TIER]     (PERIOD default 2026Q3)
#
# Works on a copy of DEMO_FILE (never on the file itself), signed in as the
# demo's admin, who sees every customer as the peer does. A TIER needs a
# scoring run in the file (`tessera-cli score` on it first). Environment:
# BUILD (default build/), OUT (scratch folder, default bench/out/journey).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/journey}
demo=${1:?usage: journey_vs_peer.sh DEMO_FILE [PERIOD] [TIER]}
period=${2:-2026Q3}
tier=${3:-}
cli=$build/src/cli/tessera-cli
export TESSERA_PASSWORD=tessera-demo
mkdir -p "$out"
copy=$out/journey.tessera
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$demo" "$copy"
[ -f "$demo-wal" ] && cp "$demo-wal" "$copy-wal"

source "$root/bench/timing.sh"
seconds() { wall_seconds "$out/last.log" "$@"; }
narrow=()
[ -n "$tier" ] && narrow=(--tier "$tier")
what="journey --period $period${tier:+ --tier $tier}"

# Open once first: brings an older schema up to date (and writes the default
# scoring profile when there is none), outside the timings.
"$cli" --json journey --period "$period" --db "$copy" --user admin >/dev/null
rm -f "$out/ours.json" "$out/peer.json"
ours=$(seconds "$cli" --json journey --period "$period" "${narrow[@]}" --db "$copy" --user admin)
cp "$out/last.log" "$out/ours.json"
grep -q '"stages"' "$out/ours.json" || { cat "$out/ours.json"; echo "tessera-cli failed"; exit 1; }
echo "tessera-cli $what: ${ours} s"
peer=$(seconds /usr/bin/python3 "$root/bench/peers/journey_peer.py" --db "$copy" \
    --period "$period" "${narrow[@]}" --json "$out/peer.json")
cat "$out/last.log"
[ -s "$out/peer.json" ] || { echo "the peer failed"; exit 1; }
echo "pandas peer: ${peer} s"
printf 'the peer takes %s times as long\n' \
    "$(awk -v a="$peer" -v b="$ours" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }')"

# Item by item in the CLI's order: null, NaN and None are one "empty";
# numbers agree within 1e-6 of the larger; names, flags and lists exactly.
/usr/bin/python3 - "$out/ours.json" "$out/peer.json" <<'EOF'
import json, math, sys
TOP = ["period", "from", "to", "population", "customers", "interactions", "pain_point_rate"]
STAGE = ["name", "position", "retired", "customers"]
TOUCHPOINT = ["name", "retired", "volume", "volume_share", "reach", "responses", "satisfaction",
              "satisfaction_normalised", "nps", "complaints", "complaint_rate",
              "first_response_hours", "priority", "top3", "rank", "pain_point"]
DROPOFF = ["from", "to", "reached", "continued", "dropped", "drop_share"]
PATH = ["stages", "customers", "at_risk", "churn_share"]

def empty(v):
    return v is None or (isinstance(v, float) and math.isnan(v))

def same(a, b):
    if empty(a) or empty(b):
        return empty(a) and empty(b)
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, (int, float)) \
            or not isinstance(b, (int, float)):
        return a == b and type(a) is type(b)
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or abs(a - b) < 1e-12

ours, peer = (json.load(open(p)) for p in sys.argv[1:3])
diffs, figures = [], 0

def compare(what, a, b, keys):
    global figures
    figures += len(keys)
    diffs.extend(f"{what} {k}: ours {a.get(k)!r}, peer {b.get(k)!r}"
                 for k in keys if not same(a.get(k), b.get(k)))

def compare_lists(what, a, b, keys, label, nested=None):
    if len(a) != len(b):
        diffs.append(f"{what}: ours has {len(a)}, peer {len(b)}")
    for i, (x, y) in enumerate(zip(a, b)):
        name = f"{what}[{i}] {label(x)!r}"
        compare(name, x, y, keys)
        if nested:
            nested(name, x, y)

compare("map", ours, peer, TOP)
compare_lists("stage", ours["stages"], peer["stages"], STAGE, lambda s: s["name"],
              lambda name, x, y: compare_lists(f"{name} touchpoint", x["touchpoints"],
                                               y["touchpoints"], TOUCHPOINT, lambda t: t["name"]))
compare_lists("dropoff", ours["dropoffs"], peer["dropoffs"], DROPOFF,
              lambda d: f"{d['from']} -> {d['to']}")
compare_lists("path", ours["paths"], peer["paths"], PATH, lambda p: " > ".join(p["stages"]))
if diffs:
    print(f"figures differ ({len(diffs)}):", *diffs[:20], sep="\n  ")
    sys.exit(1)
touchpoints = sum(len(s["touchpoints"]) for s in ours["stages"])
print(f"figures agree: {len(ours['stages'])} stages, {touchpoints} touchpoints, "
      f"{len(ours['dropoffs'])} drop-offs, {len(ours['paths'])} paths ({figures} figures)")
EOF
