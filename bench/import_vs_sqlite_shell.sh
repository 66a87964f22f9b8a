#!/usr/bin/env bash
# Tessera's import against the sqlite3 shell's .import of the same file into a
# plain table, in the same run (docs/benchmarks.md):
#   1. CDNOW_master.txt (69,659 rows; the shell reads each line as one field,
#      having no whitespace-separated mode), Tessera creating its 23,570 customers;
#   2. a generated 10,000,000-row transactions CSV for 1,000,000 existing customers.
#
#   bench/import_vs_sqlite_shell.sh [TRANSACTIONS] [CUSTOMERS]
#
# Environment: BUILD (default build/), OUT (scratch folder, default bench/out/import).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
out=${OUT:-$root/bench/out/import}
transactions=${1:-10000000}
customers=${2:-1000000}
cli=$build/src/cli/tessera-cli
export TESSERA_PASSWORD=bench-password
mkdir -p "$out"

seconds() { # command...: prints the wall time in seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d", a / b }'; }

echo "== CDNOW_master.txt (69,659 rows)"
rm -f "$out"/cdnow.tessera* "$out"/cdnow-shell.db
"$cli" init --db "$out/cdnow.tessera" >/dev/null
ours=$(seconds "$cli" import transactions --db "$out/cdnow.tessera" --user admin \
    --file "$root/tests/data/CDNOW_master.txt" --format cdnow --create-customers)
# No '|' in the file: each line becomes the one field of a row.
shell=$(seconds sqlite3 "$out/cdnow-shell.db" ".separator |" \
    ".import $root/tests/data/CDNOW_master.txt cdnow")
printf 'tessera-cli import: %.2f s (%s rows/s); sqlite3 .import: %.2f s; ratio %s\n' \
    "$ours" "$(rate 69659 "$ours")" "$shell" "$(ratio "$ours" "$shell")"

echo
echo "== $transactions transactions for $customers customers"
if [ ! -f "$out/files/transactions.csv" ] || [ "$(($(wc -l <"$out/files/transactions.csv") - 1))" != "$transactions" ]; then
    /usr/bin/python3 "$root/bench/tools/make_import_files.py" "$out/files" \
        --customers "$customers" --transactions "$transactions"
fi
ls -la "$out/files"
rm -f "$out"/base.tessera* "$out"/tx.tessera* "$out"/shell.db
"$cli" init --db "$out/base.tessera" >/dev/null
"$cli" import customers --db "$out/base.tessera" --user admin --file "$out/files/customers.csv"
cp "$out/base.tessera" "$out/tx.tessera"
ours=$(seconds "$cli" import transactions --db "$out/tx.tessera" --user admin \
    --file "$out/files/transactions.csv")
shell=$(seconds sqlite3 "$out/shell.db" ".import --csv $out/files/transactions.csv tx")
printf 'tessera-cli import: %.2f s (%s rows/s); sqlite3 .import: %.2f s (%s rows/s); ratio %s\n' \
    "$ours" "$(rate "$transactions" "$ours")" "$shell" "$(rate "$transactions" "$shell")" \
    "$(ratio "$ours" "$shell")"
