#!/usr/bin/env bash
# Configures and builds LookupLens into build/ (warnings are errors: the same build tests run on).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOOKUPLENS_WERROR=ON
cmake --build build --parallel "$(nproc)"
