#include "features/identity/session_cache.hpp"

namespace kenes::identity {

uint64_t SessionCache::generation() const {
  std::lock_guard lock(mu_);
  return generation_;
}

std::optional<SessionCache::Entry> SessionCache::Find(const std::string& hash,
                                                      int64_t now_ms) const {
  if (!enabled()) return std::nullopt;
  std::lock_guard lock(mu_);
  auto it = entries_.find(hash);
  if (it == entries_.end() || now_ms - it->second.cached_ms >= ttl_ms_ ||
      now_ms < it->second.cached_ms) {
    return std::nullopt;
  }
  return it->second;
}

void SessionCache::Put(const std::string& hash, Entry entry, uint64_t generation) {
  if (!enabled()) return;
  std::lock_guard lock(mu_);
  if (generation != generation_) return;
  // Bounded: a full cache starts again (entries live seconds; the next look-ups refill it).
  if (entries_.size() >= max_entries_ && !entries_.count(hash)) entries_.clear();
  entries_[hash] = std::move(entry);
}

void SessionCache::Touched(const std::string& hash, int64_t last_seen_ms) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(hash);
  if (it != entries_.end()) it->second.last_seen_ms = last_seen_ms;
}

void SessionCache::Forget(const std::string& hash) {
  std::lock_guard lock(mu_);
  ++generation_;
  entries_.erase(hash);
}

void SessionCache::ForgetUser(int64_t user_id) {
  std::lock_guard lock(mu_);
  ++generation_;
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (it->second.actor.user_id == user_id)
      it = entries_.erase(it);
    else
      ++it;
  }
}

}  // namespace kenes::identity
