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
# folder, default bench/out/tier-report), SCORE_AS_OF (the two as-of dates;
# set it empty for a database that already holds runs 1 and 2, such as the
# 1,000,000-customer benchmark file scored as of 2026-10-01 and 2026-10-31).
# Each line says the wall time, the peak resident memory and the CPU time.
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
# Wall seconds of a command; its peak RSS (MB) and CPU seconds (user +
# system, which other work on the machine does not inflate) go to
# $out/last.usage for usage().
seconds() {
    wall_seconds "$out/last.log" /usr/bin/time -f '%M %U %S' -o "$out/last.time" "$@"
    awk '{ printf "%.0f MB, CPU %.1f s", $1 / 1024, $2 + $3 }' "$out/last.time" >"$out/last.usage"
}
usage() { cat "$out/last.usage"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

for asOf in ${SCORE_AS_OF-2026-07-31 2026-10-31}; do
    echo "scoring as of $asOf: $(seconds "$cli" score --db "$db" --user admin --as-of "$asOf" --json) s"
done
report=("$cli" report tiers --db "$db" --user admin --run 2 --compare 1 --json)
# Ours and the peer back to back for each format, so both see the same load.
csv=$(seconds "${report[@]}" --format csv --out "$out/ours.csv"); csv_use=$(usage)
peer_csv=$(seconds /usr/bin/python3 "$peer" --db "$db" --run 2 --compare 1 --format csv \
    --out "$out/peer.csv" --check "$out/ours.csv"); peer_csv_use=$(usage)
cat "$out/last.log"
xlsx=$(seconds "${report[@]}" --format xlsx --out "$out/ours.xlsx"); xlsx_use=$(usage)
peer_xlsx=$(seconds /usr/bin/python3 "$peer" --db "$db" --run 2 --compare 1 --format xlsx \
    --out "$out/peer.xlsx"); peer_xlsx_use=$(usage)
cat "$out/last.log"
pdf=$(seconds "${report[@]}" --format pdf --out "$out/ours.pdf"); pdf_use=$(usage)
ls -l "$out"/ours.* "$out"/peer.*
printf 'CSV:  tessera-cli %s s (%s), pandas peer %s s (%s): %sx\n' "$csv" "$csv_use" \
    "$peer_csv" "$peer_csv_use" "$(ratio "$peer_csv" "$csv")"
printf 'XLSX: tessera-cli %s s (%s), pandas + openpyxl peer %s s (%s): %sx\n' "$xlsx" \
    "$xlsx_use" "$peer_xlsx" "$peer_xlsx_use" "$(ratio "$peer_xlsx" "$xlsx")"
printf 'PDF:  tessera-cli %s s (%s; first %s rows of each long table)\n' "$pdf" "$pdf_use" 2000
