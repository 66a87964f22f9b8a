#!/usr/bin/env bash
# The team-mode soak (issue 13): twenty clients as separate processes against
# one PostgreSQL server for SECONDS (300), on a copy of the demo with N
# customers (20000) moved there by `tessera-cli migrate`. Account managers and
# supervisors log interactions, edit customers and list their portfolios; one
# analyst runs scoring. Prints operations per second, p95 latency and errors,
# checks that no update was lost (each customer's row version rose by exactly
# the edits its clients saw succeed, and every logged interaction is there),
# then runs `tessera-cli audit --verify` against the server.
#   bench/soak_server.sh [SECONDS] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
customers=${2:-20000}
out=${OUT:-$(mktemp -d /tmp/tessera-soak.XXXXXX)}
mkdir -p "$out"
chmod 755 "$out"
cli="$root/build/src/cli/tessera-cli"
client="$root/build/bench/teammode/soak_client"
cluster="$out/pg"
"$root/tests/postgres/test_cluster.sh" start "$cluster" >/dev/null
trap '"$root/tests/postgres/test_cluster.sh" stop "$cluster"; [ -z "${OUT:-}" ] && rm -rf "$out"' EXIT
base=$(cat "$cluster/uri")
psql -X -q -d "$base" -c "CREATE DATABASE soak"
server=${base/\/postgres?/\/soak?}
export TESSERA_PASSWORD=tessera-demo
"$cli" --db "$out/demo.tessera" init --demo "$customers" >/dev/null
"$cli" --db "$out/demo.tessera" --user chen.jing score >/dev/null
"$cli" --db "$out/demo.tessera" --user admin --json migrate --to "$server" --role-prefix soak_ >"$out/migrate.json"
as() { echo "${server/tessera_owner@/soak_$1@}"; }
owner_query() { psql -X -q -A -t -d "$server" -c "$1"; }
owner_query "SELECT id, version FROM customers ORDER BY id" >"$out/versions_before"
interactions_before=$(owner_query "SELECT count(*) FROM interactions")

users=(zhang.wei li.na wang.fang liu.yang oliver.brown sophie.turner zhou.min emma.clark)
pids=()
for i in $(seq 1 19); do
    u=${users[$(( (i - 1) % ${#users[@]} ))]}
    "$client" --db "$(as "$u")" --user "$u" --seconds "$seconds" --seed "$i" >"$out/client$i.json" 2>"$out/client$i.err" &
    pids+=($!)
done
"$client" --db "$(as chen.jing)" --user chen.jing --seconds "$seconds" --seed 20 >"$out/client20.json" 2>"$out/client20.err" &
pids+=($!)
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
[ "$failed" -eq 0 ] || { echo "$failed clients failed:"; cat "$out"/client*.err; exit 1; }

owner_query "SELECT id, version FROM customers ORDER BY id" >"$out/versions_after"
interactions_after=$(owner_query "SELECT count(*) FROM interactions")
python3 - "$out" "$interactions_before" "$interactions_after" <<'PY'
import json, sys, glob
out, before, after = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
clients = [json.load(open(f)) for f in sorted(glob.glob(out + "/client*.json"))]
lat = {}
errors = sum(n for c in clients for n in c["errors"].values())
for c in clients:
    for kind, values in c["latencies_ms"].items():
        lat.setdefault(kind, []).extend(values)
    for m in c["error_messages"]:
        print("  error:", m)
secs = max(c["seconds"] for c in clients)
every = sorted(v for values in lat.values() for v in values)
p95 = lambda xs: sorted(xs)[int(0.95 * (len(xs) - 1))]
print(f"{len(clients)} clients, {secs:.0f} s: {len(every):,} operations, {len(every)/secs:.1f} ops/s, "
      f"p95 {p95(every):.1f} ms, errors {errors}")
for kind in sorted(lat):
    print(f"  {kind:12} {len(lat[kind]):>8,} ops {len(lat[kind])/secs:>8.1f}/s  p95 {p95(lat[kind]):8.1f} ms")
print(f"  conflicting edits re-read and tried again: {sum(c['conflicts_retried'] for c in clients):,}")
vb = dict(l.split("|") for l in open(out + "/versions_before").read().split())
va = dict(l.split("|") for l in open(out + "/versions_after").read().split())
edits = {}
for c in clients:
    for cid, n in c["edits"].items():
        edits[cid] = edits.get(cid, 0) + n
lost = sum(1 for cid in va if int(va[cid]) - int(vb.get(cid, va[cid])) != edits.get(cid, 0))
logged = len(lat.get("interaction", [])) - sum(c["errors"].get("interaction", 0) for c in clients)
print(f"  customers edited: {len(edits):,}; whose version moved by other than the edits seen: {lost}")
print(f"  interactions logged {logged:,}, new rows on the server {after - before:,}")
sys.exit(1 if errors or lost or logged != after - before else 0)
PY
"$cli" --db "$(as admin)" --user admin audit --verify
