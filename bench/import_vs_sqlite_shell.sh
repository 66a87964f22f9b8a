#!/usr/bin/env bash
# Tessera's import against the sqlite3 shell's .import of the same file into a
# plain table, in the same run (docs/benchmarks.md):
#   1. CDNOW_master.txt (69,659 rows; the shell reads each line as one field,
#      having no whitespace-separated mode), Tessera creating its 23,570 customers;
#   2. generated CDNOW-layout files of 2,000,000 rows for 200,000 new customers
#      and 10,000,000 rows for 1,000,000 new customers, --create-customers;
#   3. a generated customers CSV (names, phones, emails) of CUSTOMERS rows;
#   4. a generated TRANSACTIONS-row transactions CSV for those customers.
#
#   bench/import_vs_sqlite_shell.sh [TRANSACTIONS] [CUSTOMERS]
#
# Environment: BUILD (default build/), OUT (scratch folder, default bench/out/import),
# CDNOW_SIZES (default "2000000:200000 10000000:1000000").
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

# The CDNOW layout, every customer new to the database.
for size in ${CDNOW_SIZES:-2000000:200000 10000000:1000000}; do
    rows=${size%%:*}
    people=${size##*:}
    file="$out/files/cdnow-$rows.txt"
    echo
    echo "== CDNOW layout, $rows rows for $people new customers"
    if [ ! -f "$file" ]; then
        /usr/bin/python3 "$root/bench/tools/make_import_files.py" "$out/files/cdnow-$rows" \
            --customers 0 --transactions 0 --cdnow "$rows" --cdnow-customers "$people" >/dev/null
        mv "$out/files/cdnow-$rows/cdnow.txt" "$file"
        rm -rf "$out/files/cdnow-$rows"
    fi
    rm -f "$out"/cdnow-gen.tessera* "$out"/cdnow-gen-shell.db
    "$cli" init --db "$out/cdnow-gen.tessera" >/dev/null
    ours=$(seconds "$cli" import transactions --db "$out/cdnow-gen.tessera" --user admin \
        --file "$file" --format cdnow --create-customers)
    shell=$(seconds sqlite3 "$out/cdnow-gen-shell.db" ".separator |" ".import $file cdnow")
    printf 'tessera-cli import: %.2f s (%s rows/s); sqlite3 .import: %.2f s; ratio %s\n' \
        "$ours" "$(rate "$rows" "$ours")" "$shell" "$(ratio "$ours" "$shell")"
done

echo
echo "== $transactions transactions for $customers customers"
if [ ! -f "$out/files/transactions.csv" ] || [ "$(($(wc -l <"$out/files/transactions.csv") - 1))" != "$transactions" ]; then
    /usr/bin/python3 "$root/bench/tools/make_import_files.py" "$out/files" \
        --customers "$customers" --transactions "$transactions"
fi
ls -la "$out/files"
rm -f "$out"/base.tessera* "$out"/tx.tessera* "$out"/shell.db "$out"/customers-shell.db
"$cli" init --db "$out/base.tessera" >/dev/null
echo "-- the $customers customers first (code, name, kind, phone, email)"
ours=$(seconds "$cli" import customers --db "$out/base.tessera" --user admin \
    --file "$out/files/customers.csv")
shell=$(seconds sqlite3 "$out/customers-shell.db" ".import --csv $out/files/customers.csv c")
printf 'tessera-cli import: %.2f s (%s customers/s); sqlite3 .import: %.2f s; ratio %s\n' \
    "$ours" "$(rate "$customers" "$ours")" "$shell" "$(ratio "$ours" "$shell")"
echo "-- then the transactions"
cp "$out/base.tessera" "$out/tx.tessera"
ours=$(seconds "$cli" import transactions --db "$out/tx.tessera" --user admin \
    --file "$out/files/transactions.csv")
shell=$(seconds sqlite3 "$out/shell.db" ".import --csv $out/files/transactions.csv tx")
printf 'tessera-cli import: %.2f s (%s rows/s); sqlite3 .import: %.2f s (%s rows/s); ratio %s\n' \
    "$ours" "$(rate "$transactions" "$ours")" "$shell" "$(rate "$transactions" "$shell")" \
    "$(ratio "$ours" "$shell")"
