-- wrk script for the hostile-load benchmark: every request comes from a different forwarded
-- address (the server trusts X-Forwarded-For from loopback in this run), like many anonymous
-- clients. KENES_METHOD, KENES_BODY and KENES_CSRF (an anonymous CSRF token) are optional.
local method = os.getenv("KENES_METHOD") or "GET"
local body = os.getenv("KENES_BODY")
local csrf = os.getenv("KENES_CSRF")

wrk.method = method
if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if csrf then
  wrk.headers["Cookie"] = "kenes_csrf=" .. csrf
  wrk.headers["X-CSRF-Token"] = csrf
end

local counter = 0
request = function()
  counter = counter + 1
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255),
                                                 math.random(0, 255), math.random(1, 254))
  return wrk.format()
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("HOSTILE_JSON {\"requests\":%d,\"rps\":%.1f}\n", summary.requests,
                         summary.requests / (summary.duration / 1e6)))
end
