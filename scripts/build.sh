#!/usr/bin/env bash
# Configures (once) and builds PolicyLens into build/ with Ninja. Used by run.sh, test.sh, bench.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${POLICYLENS_BUILD_DIR:-$root/build}"
type="${POLICYLENS_BUILD_TYPE:-RelWithDebInfo}"

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
