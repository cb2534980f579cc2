// libFuzzer target: a JSON request body through the declared edge (ParseJsonBody, then a request
// type's schema: text, numbers, booleans, absent/null/value fields, a nested object, a list of
// objects and a raw value), and the raw value echoed back as JSON, which is where unbounded nesting
// once overflowed the stack (issue 8, finding 1). Property: nothing deeper than kMaxJsonDepth gets
// past the edge, and every refusal is the one error body.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "platform/http/endpoint.hpp"

namespace fuzz {

using kenes::http::Json;

// Fields of POST /api/v1/appeals and of PATCH /api/v1/deputies/{id}.
struct Address {
  std::string settlement;
  std::optional<std::string> street, house;
};
struct Item {
  std::string key;
  std::optional<int64_t> n;
};
struct Body {
  std::string subject;
  std::optional<std::string> text, channel;
  kenes::http::Field<int64_t> okrug_id;
  std::optional<int64_t> received_at_ms;
  std::optional<bool> is_public;
  std::optional<Address> address;
  std::vector<Item> items;
  std::vector<int64_t> ids;
  std::optional<Json> social_links;
};

void Describe(kenes::http::Schema<Address>& s) {
  s.Add("settlement", &Address::settlement, {.required = true, .min = 1, .max = 100});
  s.Add("street", &Address::street);
  s.Add("house", &Address::house, {.max = 20});
}
void Describe(kenes::http::Schema<Item>& s) {
  s.Add("key", &Item::key, {.required = true, .max = 40});
  s.Add("n", &Item::n, {.lo = 0, .hi = 1000});
}
void Describe(kenes::http::Schema<Body>& s) {
  s.Add("subject", &Body::subject, {.required = true, .min = 3, .max = 200});
  s.Add("text", &Body::text, {.max = 10000});
  s.Add("channel", &Body::channel);
  s.Add("okrug_id", &Body::okrug_id);
  s.Add("received_at_ms", &Body::received_at_ms);
  s.Add("public", &Body::is_public);
  s.Object("address", &Body::address);
  s.List("items", &Body::items, {.max = 50});
  s.Add("ids", &Body::ids, {.max = 50});
  s.Json("social_links", &Body::social_links, [](const Json& j) { return j.is_object(); });
}

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

}  // namespace fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kenes::http::Request req;
  req.method = "POST";
  req.headers.emplace_back("content-type", "application/json; charset=utf-8");
  req.body.assign(reinterpret_cast<const char*>(data), size);
  // The edge's limit holds: whatever parses is at most kMaxJsonDepth deep.
  if (auto json = kenes::http::ParseJsonBody(req); json.ok())
    fuzz::Check(fuzz::Depth(*json) <= kenes::http::kMaxJsonDepth);
  auto body = kenes::http::DecodeRequest<fuzz::Body>(req);
  if (!body.ok()) {
    auto res = kenes::http::ErrorResponse(body.error(), "fuzz");
    fuzz::Check(res.status >= 400 && !res.body.empty());
    return 0;
  }
  fuzz::Check(!body->subject.empty());
  fuzz::Json echo = fuzz::Json::object();
  if (body->social_links) {
    fuzz::Check(fuzz::Depth(*body->social_links) < kenes::http::kMaxJsonDepth);
    echo["social_links"] = *body->social_links;
  }
  auto res = kenes::http::JsonResponse(200, echo);
  fuzz::Check(!res.body.empty());
  return 0;
}
