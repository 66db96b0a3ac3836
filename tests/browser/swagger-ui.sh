#!/usr/bin/env bash
# Renders /swagger-ui/ in headless Chromium with no network but loopback, and checks that the
# v1 operations appear. Usage: tests/browser/swagger-ui.sh [BINARY]   (default target/release/copydesk)
# Needs Debian's chromium (.ci/run installs it). Leaves a screenshot in target/browser/swagger-ui.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/copydesk}
port=$((20000 + RANDOM % 20000))
out=target/browser
mkdir -p "$out"
profile=$(mktemp -d)
"$bin" serve --addr "127.0.0.1:$port" >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$profile"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.1
done
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile"
  --virtual-time-budget=10000)
timeout 60 chromium "${flags[@]}" --dump-dom "http://127.0.0.1:$port/swagger-ui/" >"$out/swagger-ui.html" 2>/dev/null
timeout 60 chromium "${flags[@]}" --window-size=1280,2000 --screenshot="$out/swagger-ui.png" \
  "http://127.0.0.1:$port/swagger-ui/" >/dev/null 2>&1 || true
missing=0
for op in /v1/analyze /v1/summarize /v1/hedging /v1/sourcing /v1/bias; do
  if ! grep -q "data-path=\"$op\"" "$out/swagger-ui.html"; then
    echo "swagger-ui: operation $op not rendered" >&2
    missing=1
  fi
done
[ "$missing" = 0 ] && echo "swagger-ui: all v1 operations rendered (screenshot: $out/swagger-ui.png)"
exit "$missing"
