// The keys of kept public pages must tell every two queries apart: a field the list key forgot
// would serve one feed's page for another's filter.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "features/posts/posts_service.hpp"

namespace kenes::posts {
namespace {

TEST(PostsPublicListKey, EveryFieldOfTheQueryChangesTheKey) {
  const std::vector<std::function<void(PublicQuery&)>> changes = {
      [](PublicQuery& q) { q.filter.maslikhat_id = 2; },
      [](PublicQuery& q) { q.filter.deputy_id = 2; },
      [](PublicQuery& q) { q.filter.commission_id = 2; },
      [](PublicQuery& q) { q.filter.okrug_id = 2; },
      [](PublicQuery& q) { q.filter.tag = "roads"; },
      [](PublicQuery& q) { q.filter.tag = ""; },
      [](PublicQuery& q) { q.filter.kind = PostKind::kNews; },
      [](PublicQuery& q) { q.filter.before_at = "2026-12-01T00:00:00Z"; },
      [](PublicQuery& q) { q.filter.before_at = ""; },
      [](PublicQuery& q) { q.filter.before_id = 7; },
      [](PublicQuery& q) { q.lang = "kk"; },
      [](PublicQuery& q) { q.limit = 5; },
      [](PublicQuery& q) { q.q = "дорога"; },
  };
  std::set<std::string> keys = {PublicListKey(PublicQuery{})};
  for (size_t i = 0; i < changes.size(); ++i) {
    PublicQuery q;
    changes[i](q);
    EXPECT_TRUE(keys.insert(PublicListKey(q)).second)
        << "change " << i << " gives a key seen before";
  }
}

TEST(PostsPublicPageKey, IdAndLanguageBothCount) {
  EXPECT_NE(PublicPageKey(1, "kk"), PublicPageKey(1, "ru"));
  EXPECT_NE(PublicPageKey(1, "ru"), PublicPageKey(11, "ru"));
}

}  // namespace
}  // namespace kenes::posts
