// libFuzzer target: the request target and headers as App::Dispatch reads them — percent-decoding
// and UTF-8 checks of the path, the query string, routing with path parameters, and cookies.
// Input: "METHOD TARGET\nCookie header value".

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/http/http.hpp"
#include "platform/http/router.hpp"

namespace {

using kenes::http::Request;
using kenes::http::Response;
using kenes::http::Router;

const Router& Routes() {
  static const Router* router = [] {
    auto* r = new Router();
    auto ok = [](Request&) { return Response{}; };
    // A sample of the real patterns (features/*/*_http.cpp): fixed, one and two parameters.
    for (const char* p :
         {"/healthz", "/metrics", "/api/v1/csrf", "/api/v1/me", "/api/v1/appeals",
          "/api/v1/appeals/{id}", "/api/v1/appeals/{id}/actions", "/api/v1/appeals/{id}/talon.pdf",
          "/api/v1/appeals/{id}/attachments/{attachment_id}", "/api/v1/public/appeals",
          "/api/v1/deputies/{id}", "/api/v1/maslikhats/{id}/okrugs", "/api/v1/calendar/{year}",
          "/api/v1/okrugs/{id}/coverage/{row}", "/api/v1/users/{id}/roles/{grant_id}",
          "/api/v1/addresses/lookup", "/{a}/{b}/{c}", "/"}) {
      r->Add("GET", p, ok);
      r->Add("PATCH", p, ok);
    }
    r->Add("POST", "/api/v1/auth/login", ok);
    return r;
  }();
  return *router;
}

void Check(bool cond) {
  if (!cond) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string_view line = in.substr(0, nl);
  std::string_view cookie = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  size_t sp = line.find(' ');
  std::string method(sp == std::string_view::npos ? "GET" : line.substr(0, sp));
  std::string_view target = sp == std::string_view::npos ? line : line.substr(sp + 1);

  // As App::Dispatch does.
  Request req;
  req.method = method;
  req.target = std::string(target);
  size_t q = target.find('?');
  bool ok = kenes::http::PercentDecode(target.substr(0, q), &req.path, false) &&
            kenes::http::IsValidUtf8(req.path);
  if (ok && q != std::string_view::npos)
    ok = kenes::http::ParseQuery(target.substr(q + 1), &req.query);
  if (ok) {
    for (const auto& [k, v] : req.query)
      Check(kenes::http::IsValidUtf8(k) && kenes::http::IsValidUtf8(v));
    auto match = Routes().Find(req.method, req.path);
    if (match.handler) {
      Check(match.pattern != nullptr);
      for (const auto& [k, v] : match.params) Check(!v.empty() && v.find('/') == std::string::npos);
      req.path_params = std::move(match.params);
      (*match.handler)(req);
    }
  }

  // The decoder alone, both modes: never longer than its input.
  std::string out;
  if (kenes::http::PercentDecode(target, &out, true)) Check(out.size() <= target.size());

  req.headers.emplace_back("cookie", std::string(cookie));
  req.headers.emplace_back("cookie", std::string(line));
  for (const char* name : {"kenes_session", "kenes_csrf", ""}) {
    if (auto v = req.Cookie(name)) Check(v->size() < cookie.size() + line.size() + 1);
  }
  return 0;
}
