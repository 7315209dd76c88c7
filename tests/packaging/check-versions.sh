#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sh tests/packaging/check-versions.sh FALLBACK VERSION SOURCE_DIR
#
# The version is set once, in CMake's project(); the program's --version (and
# the About box, which shows the same compiled string), the newest release of
# the AppStream metainfo and the newest entry of Debian's changelog must all
# say VERSION, and the metainfo's release and the changelog must be of the
# same day.
set -eu
program="$1"
version="$2"
source="$3"
status=0

said="$("$program" --version)"
if [ "$said" != "fallback $version" ]; then
    echo "fallback --version says \"$said\", CMake says $version" >&2
    status=1
fi

metainfo="$source/packaging/org.fallback.Fallback.metainfo.xml"
release="$(grep -o '<release [^>]*>' "$metainfo" | head -1)"
release_version="$(echo "$release" | sed -n 's/.*version="\([^"]*\)".*/\1/p')"
release_date="$(echo "$release" | sed -n 's/.*date="\([^"]*\)".*/\1/p')"
if [ "$release_version" != "$version" ]; then
    echo "the metainfo's newest release is \"$release_version\", CMake says $version" >&2
    status=1
fi

changelog="$source/packaging/debian/changelog"
entry="$(head -1 "$changelog")"
entry_version="$(echo "$entry" | sed -n 's/^fallback (\([^)]*\)).*/\1/p')"
if [ "$entry_version" != "$version" ]; then
    echo "the changelog's newest entry is \"$entry_version\", CMake says $version" >&2
    status=1
fi
entry_date="$(sed -n 's/^ -- .*  \(.*\)$/\1/p' "$changelog" | head -1)"
if [ "$(date -u -d "$entry_date" +%F)" != "$release_date" ]; then
    echo "the changelog's newest entry is of $entry_date, the metainfo's release of $release_date" >&2
    status=1
fi
exit $status
