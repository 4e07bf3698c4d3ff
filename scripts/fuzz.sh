#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags]
# e.g. scripts/fuzz.sh workspace_open 60; TARGET "all" runs each target in turn for SECONDS. Builds with clang in build-fuzz/ (libraries instrumented
# for coverage, AddressSanitizer and UndefinedBehaviorSanitizer). New interesting inputs collect
# in build-fuzz/corpus/TARGET; a crash is saved in build-fuzz/artifacts/TARGET/ and the script
# exits non-zero. Copy each crash into tests/fuzz/regressions/TARGET/ (then fix it): ctest
# replays that folder in every build as fuzz_replay.TARGET.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${POLICYLENS_FUZZ_BUILD_DIR:-$root/build-fuzz}"

if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]" >&2
  echo "targets: $(cd "$root/tests/fuzz" && ls *_fuzzer.cpp | sed 's/_fuzzer.cpp//' | tr '\n' ' ')" >&2
  exit 64
fi
target="$1"
seconds="$2"
shift 2

if [ "$target" = all ]; then
  failed=0
  for t in $(cd "$root/tests/fuzz" && ls *_fuzzer.cpp | sed 's/_fuzzer.cpp//'); do
    "$0" "$t" "$seconds" "$@" || failed=1
  done
  exit "$failed"
fi

"$root/scripts/deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="-O1 -fsanitize=fuzzer-no-link $sanitize" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DPOLICYLENS_BUILD_TESTS=ON -DPOLICYLENS_BUILD_BENCH=OFF -DPOLICYLENS_BUILD_FUZZERS=ON
fi
cmake --build "$build" --target "fuzz_$target" --parallel "$(nproc)"

corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
# Seeds: the target's own corpus in the tree, past crashes, and shared fixtures where they fit.
seeds=()
for d in "$root/tests/fuzz/corpus/$target" "$root/tests/fuzz/regressions/$target"; do
  [ -d "$d" ] && seeds+=("$d")
done
shared="${POLICYLENS_SHARED:-$root/../shared}"
case "$target" in
  workspace_open) ;; # no shared fixture is a workspace
  *) for d in "$shared/fixtures/bad" "$shared/fixtures/encodings" "$root/tests/data"; do
       [ -d "$d" ] && seeds+=("$d")
     done ;;
esac

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
echo "== fuzz_$target for ${seconds}s (corpus $corpus) =="
start=$(date +%s)
status=0
"$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$corpus" "${seeds[@]}" || status=$?
end=$(date +%s)
echo "== fuzz_$target ran $((end - start))s; corpus now $(ls "$corpus" | wc -l) inputs =="
if [ "$status" -ne 0 ]; then
  echo "== fuzz_$target FAILED (exit $status); inputs that crashed it:" >&2
  ls -1 "$artifacts" >&2 || true
fi
exit "$status"
