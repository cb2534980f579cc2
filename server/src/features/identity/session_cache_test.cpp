#include "features/identity/session_cache.hpp"

#include <gtest/gtest.h>

namespace kenes::identity {
namespace {

SessionCache::Entry For(int64_t user, int64_t now) {
  SessionCache::Entry e;
  e.actor.user_id = user;
  e.expires_ms = now + 3'600'000;
  e.last_seen_ms = now;
  e.cached_ms = now;
  return e;
}

TEST(SessionCache, KeepsAnEntryForItsLifetimeOnly) {
  SessionCache cache(5000, 100);
  cache.Put("s1", For(7, 1000), cache.generation());
  ASSERT_TRUE(cache.Find("s1", 1000));
  EXPECT_EQ(cache.Find("s1", 5999)->actor.user_id, 7);
  EXPECT_FALSE(cache.Find("s1", 6000));
  EXPECT_FALSE(cache.Find("s1", 999));  // a clock set back does not extend it
  EXPECT_FALSE(cache.Find("other", 1000));
}

TEST(SessionCache, LogoutAndRoleChangesForgetAtOnce) {
  SessionCache cache(60000, 100);
  cache.Put("a", For(1, 0), cache.generation());
  cache.Put("b", For(1, 0), cache.generation());
  cache.Put("c", For(2, 0), cache.generation());
  cache.Forget("a");
  EXPECT_FALSE(cache.Find("a", 1));
  EXPECT_TRUE(cache.Find("b", 1));
  cache.ForgetUser(1);
  EXPECT_FALSE(cache.Find("b", 1));
  EXPECT_TRUE(cache.Find("c", 1));
}

TEST(SessionCache, ALookUpThatRacedWithAChangeIsNotStored) {
  SessionCache cache(60000, 100);
  const uint64_t before = cache.generation();  // the look-up starts, reads the old roles…
  cache.ForgetUser(1);                         // …a role is revoked and committed meanwhile
  cache.Put("a", For(1, 0), before);           // the stale result arrives
  EXPECT_FALSE(cache.Find("a", 1));
  cache.Put("a", For(1, 0), cache.generation());
  EXPECT_TRUE(cache.Find("a", 1));
}

TEST(SessionCache, OffWhenItsLifetimeIsZeroAndBoundedOtherwise) {
  SessionCache off(0, 100);
  off.Put("a", For(1, 0), off.generation());
  EXPECT_FALSE(off.Find("a", 0));
  SessionCache small(60000, 3);
  for (int i = 0; i < 10; ++i) small.Put("s" + std::to_string(i), For(i, 0), small.generation());
  EXPECT_TRUE(small.Find("s9", 1));
  int kept = 0;
  for (int i = 0; i < 10; ++i) kept += small.Find("s" + std::to_string(i), 1).has_value();
  EXPECT_LE(kept, 3);
}

}  // namespace
}  // namespace kenes::identity
