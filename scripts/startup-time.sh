#!/usr/bin/env bash
# Time from starting the release binary to the first 200 on /readyz (language models loaded).
# Usage: scripts/startup-time.sh [BINARY]   (default target/release/copydesk; build it first)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/copydesk}
port=$((20000 + RANDOM % 20000))
start=$(date +%s%N)
"$bin" serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "server exited" >&2; exit 1; }
  sleep 0.01
done
end=$(date +%s%N)
echo "ready after $(( (end - start) / 1000000 )) ms"
