#!/usr/bin/env bash
# Builds the release packages: a Debian package (dependencies from dpkg-shlibdeps) and a .tar.gz
# of the installed tree, in build-package/ (Release). Prints the paths of the artefacts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${POLICYLENS_PACKAGE_BUILD_DIR:-$root/build-package}"

"$root/scripts/deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr -DPOLICYLENS_BUILD_TESTS=OFF -DPOLICYLENS_BUILD_BENCH=OFF
fi
cmake --build "$build" --parallel "$(nproc)"

cd "$build"
rm -f policylens_*.deb policylens-*.tar.gz
cpack -G DEB
cpack -G TGZ

echo
echo "Packages:"
for f in "$build"/policylens_*.deb "$build"/policylens-*.tar.gz; do
  [ -f "$f" ] && echo "  $f"
done
deb="$(ls "$build"/policylens_*.deb)"
echo
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
