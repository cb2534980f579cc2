-- wrk script: prints one machine-readable summary line after the run, for tools/bench.sh.
--   wrk -t2 -c64 -d10s --latency -s server/bench/http/report.lua http://127.0.0.1:PORT/api/v1/info
-- Latencies are in microseconds. Non-2xx/3xx answers are counted in errors.status.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_JSON {\"requests\":%d,\"duration_us\":%d,\"rps\":%.1f,\"p50_us\":%d,\"p90_us\":%d," ..
    "\"p95_us\":%d," ..
    "\"p99_us\":%d,\"max_us\":%d,\"errors_connect\":%d,\"errors_read\":%d,\"errors_write\":%d," ..
    "\"errors_status\":%d,\"errors_timeout\":%d}\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
