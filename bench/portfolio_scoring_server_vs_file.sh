#!/usr/bin/env bash
# The Portfolio and scoring on a team server against the same database file,
# in the same run (issue 13, point 7): a demo of CUSTOMERS customers
# (1,000,000) is made once, moved to a fresh durable cluster with
# `tessera-cli migrate` (its per-table row counts and content hashes
# printed), then
#   - bench/app/portfolio_bench opens the Portfolio as the administrator on
#     the file and on the server (first rows, searches, re-sort, scrolling);
#   - `tessera-cli score` runs as the analyst on each, end to end (reading
#     every purchase, fitting, writing every customer's scores).
#   bench/portfolio_scoring_server_vs_file.sh [CUSTOMERS]
# Environment: OUT (scratch folder, default a new one in /tmp, removed after),
# FILES (where the demo file is kept between runs, default bench/out/demo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
customers=${1:-1000000}
out=${OUT:-$(mktemp -d /tmp/tessera-engines.XXXXXX)}
files=${FILES:-$root/bench/out/demo}
mkdir -p "$out" "$files"
chmod 755 "$out"
cli="$root/build/src/cli/tessera-cli"
portfolio="$root/build/bench/app/portfolio_bench"
export TESSERA_PASSWORD=tessera-demo
export QT_QPA_PLATFORM=offscreen

demo="$files/demo-$customers.tessera"
if [ ! -f "$demo" ]; then
    echo "== making the demo of $customers customers"
    "$cli" --db "$demo" init --demo "$customers" >/dev/null
fi
cp "$demo" "$out/file.tessera"
rm -f "$out/file.tessera-wal" "$out/file.tessera-shm"

cluster="$out/pg"
"$root/tests/postgres/test_cluster.sh" start "$cluster" bench >/dev/null
trap '"$root/tests/postgres/test_cluster.sh" stop "$cluster"; [ -z "${OUT:-}" ] && rm -rf "$out"' EXIT
base=$(cat "$cluster/uri")
psql -X -q -d "$base" -c "CREATE DATABASE crm"
server=${base/\/postgres?/\/crm?}
as() { echo "${server/tessera_owner@/crm_$1@}"; }

echo "== tessera-cli migrate of the $customers-customer demo"
"$cli" --db "$out/file.tessera" --user admin --json migrate --to "$server" --role-prefix crm_ \
    >"$out/migrate.json"
python3 - "$out/migrate.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"rows {d['rows']:,} in {len(d['tables'])} tables; copy {d['copy_ms']/1000:.1f} s, "
      f"check {d['check_ms']/1000:.1f} s; verified {d['verified']}")
for t in d['tables']:
    print(f"  {t['table']:26} {t['file_rows']:>11,} {t['server_rows']:>11,} "
          f"{'equal' if t['equal'] else 'DIFFERS'} {t['file_hash'][:16]}")
PY
psql -X -q -d "$server" -c "VACUUM ANALYZE" >/dev/null

for engine in file server; do
    db="$out/file.tessera"
    [ "$engine" = server ] && db=$(as admin)
    echo
    echo "== the Portfolio on the $engine, as the administrator"
    "$portfolio" --db "$db" --password tessera-demo | grep -v '^VmRSS'
done

for engine in file server; do
    db="$out/file.tessera"
    [ "$engine" = server ] && db=$(as chen.jing)
    start=$(date +%s.%N)
    "$cli" --db "$db" --user chen.jing score >/dev/null
    end=$(date +%s.%N)
    awk -v e="$engine" -v a="$start" -v b="$end" \
        'BEGIN { printf "scoring %d customers end to end on the %s: %.1f s\n", '"$customers"', e, b - a }'
done
