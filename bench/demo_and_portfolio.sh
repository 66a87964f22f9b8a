#!/usr/bin/env bash
# `tessera-cli init --demo N` (wall time and peak memory), then the Portfolio
# screen on the database it made (bench/app/portfolio_bench: first rows,
# searches, re-sort, resident memory). Figures go to docs/benchmarks.md.
#
#   bench/demo_and_portfolio.sh [CUSTOMERS]     (default 1000000)
#
# Environment: BUILD (default build/), OUT (scratch folder, default bench/out/demo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/demo}
customers=${1:-1000000}
export TESSERA_PASSWORD=tessera-demo
mkdir -p "$out"
cmake --build "$build" -j2 --target tessera-cli portfolio_bench >/dev/null

db=$out/demo-$customers.tessera
rm -f "$db" "$db-wal" "$db-shm"
echo "== tessera-cli init --demo $customers"
/usr/bin/time -f '%e s wall, %M KiB peak resident' -o "$out/init.time" \
    "$build/src/cli/tessera-cli" init --db "$db" --demo "$customers" --json >"$out/init.json"
cat "$out/init.time"
grep -A8 '"demo"' "$out/init.json"
ls -la "$db"

echo
echo "== the Portfolio on $customers customers (offscreen)"
QT_QPA_PLATFORM=offscreen "$build/bench/app/portfolio_bench" --db "$db" --password tessera-demo
