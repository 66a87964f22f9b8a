#!/usr/bin/env bash
# The account manager's day on a demo database of a million customers:
# logging an interaction (with that customer's warnings evaluated again) and
# building My Day for an account manager and a supervisor, in process
# (bench/app/DayBench.cpp), then the whole warnings list against the pandas
# peer (bench/warnings_vs_peer.sh) in the same run.
#
#   bench/account_manager_day.sh DEMO_FILE
#
# DEMO_FILE: `tessera-cli init --demo 1000000` scored twice (as of 2026-10-01
# and today). Works on a copy. Environment: BUILD (default build/), OUT
# (default bench/out/day).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/day}
demo=${1:?usage: account_manager_day.sh DEMO_FILE}
mkdir -p "$out"
copy=$out/day.tessera
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$demo" "$copy"
[ -f "$demo-wal" ] && cp "$demo-wal" "$copy-wal"
"$build/bench/app/day_bench" --db "$copy" --repeat "${REPEAT:-21}" --day-repeat "${DAY_REPEAT:-3}"
OUT=$out/warnings "$root/bench/warnings_vs_peer.sh" "$demo" "$(date +%F)"
