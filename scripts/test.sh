#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, runs every
# test in one zone far from the databases' own and the date-sensitive tests
# (CTest label "dates") again in another: Pacific/Kiritimati (UTC+14) and
# Pacific/Pago_Pago (UTC-11) are a whole day apart, so at any hour one of them
# is on another calendar day than Asia/Shanghai (the test databases' zone),
# and a test that takes "today" from the machine instead of the database fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
zone=Pacific/Kiritimati
echo "Every test with TZ=$zone (now $(TZ=$zone date '+%Y-%m-%d %H:%M %Z'))"
TZ=$zone ctest --test-dir "$root/build" -j2 --output-on-failure --timeout 900
zone=Pacific/Pago_Pago
echo "Date-sensitive tests with TZ=$zone (now $(TZ=$zone date '+%Y-%m-%d %H:%M %Z'))"
TZ=$zone ctest --test-dir "$root/build" -j2 -L dates --output-on-failure --timeout 900
