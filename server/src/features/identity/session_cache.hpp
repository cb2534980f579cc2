#pragma once
// Signed-in requests without a database read: the actor of a session, kept in memory for a short
// time. Correct on one node: logout, a password reset and role changes on this node forget the
// entries they affect at once, and a generation counter keeps a look-up that raced with such a
// change from storing what it read before it (docs/adr/0007-session-cache.md). Several nodes share
// no memory, so the cache is off where nodes can be several (PostgreSQL) until changes are
// broadcast between them.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/actor.hpp"
#include "features/identity/user.hpp"

namespace kenes::identity {

class SessionCache {
 public:
  struct Entry {
    Actor actor;  // user_id, session_id_hash and roles
    int64_t expires_ms = 0;
    int64_t last_seen_ms = 0;
    int64_t cached_ms = 0;
    std::shared_ptr<const User> user;  // the account as Authenticate read it (for Me)
  };

  // ttl_ms 0 turns the cache off.
  SessionCache(int64_t ttl_ms, size_t max_entries) : ttl_ms_(ttl_ms), max_entries_(max_entries) {}

  bool enabled() const { return ttl_ms_ > 0; }
  uint64_t generation() const;
  std::optional<Entry> Find(const std::string& hash, int64_t now_ms) const;
  // Stored only when nothing was forgotten since `generation` was read (before the look-up).
  void Put(const std::string& hash, Entry entry, uint64_t generation);
  void Touched(const std::string& hash, int64_t last_seen_ms);
  void Forget(const std::string& hash);
  void ForgetUser(int64_t user_id);

 private:
  const int64_t ttl_ms_;
  const size_t max_entries_;
  mutable std::mutex mu_;
  uint64_t generation_ = 0;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kenes::identity
