#!/usr/bin/env bash
# The import on a team server against the same import into a database file,
# in the same run (issue 13, point 7): a generated CDNOW-layout file of ROWS
# purchases (10,000,000) by CUSTOMERS customers (1,000,000), every one new to
# the database (--create-customers), imported by the administrator with
# `tessera-cli import` into an empty file and into an empty server database
# (the same empty file moved there by `tessera-cli migrate`). Each import is
# one transaction; on the server the rows go with COPY through a staging
# table and on through the row-level security policies. Prints both times
# and the rows each engine holds afterwards.
#   bench/import_server_vs_file.sh [ROWS] [CUSTOMERS]
# Environment: OUT (scratch folder, default a new one in /tmp, removed after),
# FILES (where generated files are kept between runs, default bench/out/import/files).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-10000000}
customers=${2:-1000000}
out=${OUT:-$(mktemp -d /tmp/tessera-import.XXXXXX)}
files=${FILES:-$root/bench/out/import/files}
mkdir -p "$out" "$files"
chmod 755 "$out"
cli="$root/build/src/cli/tessera-cli"
cluster="$out/pg"
"$root/tests/postgres/test_cluster.sh" start "$cluster" bench >/dev/null
trap '"$root/tests/postgres/test_cluster.sh" stop "$cluster"; [ -z "${OUT:-}" ] && rm -rf "$out"' EXIT
base=$(cat "$cluster/uri")
psql -X -q -d "$base" -c "CREATE DATABASE imports"
server=${base/\/postgres?/\/imports?}
export TESSERA_PASSWORD=bench-password

data="$files/cdnow-$rows-$customers.txt"
if [ ! -f "$data" ]; then
    /usr/bin/python3 "$root/bench/tools/make_import_files.py" "$out/gen" --customers 0 \
        --transactions 0 --cdnow "$rows" --cdnow-customers "$customers" >/dev/null
    mv "$out/gen/cdnow.txt" "$data"
fi

"$cli" init --db "$out/empty.tessera" >/dev/null
cp "$out/empty.tessera" "$out/file.tessera"
"$cli" --db "$out/empty.tessera" --user admin migrate --to "$server" --role-prefix imp_ >/dev/null
admin_server=${server/tessera_owner@/imp_admin@}

timed() { # label command...: runs the command, prints its wall time
    local label=$1 start end
    shift
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    awk -v l="$label" -v a="$start" -v b="$end" -v r="$rows" \
        'BEGIN { printf "%-8s %8.1f s  %9d rows/s\n", l, b - a, r / (b - a) }'
}
echo "== $rows purchases by $customers new customers ($(du -h "$data" | cut -f1))"
timed file "$cli" --db "$out/file.tessera" --user admin import transactions --file "$data" \
    --format cdnow --create-customers
timed server "$cli" --db "$admin_server" --user admin import transactions --file "$data" \
    --format cdnow --create-customers

count_file() { sqlite3 "$out/file.tessera" "SELECT count(*) FROM $1"; }
count_server() { psql -X -q -A -t -d "$server" -c "SELECT count(*) FROM $1"; }
for table in customers transactions; do
    printf '%-13s file %s, server %s\n' "$table" "$(count_file "$table")" "$(count_server "$table")"
done
echo "server data: $(psql -X -q -A -t -d "$server" -c "SELECT pg_size_pretty(pg_database_size('imports'))")"
