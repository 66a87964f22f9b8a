#!/usr/bin/env bash
# The tier report on a large database: `tessera-cli report tiers` as CSV and
# XLSX (and PDF, for information) against the pandas + openpyxl peer
# (bench/peers/tier_report_peer.py) on the same file, in the same run, with
# the peer checking that it found the same tier distribution.
#
#   bench/tier_report_vs_peer.sh DEMO_DATABASE
#
# DEMO_DATABASE is a `tessera-cli init --demo N` file (users admin etc.,
# password tessera-demo); it is copied, never changed. The copy is scored as
# of 2026-07-31 (run 1) and 2026-10-31 (run 2); the reports are of run 2
# compared with run 1. Environment: BUILD (default build/), OUT (scratch
# folder, default bench/out/tier-report).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/tier-report}
demo=${1:?name the demo database}
cli=$build/src/cli/tessera-cli
peer=$root/bench/peers/tier_report_peer.py
export TESSERA_PASSWORD=tessera-demo
mkdir -p "$out"
db=$out/report.tessera
rm -f "$db" "$db-wal" "$db-shm" "$out"/ours.* "$out"/peer.*
cp "$demo" "$db"
[ -f "$demo-wal" ] && cp "$demo-wal" "$db-wal"

source "$root/bench/timing.sh"
seconds() { wall_seconds "$out/last.log" "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

for asOf in 2026-07-31 2026-10-31; do
    echo "scoring as of $asOf: $(seconds "$cli" score --db "$db" --user admin --as-of "$asOf" --json) s"
done
report() { "$cli" report tiers --db "$db" --user admin --run 2 --compare 1 --json "$@"; }
csv=$(seconds report --format csv --out "$out/ours.csv")
xlsx=$(seconds report --format xlsx --out "$out/ours.xlsx")
pdf=$(seconds report --format pdf --out "$out/ours.pdf")
cat "$out/last.log"
peer_csv=$(seconds /usr/bin/python3 "$peer" --db "$db" --run 2 --compare 1 --format csv \
    --out "$out/peer.csv" --check "$out/ours.csv")
cat "$out/last.log"
peer_xlsx=$(seconds /usr/bin/python3 "$peer" --db "$db" --run 2 --compare 1 --format xlsx \
    --out "$out/peer.xlsx")
cat "$out/last.log"
ls -l "$out"/ours.* "$out"/peer.*
printf 'CSV:  tessera-cli %s s, pandas peer %s s (%s times as long)\n' "$csv" "$peer_csv" "$(ratio "$peer_csv" "$csv")"
printf 'XLSX: tessera-cli %s s, pandas + openpyxl peer %s s (%s times as long)\n' "$xlsx" "$peer_xlsx" "$(ratio "$peer_xlsx" "$xlsx")"
printf 'PDF:  tessera-cli %s s (first %s rows of each long table)\n' "$pdf" 2000
