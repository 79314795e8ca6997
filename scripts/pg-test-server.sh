#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the tests, in a temporary folder, listening
# only on a Unix socket. initdb and postgres refuse to run as root, so as root they run as the
# `postgres` user.
#   scripts/pg-test-server.sh start DIR   -> prints the store address to use
#   scripts/pg-test-server.sh stop DIR
set -euo pipefail
action=$1
base=$2
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$pgbin" ] || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
port=${ENTITYDESK_PG_PORT:-55432}

case "$action" in
start)
    mkdir -p "$base/sock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$base"
    "${as_owner[@]}" "$pgbin/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$base/initdb.log" 2>&1 \
        || { cat "$base/initdb.log" >&2; exit 1; }
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses= -k $base/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
        || { cat "$base/server.log" >&2; exit 1; }
    echo "postgres://postgres@/postgres?host=$base/sock&port=$port"
    ;;
stop)
    if [ -f "$base/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$pgbin/pg_ctl" -D "$base/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$base"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
