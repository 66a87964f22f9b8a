# Sourced by the bench/*.sh comparisons: `seconds COMMAND...` runs the command
# with its standard output in "$out/last.log" and prints its wall time in
# seconds (two decimals).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >"$out/last.log"
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
