#!/usr/bin/env bash
# Installs every Debian 12 package LookupLens needs to build, test and run.
# Idempotent: installs only what is missing, so the README commands and CI can call it every time.
set -euo pipefail

# util-linux (setpriv) and e2fsprogs (chattr): the tests read a case on read-only storage as a
# user who cannot write it, or in a folder made immutable.
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n libqt6sql6-sqlite libqt6svg6
  libqcustomplot-dev libqcustomplot2.1-qt6
  libmaxminddb-dev libphonenumber-dev libgraphviz-dev graphviz
  libquazip1-qt6-dev libxml2-dev libfreexl-dev libpoppler-cpp-dev zlib1g-dev libbz2-dev liblzma-dev libzstd-dev libarchive-dev libgsf-1-dev libsqlite3-dev nettle-dev libjemalloc-dev libicu-dev
  libgl-dev libxkbcommon-dev
  sqlite3 xvfb xauth imagemagick fonts-dejavu-core tzdata
  util-linux e2fsprogs
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
