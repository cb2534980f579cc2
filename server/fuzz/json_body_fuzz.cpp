// libFuzzer target: a JSON request body through BodyReader as a feature's *_http.cpp reads it
// (Parse, then Str/Int/Bool/Object/Raw and Done), and the values echoed back as JSON, which is
// where unbounded nesting once overflowed the stack (issue 8, finding 1). Property: nothing deeper
// than kMaxJsonDepth gets past the edge.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "platform/http/api.hpp"

namespace {

using kenes::http::BodyReader;
using kenes::http::Json;

void Check(bool cond) {
  if (!cond) std::abort();
}

// Depth of a parsed value without recursion (the check must not be the thing that overflows).
int Depth(const Json& root) {
  int max = 0;
  std::vector<std::pair<const Json*, int>> stack{{&root, 1}};
  while (!stack.empty()) {
    auto [j, d] = stack.back();
    stack.pop_back();
    if (!j->is_structured()) continue;
    max = std::max(max, d);
    for (const auto& c : *j) stack.emplace_back(&c, d + 1);
  }
  return max;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kenes::http::Request req;
  req.method = "POST";
  req.headers.emplace_back("content-type", "application/json; charset=utf-8");
  req.body.assign(reinterpret_cast<const char*>(data), size);
  // The edge's limit holds: whatever parses is at most kMaxJsonDepth deep.
  if (auto json = kenes::http::ParseJsonBody(req); json.ok())
    Check(Depth(*json) <= kenes::http::kMaxJsonDepth);
  auto parsed = BodyReader::Parse(req);
  if (!parsed.ok()) {
    kenes::http::ErrorResponse(parsed.error(), "fuzz");
    return 0;
  }
  BodyReader body = *parsed;
  // Fields of POST /api/v1/appeals and of PATCH /api/v1/deputies/{id} (nested objects, raw lists).
  body.Str("subject", true, 3, 200);
  body.Str("text", false, 0, 10000);
  body.Str("channel", false);
  body.Int("okrug_id", false);
  body.Int("received_at_ms", false);
  body.Bool("public", false);
  if (auto address = body.Object("address", false)) {
    address->Str("settlement", true, 1, 100);
    address->Str("street", false);
    address->Str("house", false, 0, 20);
    body.Absorb(address->Done());
  }
  Json echo = Json::object();
  for (const char* key : {"cosigners", "social_links", "phones"}) {
    if (const Json* raw = body.Raw(key)) {
      Check(Depth(*raw) < kenes::http::kMaxJsonDepth);
      echo[key] = *raw;
    }
  }
  auto done = body.Done();
  auto res = done.ok() ? kenes::http::JsonResponse(200, echo)
                       : kenes::http::ErrorResponse(done.error(), "fuzz");
  Check(!res.body.empty());
  return 0;
}
