#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens the GUI on the demo case.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec build/app/gui/lookuplens --demo "$@"
