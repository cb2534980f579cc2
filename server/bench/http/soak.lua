-- wrk script for tools/soak.sh: a signed-in citizen's mixed traffic through the balancer, in a
-- fixed rotation of ten requests: public pages (info, a deputy, the maslikhats), the person's own
-- pages (me, notifications, the appeals list), and one filing in ten.
--   KENES_COOKIE=... KENES_CSRF=... wrk -t2 -c16 -d60s -s server/bench/http/soak.lua URL
-- Every answer must be 200, or 201 for a filing (wrk's response() does not say which request an
-- answer belongs to; no GET here answers 201); anything else is counted and printed by done(): `soak: N requests, R req/s, p99 X ms, unexpected U (...)`.
local cookie = os.getenv("KENES_COOKIE") or error("KENES_COOKIE is not set")
local csrf = os.getenv("KENES_CSRF") or error("KENES_CSRF is not set")

local mix = {
  {"GET", "/api/v1/info"},
  {"GET", "/api/v1/deputies/1"},
  {"GET", "/api/v1/me"},
  {"GET", "/api/v1/maslikhats"},
  {"GET", "/api/v1/appeals?limit=20"},
  {"GET", "/api/v1/me/notifications"},
  {"GET", "/api/v1/info"},
  {"GET", "/api/v1/deputies/2"},
  {"GET", "/api/v1/appeals?limit=20"},
  {"POST", "/api/v1/appeals"},
}

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  seq = 0
  unexpected = 0
  statuses = ""
end

function request()
  seq = seq + 1
  local m = mix[(seq - 1) % #mix + 1]
  local headers = {["Cookie"] = cookie, ["X-CSRF-Token"] = csrf}
  local body = nil
  if m[1] == "POST" then
    headers["Content-Type"] = "application/json"
    body = string.format(
      '{"type":"proposal","language":"ru","addressee":"maslikhat","maslikhat_id":2,' ..
      '"subject":"Долгая нагрузка: поток %d обращение %d",' ..
      '"body":"Предлагаем установить скамейки у дома %d."}', thread_no, seq, seq % 97 + 1)
  end
  return wrk.format(m[1], m[2], headers, body)
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then
    unexpected = unexpected + 1
    if #statuses < 200 then statuses = statuses .. " " .. status end
  end
end

function done(summary, latency, requests)
  local bad, detail = 0, ""
  for _, t in ipairs(threads) do
    bad = bad + t:get("unexpected")
    detail = detail .. t:get("statuses")
  end
  local e = summary.errors
  bad = bad + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "soak: %d requests in %.0f s = %.0f req/s, p50 %.2f ms, p99 %.2f ms, unexpected %d%s\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, bad, detail ~= "" and (" (statuses:" .. detail .. ")") or ""))
end
