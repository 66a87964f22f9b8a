#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, and runs every
# test in a zone far from the databases' own that is on another calendar day
# than Asia/Shanghai (the test databases' zone) right now, so that a test that
# takes "today" from the machine instead of the database fails. Of
# Pacific/Pago_Pago (UTC-11, a day behind from 16:00 to 10:59 UTC) and
# Pacific/Kiritimati (UTC+14, a day ahead from 10:00 to 15:59 UTC) one always
# is. Before committing, run the date-sensitive tests (CTest label "dates") in
# both (docs/contributing.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
zone=Pacific/Pago_Pago
[ "$(TZ=$zone date +%F)" != "$(TZ=Asia/Shanghai date +%F)" ] || zone=Pacific/Kiritimati
echo "Every test with TZ=$zone (now $(TZ=$zone date '+%Y-%m-%d %H:%M %Z'); in Asia/Shanghai $(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M'))"
TZ=$zone ctest --test-dir "$root/build" -j2 --output-on-failure --timeout 900
