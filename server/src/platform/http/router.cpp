#include "platform/http/router.hpp"

#include <stdexcept>

namespace kenes::http {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

bool IsParam(std::string_view s) { return s.size() > 2 && s.front() == '{' && s.back() == '}'; }

}  // namespace

void Router::Add(std::string method, const std::string& pattern, Handler handler, bool offload) {
  if (pattern.empty() || pattern[0] != '/') throw std::invalid_argument("route must start with /");
  Route r{std::move(method), pattern, {}, std::move(handler), offload};
  for (auto seg : Split(pattern)) r.segments.emplace_back(seg);
  routes_.push_back(std::move(r));
}

Router::Match Router::Find(const std::string& method, const std::string& path) const {
  Match match;
  if (path.empty() || path[0] != '/') return match;
  auto segs = Split(path);
  for (const auto& r : routes_) {
    if (r.segments.size() != segs.size()) continue;
    std::map<std::string, std::string> params;
    bool ok = true;
    for (size_t i = 0; i < segs.size() && ok; ++i) {
      const std::string& want = r.segments[i];
      if (IsParam(want)) {
        if (segs[i].empty())
          ok = false;
        else
          params[want.substr(1, want.size() - 2)] = std::string(segs[i]);
      } else {
        ok = want == segs[i];
      }
    }
    if (!ok) continue;
    if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
      match.path_known = true;
      continue;
    }
    match.handler = &r.handler;
    match.pattern = &r.pattern;
    match.offload = r.offload;
    match.params = std::move(params);
    return match;
  }
  return match;
}

std::vector<std::string> Router::Patterns() const {
  std::vector<std::string> out;
  for (const auto& r : routes_) out.push_back(r.method + " " + r.pattern);
  return out;
}

}  // namespace kenes::http
