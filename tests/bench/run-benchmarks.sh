#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark against the build in $1 (default build/release).
set -eu
build="${1:-build/release}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    Xvfb :93 -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb' EXIT
    export DISPLAY=:93
    sleep 1
fi
"$build/tests/bench/startup_bench" "$build/app/fallback" "$build/tests/bench/bare_window" 30
"$build/tests/bench/edit_bench" "$build" 400
"$build/tests/bench/report_bench" "$build/app/fallback"
"$build/tests/bench/scale_bench" 3
"$build/tests/bench/contact_import_bench" "$build/app/fallback" 10000 5
"$build/tests/bench/crash_soak" 1000
# Team mode, against a throw-away PostgreSQL cluster of its own.
cluster=$(mktemp -d /tmp/fallback-bench-pg-XXXXXX)
sh tests/postgresql/cluster.sh start "$cluster" >/dev/null
"$build/tests/bench/team_bench" "host=$cluster dbname=postgres user=postgres" 500 || status=$?
sh tests/postgresql/cluster.sh stop "$cluster"
exit "${status:-0}"
