# Sourced by the comparison scripts.
# wall_seconds LOG COMMAND...: runs COMMAND with its standard output in LOG and
# prints its wall-clock time in seconds.
wall_seconds() {
    local log=$1 start end
    shift
    start=$(date +%s.%N)
    "$@" >"$log"
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
