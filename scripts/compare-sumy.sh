#!/usr/bin/env bash
# Speed comparison: copydesk's full POST /v1/analyze against sumy's LexRank summary alone, on one article.
#
# Usage: scripts/compare-sumy.sh [BINARY]   (default target/release/copydesk; build it first)
# Env:   ARTICLE        text to use (default examples/kursk-deminers.txt)
#        MIN_RATIO      least sumy_median / copydesk_median that passes (default 20)
#        TOOLS_DIR      where the sumy venv is made if sumy is not importable (default ~/.cache/copydesk-tools)
#        PYTHON         interpreter to look for sumy in and to make the venv with (default python3)
#        READY_TIMEOUT  seconds to wait for /readyz (default 60)
#
# copydesk: the server is started on a free loopback port; a Python keep-alive client (http.client, one
# connection) sends 20 warm-up requests, then 200 sequential timed requests (send to last byte read);
# every answer must be 200. The client's own overhead counts against copydesk.
# sumy: scripts/sumy_lexrank.py, in-process, 3 warm-up runs then 30 timed runs of document building +
# LexRankSummarizer(document, 3). Its tokenizer is a regex stand-in for nltk punkt (no nltk data can be
# downloaded here), cheaper than punkt, so this favours sumy.
# Python start-up and imports are timed on neither side. Prints a table and the ratio of the medians; exits
# 1 if the ratio is below MIN_RATIO, 2 on a setup error. On a shared machine run it under `nice -n 10`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/copydesk}
article=${ARTICLE:-examples/kursk-deminers.txt}
min_ratio=${MIN_RATIO:-20}
tools_dir=${TOOLS_DIR:-$HOME/.cache/copydesk-tools}
python=${PYTHON:-python3}
ready_timeout=${READY_TIMEOUT:-60}

# Pinned so that runs compare like with like. numpy is LexRank's own extra dependency (sumy[lexrank]).
SUMY_VERSION=0.13.0
PIP_SPECS=("sumy==$SUMY_VERSION" "nltk==3.10.4" "numpy==2.4.6")

WARMUP_HTTP=20
RUNS_HTTP=200
WARMUP_SUMY=3
RUNS_SUMY=30

command -v "$python" >/dev/null || { echo "$python not found" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl not found" >&2; exit 2; }
[ -x "$bin" ] || { echo "no executable $bin (cargo build --release first)" >&2; exit 2; }
[ -f "$article" ] || { echo "no article $article" >&2; exit 2; }

# --- sumy: use the interpreter's own if it is the pinned version (with numpy), else a venv under TOOLS_DIR.
has_sumy() {
  "$1" - "$SUMY_VERSION" <<'EOF' 2>/dev/null
import sys, importlib.metadata as md
import sumy, numpy  # noqa: F401
sys.exit(0 if md.version("sumy") == sys.argv[1] else 1)
EOF
}
py=$python
if ! has_sumy "$py"; then
  venv=$tools_dir/sumy
  py=$venv/bin/python
  if ! { [ -x "$py" ] && has_sumy "$py"; }; then
    echo "installing ${PIP_SPECS[*]} into $venv" >&2
    mkdir -p "$tools_dir"
    "$python" -m venv "$venv"
    "$py" -m pip install --quiet --disable-pip-version-check "${PIP_SPECS[@]}" >&2
    has_sumy "$py" || { echo "sumy $SUMY_VERSION is still not importable from $py" >&2; exit 2; }
  fi
fi

# shellcheck source=scripts/lib/server.sh
. scripts/lib/server.sh

# --- copydesk server on a free loopback port.
READY_TIMEOUT=$ready_timeout start_server "$bin"

"$py" - "$port" "$article" "$WARMUP_HTTP" "$RUNS_HTTP" >"$tmp/copydesk.json" <<'EOF'
import http.client, json, statistics, sys, time

port, article, warmup, runs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(article, encoding="utf-8") as f:
    body = json.dumps({"text": f.read()}).encode()
headers = {"Content-Type": "application/json", "Connection": "keep-alive"}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

def analyze():
    conn.request("POST", "/v1/analyze", body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    if resp.status != 200:
        sys.exit(f"POST /v1/analyze answered {resp.status}: {data[:300]!r}")
    return data

for _ in range(warmup):
    data = analyze()
answer = json.loads(data)
for key in ("language", "summary", "hedging", "sourcing", "bias"):
    if key not in answer:
        sys.exit(f"/v1/analyze answer has no {key!r}")

times_ms = []
for _ in range(runs):
    t0 = time.perf_counter()
    analyze()
    times_ms.append((time.perf_counter() - t0) * 1000.0)
conn.close()
json.dump({"runs": runs, "mean_ms": round(statistics.fmean(times_ms), 3),
           "median_ms": round(statistics.median(times_ms), 3),
           "language": answer["language"]}, sys.stdout)
EOF
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=

# --- sumy LexRank, in-process.
"$py" scripts/sumy_lexrank.py "$article" "$RUNS_SUMY" --warmup "$WARMUP_SUMY" >"$tmp/sumy.json"

# --- report.
"$py" - "$tmp/copydesk.json" "$tmp/sumy.json" "$article" "$min_ratio" <<'EOF'
import importlib.metadata as md, json, os, platform, sys

c = json.load(open(sys.argv[1]))
s = json.load(open(sys.argv[2]))
article, min_ratio = sys.argv[3], float(sys.argv[4])
print(f"article: {article} ({os.path.getsize(article)} bytes)")
print(f"python {platform.python_version()}, sumy {md.version('sumy')}, nltk {md.version('nltk')}, "
      f"numpy {md.version('numpy')}")
print()
print(f"{'':34} {'runs':>5} {'mean ms':>9} {'median ms':>10}")
print(f"{'copydesk POST /v1/analyze (HTTP)':34} {c['runs']:>5} {c['mean_ms']:>9.3f} {c['median_ms']:>10.3f}")
print(f"{'sumy LexRank, 3 sentences':34} {s['runs']:>5} {s['mean_ms']:>9.3f} {s['median_ms']:>10.3f}")
print()
ratio = s["median_ms"] / c["median_ms"]
ok = ratio >= min_ratio
print(f"ratio sumy_median / copydesk_median = {ratio:.1f}x (required >= {min_ratio:g}x): {'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
EOF
