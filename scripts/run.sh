#!/usr/bin/env bash
# The one command to try PolicyLens on a fresh Debian 12 machine: installs what is missing,
# builds, and opens the workbench on the bundled sample workspace. With --headless, or when
# there is no display, it runs the pipeline on the sample documents and writes a report instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${POLICYLENS_BUILD_DIR:-$root/build}"

headless=0
if [ "${1:-}" = "--headless" ]; then headless=1; shift; fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then headless=1; fi

"$root/scripts/deps.sh"
"$root/scripts/build.sh"
bin="$build/app/policylens"
out="$build/sample"
mkdir -p "$out"
db="$out/sample.policylens"

if [ "$headless" = 1 ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  "$bin" sample --db "$db"
  "$bin" documents --db "$db"
  "$bin" report --db "$db" --out "$out/report.html"
  echo "Report written to $out/report.html"
else
  # The sample is imported once; later runs reopen it with whatever the user changed.
  [ -f "$db" ] || "$bin" sample --db "$db"
  exec "$bin" --db "$db" "$@"
fi
