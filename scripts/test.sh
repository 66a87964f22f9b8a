#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" -j2 --output-on-failure --timeout 900
