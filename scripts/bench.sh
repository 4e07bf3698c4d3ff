#!/usr/bin/env bash
# Benchmarks: scripts/bench.sh [import|extract|instruments|gui|charts|all]. Builds in Release first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export POLICYLENS_BUILD_DIR="${POLICYLENS_BENCH_BUILD_DIR:-$root/build-release}"
export POLICYLENS_BUILD_TYPE=Release
"$root/scripts/deps.sh"
"$root/scripts/build.sh" -DPOLICYLENS_BUILD_TESTS=ON -DPOLICYLENS_BUILD_BENCH=ON
what="${1:-all}"
shared="${POLICYLENS_SHARED:-$root/../shared}"
export QT_QPA_PLATFORM=offscreen
for b in import extract instruments gui charts; do
  if [ "$what" = all ] || [ "$what" = "$b" ]; then
    exe="$POLICYLENS_BUILD_DIR/tests/bench/bench_$b"
    if [ -x "$exe" ]; then
      echo "== $b =="
      "$exe" "$shared"
    else
      echo "== $b: no benchmark built yet =="
    fi
  fi
done
