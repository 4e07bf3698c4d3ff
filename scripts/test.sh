#!/usr/bin/env bash
# The one command to test PolicyLens on a fresh Debian 12 machine: installs what is missing,
# builds, runs every test with ctest, then builds the same suite with AddressSanitizer +
# UndefinedBehaviorSanitizer (scripts/sanitize.sh, build-asan-ubsan/) and runs it again, so a change
# that breaks memory safety fails here and in CI. POLICYLENS_SANITIZERS=0 skips the second pass
# (for a quick local loop; CI always runs both). Extra arguments go to both ctest runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${POLICYLENS_BUILD_DIR:-$root/build}"

"$root/scripts/deps.sh"
export POLICYLENS_DEPS_DONE=1
start=$(date +%s)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@")
echo "== tests: $(( $(date +%s) - start ))s (build and ctest in $build) =="
if [ "${POLICYLENS_SANITIZERS:-1}" = 0 ]; then
  echo "== asan-ubsan pass skipped (POLICYLENS_SANITIZERS=0) =="
  exit 0
fi
exec "$root/scripts/sanitize.sh" --timeout 900 "$@"
