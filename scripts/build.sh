#!/usr/bin/env bash
# Configures and builds LookupLens into build/ (warnings are errors: the same build tests run on).
set -euo pipefail
cd "$(dirname "$0")/.."
# Line tables only (-g1): backtraces keep their files and lines, and the build writes a third of the
# bytes (a full -g made each test program about 100 MB; linking them was most of a slow machine's
# build, 11 instead of 16 minutes there). Configure a Debug build of your own to inspect variables.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOOKUPLENS_WERROR=ON \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
cmake --build build --parallel "$(nproc)"
