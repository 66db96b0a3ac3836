#!/usr/bin/env bash
# Runs the web page's tests: the cms-client module's unit tests (Node's test runner, no dependencies;
# plus a live test against the binary) and the headless-Chromium tests of GET / and /swagger-ui/.
# Usage: tests/browser/run.sh [BINARY]   (default target/release/copydesk; or env COPYDESK_BIN)
# Needs Node 20+, npm (registry reachable for `npm ci`) and Debian's chromium at /usr/bin/chromium
# (or CHROMIUM_PATH). Screenshots: target/browser/ui.png, ui-375.png, swagger-try.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bin=${1:-${COPYDESK_BIN:-target/release/copydesk}}
case "$bin" in /*) ;; *) bin="$root/$bin" ;; esac
export COPYDESK_BIN="$bin"
[ -x "$bin" ] || { echo "run.sh: no copydesk binary at $bin" >&2; exit 1; }
command -v node >/dev/null || { echo "run.sh: node (20+) is required" >&2; exit 1; }
mkdir -p target/browser

echo "--- npm ci (tests/browser)"
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
if [ -f examples/cms-client/package-lock.json ]; then
  echo "--- npm ci (examples/cms-client)"
  (cd examples/cms-client && npm ci --no-audit --no-fund --loglevel=error)
fi

# one server for the client's live test
port=$((20000 + RANDOM % 20000))
"$bin" serve --addr "127.0.0.1:$port" >target/browser/cms-client-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done

status=0
echo "--- cms-client: node --test"
(cd examples/cms-client && COPYDESK_URL="http://127.0.0.1:$port" node --test) || status=1
kill $server 2>/dev/null || true

echo "--- browser: node --test (chromium)"
(cd tests/browser && node --test) || status=1
exit $status
