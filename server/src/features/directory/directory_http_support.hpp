#pragma once
// What the directory's route files share: list answers, the shape checks of raw JSON fields, and
// the short-lived cache of public deputy pages. Internal to features/directory.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "features/directory/directory_http.hpp"
#include "features/directory/directory_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::directory::routes_support {

using http::Json;

// {"items": [...]}, each item written by `item`.
template <class T, class F>
Json ItemsJson(const std::vector<T>& list, F item) {
  Json items = Json::array();
  for (const auto& x : list) items.push_back(item(x));
  return Json{{"items", items}};
}

// Phones are a list and social links an object; either is stored as the JSON text it came as.
inline bool IsJsonArray(const Json& v) { return v.is_array(); }
inline bool IsJsonObject(const Json& v) { return v.is_object(); }
inline std::optional<std::string> JsonTextOf(const std::optional<Json>& v) {
  if (!v) return std::nullopt;
  return v->dump();
}

class PublicPageCache {
 public:
  std::optional<std::string> Get(int64_t id, uint64_t generation) {
    const auto now = std::chrono::steady_clock::now();
    std::shared_lock lock(mu_);
    auto it = entries_.find(id);
    if (it == entries_.end() || it->second.generation != generation || now > it->second.expires) {
      return std::nullopt;
    }
    return it->second.body;
  }
  void Put(int64_t id, uint64_t generation, const std::string& body) {
    std::unique_lock lock(mu_);
    if (entries_.size() > 10000) entries_.clear();  // bounded; a full cache just starts again
    entries_[id] = {generation, std::chrono::steady_clock::now() + std::chrono::seconds(2), body};
  }

 private:
  struct Entry {
    uint64_t generation;
    std::chrono::steady_clock::time_point expires;
    std::string body;
  };
  std::shared_mutex mu_;
  std::unordered_map<int64_t, Entry> entries_;
};

}  // namespace kenes::directory::routes_support
