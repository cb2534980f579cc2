-- wrk script: citizens filing appeals (POST /api/v1/appeals) as fast as the server acknowledges.
--   python3 tools/intake_bench.py --base-url URL --sign-in-only   # prints the two values
--   KENES_COOKIE=... KENES_CSRF=... wrk -t2 -c32 -d10s -s server/bench/http/intake.lua URL
-- Only a 201 with a talon in its body counts as an acknowledged appeal; anything else is an error.
-- Prints the same `intake:` line as tools/intake_bench.py.
local cookie = os.getenv("KENES_COOKIE") or error("KENES_COOKIE is not set")
local csrf = os.getenv("KENES_CSRF") or error("KENES_CSRF is not set")
local deputy = os.getenv("KENES_DEPUTY_ID") or "1"

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  acknowledged = 0
  failed = 0
  seq = 0
  wrk.method = "POST"
  wrk.path = "/api/v1/appeals"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Cookie"] = cookie
  wrk.headers["X-CSRF-Token"] = csrf
end

function request()
  seq = seq + 1
  -- A distinct subject each time: the same subject would be linked as a repeat appeal.
  local body = string.format(
    '{"type":"complaint","language":"ru","addressee":"deputy","deputy_id":%s,' ..
    '"subject":"Нагрузочный тест: поток %d обращение %d",' ..
    '"body":"Во дворе дома %d не горит уличное освещение, просим заменить лампы."}',
    deputy, thread_no, seq, seq % 97 + 1)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 201 and string.find(body, '"talon"', 1, true) then
    acknowledged = acknowledged + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("acknowledged")
    bad = bad + t:get("failed")
  end
  local e = summary.errors
  bad = bad + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "intake: %d appeals in %.1f s = %.0f appeals/s, p50 %.2f ms, p99 %.2f ms, errors %d\n",
    ok, seconds, ok / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end
