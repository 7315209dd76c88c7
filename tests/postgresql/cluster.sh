#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh tests/postgresql/cluster.sh start DIR    a throw-away PostgreSQL 15 cluster in DIR
#   sh tests/postgresql/cluster.sh stop DIR     stops it and removes DIR
#   sh tests/postgresql/cluster.sh pause DIR    stops the server, keeping its data (the fault tests)
#   sh tests/postgresql/cluster.sh kill DIR     kills the server and its sessions with SIGKILL
#   sh tests/postgresql/cluster.sh resume DIR   starts the server again after pause or kill
#
# The cluster listens only on a Unix socket in DIR (no TCP port to collide
# with), trusts local connections and has the superuser "postgres". The team
# tests connect to it with the conninfo "host=DIR dbname=postgres user=postgres".
# PostgreSQL refuses to run as root, so as root the server runs as the
# "postgres" user that Debian's package creates.
set -eu

action="${1:-}"
dir="${2:-}"
if [ -z "$dir" ]; then
    echo "usage: sh cluster.sh start|stop|pause|kill|resume DIR" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL's server is not installed (Debian: postgresql-15); sh build.sh test installs it." >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_server() {
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
    fi
    as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # fsync stays on: the fault tests kill the server and count on what it acknowledged.
    start_server
    echo "PostgreSQL cluster ready: host=$dir dbname=postgres user=postgres"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
pause)
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
kill)
    # As a machine that loses power would: the server and every session at once, nothing flushed.
    postmaster=$(head -n 1 "$dir/data/postmaster.pid")
    pkill -KILL -P "$postmaster" || true
    kill -KILL "$postmaster"
    while kill -0 "$postmaster" 2>/dev/null || pgrep -P "$postmaster" >/dev/null; do
        sleep 0.1
    done
    ;;
resume)
    start_server
    ;;
*)
    echo "usage: sh cluster.sh start|stop|pause|kill|resume DIR" >&2
    exit 2
    ;;
esac
