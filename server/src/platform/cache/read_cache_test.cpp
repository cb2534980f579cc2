#include "platform/cache/read_cache.hpp"

#include <gtest/gtest.h>

namespace kenes::cache {
namespace {

TEST(ReadCache, KeepsAResultUntilTheNextCommit) {
  ReadCache<std::string> cache(8, 1000);
  cache.Put("page", 5, 10'000, "read under 5 commits");
  EXPECT_EQ(cache.Find("page", 5, 10'500).value_or(""), "read under 5 commits");
  EXPECT_FALSE(cache.Find("page", 6, 10'500)) << "a commit since ends the entry";
  EXPECT_FALSE(cache.Find("other", 5, 10'500));
}

TEST(ReadCache, AnEntryLivesAtMostItsTimeToLive) {
  ReadCache<int> cache(8, 1000);
  cache.Put("k", 1, 10'000, 7);
  EXPECT_TRUE(cache.Find("k", 1, 10'999));
  EXPECT_FALSE(cache.Find("k", 1, 11'000)) << "another process may have written by now";
  EXPECT_FALSE(cache.Find("k", 1, 9'999)) << "a clock that went back trusts nothing";
}

TEST(ReadCache, AFullCacheStartsAgain) {
  ReadCache<int> cache(2, 1000);
  cache.Put("a", 1, 0, 1);
  cache.Put("b", 1, 0, 2);
  cache.Put("c", 1, 0, 3);
  EXPECT_FALSE(cache.Find("a", 1, 0));
  EXPECT_FALSE(cache.Find("b", 1, 0));
  EXPECT_EQ(cache.Find("c", 1, 0).value_or(0), 3);
}

}  // namespace
}  // namespace kenes::cache
