#!/usr/bin/env bash
# Moves a copy of a Tessera file to a fresh PostgreSQL cluster with
# `tessera-cli migrate` and prints its summary (rows, copy and check times,
# whether every table's rows and hash matched).
#   bench/migrate_to_server.sh FILE [ADMIN]     (TESSERA_PASSWORD: the admin's password)
# The cluster runs with PostgreSQL's default durability (fsync on), listens on
# a Unix socket only, and is removed afterwards. OUT= keeps the work folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
file=$1
admin=${2:-admin}
out=${OUT:-$(mktemp -d /tmp/tessera-migrate-bench.XXXXXX)}
cli="$out/tessera-cli"
cp "$root/build/src/cli/tessera-cli" "$cli"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u nobody --); fi
pg="$out/pg"
mkdir -p "$pg"
chmod 755 "$out"
[ ${#as_owner[@]} -gt 0 ] && chown nobody "$pg"
"${as_owner[@]}" "$bin/initdb" -D "$pg/data" -U tessera_owner --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
port=$((20000 + RANDOM % 20000))
"${as_owner[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w \
    -o "-c listen_addresses='' -k $pg -p $port -c max_wal_size=4GB -c shared_buffers=1GB" start >/dev/null
trap '"${as_owner[@]}" "$bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null; [ -z "${OUT:-}" ] && rm -rf "$out"' EXIT
psql -X -q "postgresql://tessera_owner@/postgres?host=$pg&port=$port" -c "CREATE DATABASE crm"
cp "$file" "$out/source.tessera"
# Sign in once first, so a schema upgrade of an older file is not timed.
"$cli" --db "$out/source.tessera" --user "$admin" audit --limit 1 >/dev/null
start=$(date +%s.%N)
"$cli" --db "$out/source.tessera" --user "$admin" --json migrate \
    --to "postgresql://tessera_owner@/crm?host=$pg&port=$port" >"$out/migrate.json"
end=$(date +%s.%N)
python3 - "$out/migrate.json" "$start" "$end" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"rows {d['rows']:,} in {len(d['tables'])} tables; copy {d['copy_ms']/1000:.1f} s, "
      f"check {d['check_ms']/1000:.1f} s, whole command {float(sys.argv[3]) - float(sys.argv[2]):.1f} s; "
      f"verified {d['verified']}")
for t in d['tables']:
    print(f"  {t['table']:30} {t['file_rows']:>12,} {t['server_rows']:>12,} {'equal' if t['equal'] else 'DIFFERS'} {t['file_hash'][:16]}")
PY
du -sh "$pg/data" | awk '{print "server data folder: " $1}'
