#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh build.sh run    install what is missing, build, start Fallback on your default plan
#   sh build.sh test   install what is missing, build, run the whole test suite
#   sh build.sh package  build the Debian package (release build) and check it with lintian
#
# Works on a fresh Debian 12 as root. Re-running is quick and changes nothing
# that is already in place: packages are installed only when one is missing,
# and the build is incremental.
set -eu
cd "$(dirname "$0")"

mode="${1:-}"
case "$mode" in
    run|test|bench|package) ;;
    *) echo "usage: sh build.sh run|test|package" >&2; exit 2 ;;
esac

# Everything the build, the tests and the window need, from Debian's archive.
packages="g++ cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev libvulkan-dev
libsqlite3-dev libzip-dev libqpdf-dev fonts-noto-cjk fonts-wqy-zenhei fonts-dejavu-core poppler-utils ca-certificates
libqt6sql6-psql libpq-dev"
if [ "$mode" = test ]; then
    # clang and its libFuzzer runtime for tests/fuzz/run-fuzzers.sh, which .ci/run calls
    packages="$packages clang-14 libclang-rt-14-dev"
    # the independent readers that tests/readers compares our vCard and iCalendar files with
    packages="$packages python3-vobject python3-icalendar"
    # LibreOffice reads our ODT and DOCX reports, qpdf checks the PDFs
    packages="$packages libreoffice-writer-nogui qpdf"
    # the desktop's own checkers of the desktop entry, the metainfo and the manual page
    packages="$packages desktop-file-utils appstream man-db"
    # the offline test: no network (unshare, in util-linux), every socket traced, a display of its own
    packages="$packages strace xvfb xauth"
    # the team tests' own throw-away PostgreSQL 15 cluster (tests/postgresql/cluster.sh)
    packages="$packages postgresql-15"
fi
if [ "$mode" = package ]; then
    # dpkg-shlibdeps for the package's dependencies, lintian to check it,
    # debootstrap for the install test's fresh Debian root
    packages="$packages dpkg-dev file binutils lintian debootstrap qpdf"
fi
if [ "$mode" = bench ]; then
    packages="$packages sqlite3 xvfb xauth libreoffice-writer-nogui postgresql-15"
fi

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Some packages are missing; run this as root (or install them with apt-get):$missing" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi

preset=dev
case "$mode" in bench|package) preset=release ;; esac
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset"
fi
if [ "$mode" = package ]; then
    # What the package holds, not the tests and benchmarks.
    cmake --build --preset "$preset" --target fallback fallback_formatlibs fallback_packaging_files fallback_mimetype
else
    cmake --build --preset "$preset"
fi

case "$mode" in
    run) exec "build/$preset/app/fallback" ;;
    test) exec ctest --preset "$preset" ;;
    bench) exec sh tests/bench/run-benchmarks.sh "build/$preset" ;;
    package)
        rm -f build/$preset/fallback_*.deb
        (cd "build/$preset" && cpack -G DEB)
        # Errors and warnings fail; the informational tags are printed.
        lintian --fail-on error,warning --info build/$preset/fallback_*.deb
        sh tests/packaging/check-hardening.sh build/$preset/fallback_*.deb
        ;;
esac
