#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh tests/packaging/check-hardening.sh PACKAGE.deb
#
# Every ELF file of the package is stripped and hardened as Debian builds
# its own: position-independent, read-only relocations bound at start
# (relro, bindnow), a stack protector, and fortified C library calls in the
# program.
set -eu
deb="$(readlink -f "$1")"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT INT TERM
dpkg-deb -x "$deb" "$root"
status=0
count=0
fortified=0
for file in $(find "$root" -type f); do
    file -b "$file" | grep -q '^ELF' || continue
    count=$((count + 1))
    name="${file#"$root"}"
    dynamic="$(readelf -d "$file")"
    symbols="$(nm -D "$file")"
    echo "$dynamic" | grep -q 'BIND_NOW\|Flags:.*NOW' || { echo "$name: not bound at start (bindnow)" >&2; status=1; }
    readelf -l "$file" | grep -q GNU_RELRO || { echo "$name: no relro" >&2; status=1; }
    readelf -h "$file" | grep -q 'Type:.*DYN' || { echo "$name: not position-independent" >&2; status=1; }
    echo "$symbols" | grep -q '__stack_chk_fail' || { echo "$name: no stack protector" >&2; status=1; }
    # Fortified calls where the compiler could check a size; a small module may have none.
    echo "$symbols" | grep -q '__[a-z_]*_chk@' && fortified=$((fortified + 1))
    file -b "$file" | grep -q 'not stripped' && { echo "$name: not stripped" >&2; status=1; }
done
[ "$count" -gt 0 ] || { echo "no ELF file in $deb" >&2; exit 1; }
[ "$fortified" -gt 0 ] || { echo "no fortified C library call in any ELF file (-D_FORTIFY_SOURCE)" >&2; status=1; }
[ "$status" -eq 0 ] && echo "hardening: $count ELF files stripped and hardened"
exit $status
