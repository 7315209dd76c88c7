#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh tests/packaging/debian-root.sh ROOT
#
# Makes ROOT a fresh Debian 12 (debootstrap, variant minbase) to install the
# package into. The root is made once and kept as a tarball outside the clone
# (FALLBACK_CI_CACHE, by default /var/cache/fallback-ci); each run unpacks a
# fresh copy of it. Needs root and Debian's archive.
set -eu

root="$1"
cache="${FALLBACK_CI_CACHE:-/var/cache/fallback-ci}"
tarball="$cache/bookworm-minbase.tar"
mirror="${FALLBACK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [ ! -s "$tarball" ]; then
    mkdir -p "$cache"
    work="$(mktemp -d "$cache/debootstrap.XXXXXX")"
    echo "Making a Debian 12 minbase root (kept in $cache for later runs)"
    debootstrap --variant=minbase bookworm "$work" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -20 "$cache/debootstrap.log" >&2
        rm -rf "$work"
        exit 1
    }
    # Security updates too, as a real machine has them.
    cat >"$work/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
    rm -rf "$work/var/cache/apt/archives/"*.deb "$work/var/lib/apt/lists/"*
    tar -C "$work" -cf "$tarball.tmp" .
    mv "$tarball.tmp" "$tarball"
    rm -rf "$work"
fi

mkdir -p "$root"
tar -C "$root" -xf "$tarball"
