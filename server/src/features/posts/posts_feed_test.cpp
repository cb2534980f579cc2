// Feeds carry absolute URLs: a feed reader has no site to resolve "/api/v1/post-images/…" against.
#include "features/posts/posts_feed.hpp"

#include <gtest/gtest.h>

namespace kenes::posts {
namespace {

TEST(PostsFeed, SitePathsBecomeAbsoluteAndNothingElseChanges) {
  const std::string site = "https://kenes.example.kz";
  EXPECT_EQ(
      AbsoluteUrls(
          R"(<p><img src="/api/v1/post-images/3/960" srcset="/api/v1/post-images/3/480 480w, /api/v1/post-images/3/960 960w" alt="x"></p>)",
          site),
      R"(<p><img src="https://kenes.example.kz/api/v1/post-images/3/960" srcset="https://kenes.example.kz/api/v1/post-images/3/480 480w, https://kenes.example.kz/api/v1/post-images/3/960 960w" alt="x"></p>)");
  EXPECT_EQ(
      AbsoluteUrls(R"(<a href="/sittings/3">page</a> <a href="https://x.kz/a">x</a>)", site),
      R"(<a href="https://kenes.example.kz/sittings/3">page</a> <a href="https://x.kz/a">x</a>)");
  // Fragments, mail links, text that looks like an attribute (its quotes are escaped) stay.
  const std::string kept =
      R"(<a href="#n">n</a> <a href="mailto:a@b.kz">m</a> <p>src=&quot;/x&quot; href="</p>)";
  EXPECT_EQ(AbsoluteUrls(kept, site), kept);
  EXPECT_EQ(AbsoluteUrls("", site), "");
  EXPECT_EQ(AbsoluteUrls(R"(<img src="/a)", site), R"(<img src="/a)");
}

}  // namespace
}  // namespace kenes::posts
