#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the `postgres`-labelled tests.
#   test_cluster.sh start DIR   initdb in DIR/data as an unprivileged user, listening
#                               only on a Unix socket in DIR; writes the server's URI
#                               to DIR/uri
#   test_cluster.sh stop DIR    stops it and removes DIR
#   test_cluster.sh start DIR bench
#                               the same, set up as a server would be for the
#                               benchmarks: durable (fsync on), 1 GB of shared
#                               buffers, room for large loads between checkpoints
# The cluster trusts local socket connections: the socket lives in a folder only its
# owner (and root) can enter, and nothing listens on TCP.
set -euo pipefail
action=$1
dir=$2
settings="-c fsync=off"
[ "${3:-}" = bench ] && settings="-c shared_buffers=1GB -c max_wal_size=4GB"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (Debian package postgresql-15): run scripts/install-deps.sh" >&2
    exit 1
fi
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to an unprivileged user.
    as_owner=(runuser -u nobody --)
fi
case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ ${#as_owner[@]} -gt 0 ] && chown nobody "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U tessera_owner --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    port=$((20000 + RANDOM % 20000))
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -p $port $settings -c max_connections=60" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://tessera_owner@/postgres?host=$dir&port=$port" >"$dir/uri"
    echo "PostgreSQL test cluster on socket $dir, port $port"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
