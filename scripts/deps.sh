#!/usr/bin/env bash
# Installs the Debian 12 packages PolicyLens needs to build, test and run.
# Only what is missing is installed, so a second run costs a few dpkg queries.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-pdf-dev qt6-translations-l10n libqt6sql6-sqlite
  libqt6opengl6-dev libgl-dev
  libicu-dev libsqlite3-dev libgtest-dev libgmock-dev libquazip1-qt6-dev zlib1g-dev
  fonts-noto-cjk xvfb xauth
  # poppler-utils: pdftotext/pdftoppm, so tests can read the text layer of the PDF reports
  poppler-utils
  # packaging: .deb/.tgz (cpack + shlibdeps), desktop/AppStream validation, icon PNGs
  dpkg-dev fakeroot file desktop-file-utils appstream librsvg2-bin
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and sanitizer runtimes
  clang
  # xmllint: the REFI-QDA export test validates project.qde against the published schema
  libxml2-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
