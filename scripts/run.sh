#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts Tessera on the
# demo database in the platform's app-data folder (created on first run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
exec "$root/build/src/app/tessera" --demo-database "$@"
