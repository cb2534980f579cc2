#pragma once
// Posts for `kenes seed --demo`, made through the real use cases: the maslikhat's news in Kazakh
// and Russian, an announcement in Russian only (the Kazakh page shows the fallback), the demo
// deputy's own post, and a news item scheduled for next week (not public until then).

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/posts/posts_service.hpp"

namespace kenes::posts {

struct DemoPostPeople {
  Actor staff, deputy;
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
};

Status SeedDemoPosts(PostService& posts, const DemoPostPeople& people, const Clock& clock);

}  // namespace kenes::posts
