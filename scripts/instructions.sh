#!/usr/bin/env bash
# Instructions per /v1/analyze answer, counted by valgrind (cachegrind, no cache simulation): a speed figure that,
# unlike timings, does not move with what else the machine runs. Compare two builds with it.
#
# Usage: scripts/instructions.sh [FILE] [N]   (default examples/kursk-deminers.txt, N = 100)
# Needs: valgrind (apt-get install -y valgrind). Builds `examples/answer` (release) first.
#
# Runs the example binary with 1 and with 1 + N answers and prints (Ir(1 + N) - Ir(1)) / N, so that start-up and
# model loading are left out. With STAGES=1 it also runs callgrind and prints the instructions of each stage.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-examples/kursk-deminers.txt}
n=${2:-100}
command -v valgrind >/dev/null || { echo "valgrind not found: apt-get install -y valgrind" >&2; exit 2; }
cargo build --release --quiet --example answer
bin=target/release/examples/answer
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
refs() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$tmp/cg.$1" "$bin" "$file" "$1" 2>&1 >/dev/null |
    sed -n 's/.*I *refs: *//p' | tr -d ','
}
one=$(refs 1)
many=$(refs $((n + 1)))
echo "instructions per answer: $(( (many - one) / n )) ($file, $n answers)"
if [ "${STAGES:-0}" = 1 ]; then
  for r in 1 $((n + 1)); do
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cgr.$r" "$bin" "$file" "$r" >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --threshold=100 "$tmp/cgr.$r" > "$tmp/cgr.$r.txt" 2>/dev/null
  done
  for fn in 'language::Detector::detect ' 'segment::segment ' 'summarize::summarize ' 'Context::hedging ' \
            'Context::sourcing ' 'Context::bias '; do
    a=$(grep -m1 "$fn" "$tmp/cgr.1.txt" || true); a=$(echo "$a" | awk '{print $1}' | tr -d ,)
    b=$(grep -m1 "$fn" "$tmp/cgr.$((n + 1)).txt" || true); b=$(echo "$b" | awk '{print $1}' | tr -d ,)
    printf "  %-30s %10d\n" "${fn%% }" $(( (${b:-0} - ${a:-0}) / n ))
  done
fi
