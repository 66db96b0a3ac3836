-- wrk script for scripts/load.sh: POST the JSON body in the file named by $COPYDESK_BODY_FILE
-- to the URL's path (/v1/analyze), and print a machine-readable result line when done.
local path = os.getenv("COPYDESK_BODY_FILE")
if not path then
  error("COPYDESK_BODY_FILE is not set")
end
local f = assert(io.open(path, "rb"))
local body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- Latency in microseconds; errors.status counts responses with a status >= 400, the same number wrk
-- prints as "Non-2xx or 3xx responses".
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "COPYDESK_RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
    "status_errors=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
