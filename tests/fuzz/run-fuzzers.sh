#!/bin/sh
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (address and undefined
# behaviour sanitizers) and runs each for a bounded time, seeded with the
# contact fixtures, the templates and an old plan file. A crash leaves its
# input in the build folder and fails.
#
#   sh tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET]    (default 60; build in build/fuzz)
set -eu
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
build="${FALLBACK_FUZZ_BUILD:-build/fuzz}"

cxx=""
for candidate in clang++-14 clang++; do
    if command -v "$candidate" >/dev/null 2>&1; then
        cxx=$(command -v "$candidate")
        break
    fi
done
if [ -z "$cxx" ]; then
    echo "run-fuzzers.sh: clang++ is missing (Debian: clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"

# Leaks count as failures too.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
for target in csv vcard planjson planfile; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    case "$target" in
        csv) cp tests/data/contacts/*.csv "$corpus/" ;;
        vcard) cp tests/data/contacts/*.vcf "$corpus/" ;;
        planjson) cp resources/templates/*.json tests/data/report-plan-*.json "$corpus/" ;;
        planfile) cp tests/data/plan-v0.fallback "$corpus/" ;;
    esac
    echo "fuzz_$target: $seconds s"
    "$build/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=131072 \
        -artifact_prefix="$build/crash-$target-" -print_final_stats=1 "$corpus" 2>"$build/fuzz_$target.log" || {
        tail -n 60 "$build/fuzz_$target.log" >&2
        echo "run-fuzzers.sh: fuzz_$target found a failure; the input is in $build" >&2
        exit 1
    }
    grep -E "^(stat::number_of_executed_units|Done)" "$build/fuzz_$target.log" || true
done
