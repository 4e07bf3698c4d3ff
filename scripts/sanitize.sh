#!/usr/bin/env bash
# Builds PolicyLens with AddressSanitizer + UndefinedBehaviorSanitizer (preset asan-ubsan, in
# build-asan-ubsan/) and runs the whole test suite under them. scripts/test.sh (and so CI) runs it
# after the normal suite; alone it is the quick way to re-check after touching parsers, importers
# or the store. Extra arguments go to ctest (e.g. -R Import).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -n "${POLICYLENS_DEPS_DONE:-}" ] || "$root/scripts/deps.sh"
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
