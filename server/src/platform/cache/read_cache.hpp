#pragma once
// Results of reads kept until the database changes (ADR 0012). An entry is valid while the
// database's commit count is the one read before the result was read, and for at most ttl_ms:
// every commit of this process ends every entry at once, and a write by another process (the
// `kenes` command line on the same SQLite file) is seen after ttl_ms at the latest. Where other
// nodes write too (PostgreSQL) the database has no commit count and nothing is kept.

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace kenes::cache {

// A key made of parts, each prefixed by its length, so that no two lists of parts share a key
// ("2" then "" is not "" then "2"). Every field a kept result depends on must be a part.
class KeyBuilder {
 public:
  KeyBuilder& Add(std::string_view part) {
    key_ += std::to_string(part.size());
    key_ += ':';
    key_ += part;
    return *this;
  }
  // An id, or "-" for none.
  KeyBuilder& Add(const std::optional<int64_t>& id) {
    if (!id) return Add(std::string_view("-"));
    return Add(std::string_view(std::to_string(*id)));
  }
  std::string Take() { return std::move(key_); }

 private:
  std::string key_;
};

template <class V>
class ReadCache {
 public:
  ReadCache(size_t max_entries, int64_t ttl_ms) : max_entries_(max_entries), ttl_ms_(ttl_ms) {}

  // `commits` is the database's commit count now; a result read under another count is stale.
  std::optional<V> Find(const std::string& key, uint64_t commits, int64_t now_ms) const {
    std::lock_guard lock(mu_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.commits != commits ||
        now_ms - it->second.stored_ms >= ttl_ms_ || now_ms < it->second.stored_ms) {
      return std::nullopt;
    }
    return it->second.value;
  }

  // `commits` must be the count read BEFORE the read that produced `value` began: a commit in
  // between then makes the entry stale instead of hiding the commit.
  void Put(std::string key, uint64_t commits, int64_t now_ms, V value) {
    std::lock_guard lock(mu_);
    if (entries_.size() >= max_entries_) entries_.clear();  // a full cache starts again
    entries_.insert_or_assign(std::move(key), Entry{commits, now_ms, std::move(value)});
  }

 private:
  struct Entry {
    uint64_t commits = 0;
    int64_t stored_ms = 0;
    V value;
  };
  const size_t max_entries_;
  const int64_t ttl_ms_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kenes::cache
