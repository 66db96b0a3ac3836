# shellcheck shell=bash
# Shared by the scripts that need a live copydesk: a temp dir, the server on a free loopback port,
# and clean-up on exit. Source it, then call `start_server BINARY [SERVE FLAGS...]`.
#
# Sets: tmp (temp dir, removed on exit), port, base (http://127.0.0.1:PORT), pid (the server's; set it
# empty after stopping the server yourself). The server log is "$tmp/server.log". Waits up to
# READY_TIMEOUT seconds (default 60) for /readyz; exits 2 if the server dies or is not ready in time.

tmp=$(mktemp -d)
pid=
# shellcheck disable=SC2317  # called by the trap
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

start_server() {
  local bin=$1
  shift
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  "$bin" serve --addr "127.0.0.1:$port" "$@" >"$tmp/server.log" 2>&1 &
  pid=$!
  local limit=${READY_TIMEOUT:-60}
  local deadline=$((SECONDS + limit))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "server exited before it was ready; its log:" >&2; tail -20 "$tmp/server.log" >&2; exit 2
    fi
    [ "$SECONDS" -lt "$deadline" ] || { echo "server not ready after $limit s" >&2; exit 2; }
    sleep 0.05
  done
}
