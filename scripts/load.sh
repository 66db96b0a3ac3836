#!/usr/bin/env bash
# Load test of POST /v1/analyze with the example article, with wrk.
#
# Usage: scripts/load.sh [BINARY]        (default target/release/copydesk; build it first)
# Env:   DURATION     length of each of the two wrk runs (default 30s)
#        CONNECTIONS  open connections (default 16)
#        THREADS      wrk threads (default 2)
#        ARTICLE      text to post (default examples/kursk-deminers.txt)
#        READY_TIMEOUT seconds to wait for /readyz (default 60)
#        SERVER_ARGS  extra flags for `copydesk serve` (e.g. "--workers 2")
#
# Starts the server on a free loopback port, waits for /readyz, then: RSS before, wrk run 1, RSS,
# wrk run 2, RSS. Prints a summary and exits non-zero if any response was not 2xx, any socket error
# occurred, or the server died. Install wrk with `apt-get install -y wrk` if missing. On a shared
# machine run it under `nice -n 19`; the load generator shares the CPUs with the server, so the
# numbers are a floor, not the service's capacity.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/copydesk}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
article=${ARTICLE:-examples/kursk-deminers.txt}
lua=scripts/load-analyze.lua

command -v wrk >/dev/null || { echo "wrk not found: apt-get update && apt-get install -y wrk" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 2; }
[ -x "$bin" ] || { echo "no executable $bin (cargo build --release first)" >&2; exit 2; }
[ -f "$article" ] || { echo "no article $article" >&2; exit 2; }

# shellcheck source=scripts/lib/server.sh
. scripts/lib/server.sh

# The JSON body: {"text": <article>}.
python3 -c 'import json, sys; json.dump({"text": open(sys.argv[1], encoding="utf-8").read()}, open(sys.argv[2], "w"))' \
  "$article" "$tmp/body.json"
export COPYDESK_BODY_FILE="$tmp/body.json"

# shellcheck disable=SC2086  # SERVER_ARGS is a list of flags
start_server "$bin" ${SERVER_ARGS:-}

rss() { awk '/^VmRSS:/ {print $2 " " $3}' "/proc/$pid/status"; }

# One request first: the example must be accepted at all.
code=$(curl -s -o "$tmp/one.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$tmp/body.json" "$base/v1/analyze")
if [ "$code" != 200 ]; then
  echo "POST /v1/analyze answered $code:" >&2; head -c 600 "$tmp/one.json" >&2; echo >&2; exit 1
fi

rss0=$(rss)
echo "server pid $pid on $base, ready; body $(wc -c <"$tmp/body.json") bytes; RSS before: $rss0"

run() { # n
  echo "--- run $1: wrk -t$threads -c$connections -d$duration --latency"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "$base/v1/analyze" | tee "$tmp/wrk$1.txt"
  kill -0 "$pid" 2>/dev/null || { echo "server died during run $1" >&2; tail -20 "$tmp/server.log" >&2; exit 1; }
}
run 1
rss1=$(rss)
echo "RSS after run 1: $rss1"
run 2
rss2=$(rss)
echo "RSS after run 2: $rss2"

# Numbers: from wrk's own text (Requests/sec, Latency Distribution, Socket errors, Non-2xx) and the
# exact values the Lua done() hook prints.
field() { # file key -> value from the COPYDESK_RESULT line
  grep '^COPYDESK_RESULT' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'
}
fail=0
echo
echo "=== summary: POST /v1/analyze, $(wc -c <"$article") byte article, $threads threads, $connections connections, $duration per run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in 1 2; do
  f="$tmp/wrk$n.txt"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
  p50=$(awk '$1 == "50%" {print $2}' "$f")
  p90=$(awk '$1 == "90%" {print $2}' "$f")
  p99=$(awk '$1 == "99%" {print $2}' "$f")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f")
  non2xx=${non2xx:-0}
  sock=$(grep -o 'Socket errors:.*' "$f" || true)
  sock=${sock:-"Socket errors: none"}
  errs=$(($(field "$f" connect) + $(field "$f" read) + $(field "$f" write) + $(field "$f" timeout)))
  reqs=$(field "$f" requests)
  echo "run $n: $reqs requests, $rps req/s, latency p50 $p50  p90 $p90  p99 $p99, non-2xx $non2xx, $sock"
  if [ "$non2xx" != 0 ] || [ "$(field "$f" status_errors)" != 0 ] || [ "$errs" != 0 ] || [ "${reqs:-0}" = 0 ]; then
    fail=1
  fi
done
echo "RSS: before $rss0, after run 1 $rss1, after run 2 $rss2"
if [ $fail -ne 0 ]; then
  echo "FAIL: non-2xx responses or socket errors (or no requests)" >&2
  exit 1
fi
echo "OK: every response 2xx, no socket errors"
