#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh tests/packaging/offline-test.sh FALLBACK CONTACTS.csv
#
# The network may be down during the very outage a plan is for. With no
# network at all (a network namespace of its own, `unshare -rn`), and every
# system call that makes or connects a socket traced, this creates a plan,
# checks it, writes every report in every format, imports contacts, exports
# contacts, the calendar and the JSON, reads the JSON back, and opens the
# window under an Xvfb of its own. It fails when a command fails or when any
# of them opens an Internet socket (AF_INET, AF_INET6) or connects to
# anything but a local (AF_UNIX) socket.
set -eu
program="$(readlink -f "$1")"
contacts="$(readlink -f "$2")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT INT TERM

cat >"$work/commands.sh" <<COMMANDS
set -eu
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "\$HOME" "\$XDG_RUNTIME_DIR"
chmod 700 "\$XDG_RUNTIME_DIR"
cd "$work"
run() { strace -f -qq -e trace=socket,connect -o "$work/trace.\$\$.\$(date +%s%N)" "\$@" >/dev/null; }
run "$program" new plan.fallback --sample --template zh_CN
run "$program" check plan.fallback
for kind in plan review roster checklist drill; do
    for format in pdf html odt docx; do
        run "$program" report plan.fallback --kind \$kind --format \$format --lang zh_CN -o "report-\$kind.\$format"
    done
done
run "$program" import-contacts plan.fallback "$contacts"
run "$program" export-contacts plan.fallback -o contacts.csv --format csv
run "$program" export-contacts plan.fallback -o contacts.vcf --format vcf
run "$program" export-ics plan.fallback -o plan.ics
run "$program" export-json plan.fallback -o plan.json
run "$program" import-json plan.json copy.fallback
LANG=zh_CN.UTF-8 FALLBACK_QUIT_ON_FIRST_PAINT=1 strace -f -qq -e trace=socket,connect -o "$work/trace.window" \
    xvfb-run -a -s "-nolisten tcp" "$program" plan.fallback >window.log
grep -q first-paint-ns window.log
COMMANDS

if ! unshare -rn sh "$work/commands.sh" 2>"$work/errors"; then
    cat "$work/errors" >&2
    echo "offline test: a command failed without a network" >&2
    exit 1
fi
# Each traced call is a line such as: 1234 socket(AF_UNIX, SOCK_STREAM, 0) = 3
if grep -h -E 'socket\(AF_INET6?,|connect\([0-9]+, \{sa_family=AF_INET6?,' "$work"/trace.* >&2; then
    echo "offline test: a network socket was opened (above)" >&2
    exit 1
fi
calls="$(cat "$work"/trace.* | grep -c -E 'socket\(|connect\(' || true)"
echo "offline test: passed ($calls socket calls traced, all local)"
