#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh tests/packaging/install-test.sh PACKAGE.deb [MIMETYPE_TOOL]
#
# Installs the package with apt-get, and nothing else, into a fresh Debian 12
# root, and there, from the installed files alone: creates a plan, writes a
# report in each format and checks the PDF, opens the window in Chinese under
# Xvfb, checks that the desktop recognises a plan by its content (a plan
# renamed to .db or without suffix too) while a plain SQLite file stays one,
# and opens a renamed plan as a double-click does (gio open).
# MIMETYPE_TOOL, when given, is a program that prints QMimeDatabase's type of
# a file; it is run inside the root against the installed Qt. Needs root,
# debootstrap and Debian's archive; the root is removed afterwards.
set -eu

deb="$(readlink -f "$1")"
mimetype_tool="${2:-}"
here="$(dirname "$(readlink -f "$0")")"
root="$(mktemp -d /var/tmp/fallback-install-test.XXXXXX)"

cleanup() {
    for mount in dev/pts dev proc sys; do
        umount -l "$root/$mount" 2>/dev/null || true
    done
    rm -rf "$root"
}
trap cleanup EXIT INT TERM

sh "$here/debian-root.sh" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# apt's download sandbox user cannot write into the unpacked root's caches.
echo 'APT::Sandbox::User "root";' >"$root/etc/apt/apt.conf.d/90fallback-test"
mkdir -p "$root/opt/test"
cp "$deb" "$root/opt/test/"
[ -n "$mimetype_tool" ] && cp "$mimetype_tool" "$root/opt/test/mimetype"

in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"
}

fail() {
    echo "install test: $*" >&2
    exit 1
}

echo "== apt-get install ./$(basename "$deb"), without recommends"
in_root apt-get update -qq
in_root sh -c "apt-get install -y -qq --no-install-recommends /opt/test/$(basename "$deb") >/opt/test/apt.log 2>&1" \
    || { tail -30 "$root/opt/test/apt.log" >&2; fail "the package does not install"; }

echo "== the installed program, its manual page and its version"
in_root fallback --version | grep -qx "fallback [0-9.]*" || fail "--version"
[ -s "$root/usr/share/man/man1/fallback.1.gz" ] || fail "no manual page"
[ -s "$root/usr/share/doc/fallback/copyright" ] || fail "no copyright file"

echo "== a plan and a report in each format, in Chinese"
in_root sh -c 'cd /opt/test && LANG=zh_CN.UTF-8 fallback new plan.fallback --sample --template zh_CN' \
    || fail "fallback new"
in_root fallback check /opt/test/plan.fallback || fail "fallback check"
for format in pdf html odt docx; do
    in_root fallback report /opt/test/plan.fallback --kind plan --format $format --lang zh_CN \
        -o /opt/test/plan.$format || fail "the $format report"
    [ -s "$root/opt/test/plan.$format" ] || fail "the $format report is empty"
done
in_root fallback report /opt/test/plan.fallback --kind review --format pdf --lang zh_CN -o /opt/test/review.pdf \
    || fail "the review report"
if command -v qpdf >/dev/null 2>&1; then
    qpdf --check "$root/opt/test/plan.pdf" >/dev/null || fail "qpdf finds the PDF damaged"
fi
if command -v pdffonts >/dev/null 2>&1; then
    # The Chinese text is drawn with a font that covers it, embedded.
    pdffonts "$root/opt/test/plan.pdf" | grep -Eqi "wqy|noto.*cjk|zenhei" || fail "no CJK font in the PDF"
fi

echo "== the window, in Chinese, under Xvfb"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
in_root sh -c 'cd /opt/test && LANG=zh_CN.UTF-8 FALLBACK_QUIT_ON_FIRST_PAINT=1 \
    xvfb-run -a -s "-screen 0 1366x768x24" timeout 60 fallback /opt/test/plan.fallback >/opt/test/window.log 2>&1' \
    || { cat "$root/opt/test/window.log" >&2; fail "the window did not start"; }
grep -q "first-paint-ns" "$root/opt/test/window.log" || fail "the window did not paint"

echo "== the desktop's view of plan files"
# What every desktop has: the MIME database, GIO's tools, the desktop file index.
in_root apt-get install -y -qq --no-install-recommends shared-mime-info libglib2.0-bin desktop-file-utils sqlite3 \
    >/dev/null
cp "$root/opt/test/plan.fallback" "$root/opt/test/renamed.db"
cp "$root/opt/test/plan.fallback" "$root/opt/test/nosuffix"
in_root sqlite3 /opt/test/other.db "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
gio_type() {
    in_root gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'
}
qt_type() {
    in_root /opt/test/mimetype "$1"
}
# Each reader in turn: plans are plans whatever their name, SQLite stays SQLite.
for reader in gio ${mimetype_tool:+qt}; do
    for file in plan.fallback renamed.db nosuffix other.db; do
        expected=application/x-fallback-plan
        [ "$file" = other.db ] && expected=application/vnd.sqlite3
        type="$(${reader}_type /opt/test/$file)"
        [ "$type" = "$expected" ] || fail "$reader sees $file as $type, not $expected"
    done
done
[ -s "$root/usr/share/icons/hicolor/48x48/mimetypes/application-x-fallback-plan.png" ] || fail "no MIME icon"
default="$(in_root gio mime application/x-fallback-plan | sed -n 's/^Default application for .*: //p')"
[ "$default" = org.fallback.Fallback.desktop ] || fail "plans open with \"$default\", not with Fallback"

echo "== a double-click on a renamed plan"
# The desktop opens the file with its default application, as a file manager
# does; Fallback then lists it among the desktop's recent files.
in_root sh -c 'FALLBACK_QUIT_ON_FIRST_PAINT=1 xvfb-run -a sh -c "gio open /opt/test/renamed.db
    for second in \$(seq 30); do
        grep -q renamed.db /root/.local/share/recently-used.xbel 2>/dev/null && exit 0
        sleep 1
    done
    exit 1"' >"$root/opt/test/open.log" 2>&1 || { cat "$root/opt/test/open.log" >&2; fail "a double-click does not open the plan"; }

echo "install test: passed"
