#!/usr/bin/env bash
# The KPI dashboard figures by owner: `tessera-cli kpi --by owner --json`
# against the pandas peer (bench/peers/kpi_peer.py) computing the same figures
# from the same file, in the same run; every figure of every group (and of
# everyone) must agree within 1e-6 relative, else the script exits 1.
#
#   bench/kpi_vs_peer.sh DEMO_FILE [PERIOD]     (PERIOD default 2026Q3)
#
# Works on a copy of DEMO_FILE (never on the file itself), signed in as the
# demo's admin, who sees every customer as the peer does. Environment: BUILD
# (default build/), OUT (scratch folder, default bench/out/kpi).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/kpi}
demo=${1:?usage: kpi_vs_peer.sh DEMO_FILE [PERIOD]}
period=${2:-2026Q3}
cli=$build/src/cli/tessera-cli
export TESSERA_PASSWORD=tessera-demo
mkdir -p "$out"
copy=$out/kpi.tessera
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$demo" "$copy"
[ -f "$demo-wal" ] && cp "$demo-wal" "$copy-wal"

source "$root/bench/timing.sh"
seconds() { wall_seconds "$out/last.log" "$@"; }

# Open once first: brings an older schema up to date, outside the timings.
"$cli" kpi --db "$copy" --user admin --period "$period" --json >/dev/null
ours=$(seconds "$cli" kpi --db "$copy" --user admin --period "$period" --by owner --json)
cp "$out/last.log" "$out/ours.json"
echo "tessera-cli kpi --period $period --by owner: ${ours} s"
peer=$(seconds /usr/bin/python3 "$root/bench/peers/kpi_peer.py" --db "$copy" --period "$period" \
    --by owner --json "$out/peer.json")
cat "$out/last.log"
echo "pandas peer: ${peer} s"
printf 'the peer takes %s times as long\n' \
    "$(awk -v a="$peer" -v b="$ours" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }')"

# Group by group (the total as "(everyone)"): null, NaN and None are one
# "empty"; numbers agree within 1e-6 of the larger.
/usr/bin/python3 - "$out/ours.json" "$out/peer.json" <<'EOF'
import json, math, sys
KEYS = ["responses", "nps", "nps_ci_low", "nps_ci_high", "csat", "csat_ci_low", "csat_ci_high",
        "ces", "personalised", "emotional", "rights", "value", "ease", "retention_rate",
        "churn_rate", "repurchase_rate", "conversion_rate", "previous_buyers", "buyers",
        "prospects", "revenue", "revenue_share", "clv_customers", "clv_total", "clv_mean",
        "tickets", "complaints", "first_response_hours_median", "resolution_rate"]

def groups(path):
    doc = json.load(open(path))
    found = {g["key"]: g for g in doc.get("groups", [])}
    found["(everyone)"] = doc
    return {k: {**g, **(g.get("dimensions") or {})} for k, g in found.items()}

def empty(v):
    return v is None or (isinstance(v, float) and math.isnan(v))

def same(a, b):
    if empty(a) or empty(b):
        return empty(a) and empty(b)
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or abs(a - b) < 1e-12

ours, peer = groups(sys.argv[1]), groups(sys.argv[2])
diffs = [f"group {k!r}: only in {'ours' if k in ours else 'the peer'}"
         for k in sorted(set(ours) ^ set(peer))]
for k in sorted(set(ours) & set(peer)):
    diffs += [f"group {k!r} {key}: ours {ours[k].get(key)}, peer {peer[k].get(key)}"
              for key in KEYS if not same(ours[k].get(key), peer[k].get(key))]
if diffs:
    print(f"figures differ ({len(diffs)}):", *diffs[:20], sep="\n  ")
    sys.exit(1)
print(f"figures agree: {len(ours)} groups (everyone included) x {len(KEYS)} figures")
EOF
