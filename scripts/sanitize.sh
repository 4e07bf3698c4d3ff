#!/usr/bin/env bash
# Builds PolicyLens with AddressSanitizer + UndefinedBehaviorSanitizer (preset asan-ubsan, in
# build-asan-ubsan/) and runs the whole test suite under them. Too slow for every CI run on a
# 2-core machine (see the hardening notes in README "Limits"); run it before a release and after
# touching parsers, importers or the store. Extra arguments go to ctest (e.g. -R Import).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/deps.sh"
start=$(date +%s)
if [ ! -f "$root/build-asan-ubsan/build.ninja" ]; then
  cmake --preset asan-ubsan
fi
cmake --build --preset asan-ubsan --parallel "$(nproc)"
built=$(date +%s)
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
ctest --preset asan-ubsan --parallel "$(nproc)" "$@" || status=$?
end=$(date +%s)
echo "== asan-ubsan: build $((built - start))s, tests $((end - built))s, total $((end - start))s, ctest exit $status =="
exit "$status"
