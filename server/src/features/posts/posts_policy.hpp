#pragma once
// Who writes posts. The maslikhat's staff (and administrators) write any of its posts; a deputy
// writes their own deputy posts only. Drafts are seen by those who may write them; everybody
// else, signed in or not, gets 404 as if the post did not exist.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "features/posts/posts.hpp"

namespace kenes::posts {

// The deputy record the actor's account is linked to (the directory's to say).
struct DeputyLink {
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
  std::vector<int64_t> chaired_commissions{};  // the standing commissions they chair
};

// What the policy looks at in a post (existing or about to be).
struct PostOwner {
  int64_t maslikhat_id = 0;
  std::optional<int64_t> deputy_id{};
  PostKind kind = PostKind::kNews;
  std::optional<int64_t> commission_id{};
};

struct PostsPolicy {
  // Any post of the maslikhat: its staff and administrators.
  static bool MayManage(const Actor& actor, int64_t maslikhat_id);
  static bool MayWrite(const Actor& actor, const PostOwner& post,
                       const std::optional<DeputyLink>& own);
  // A post's image: anyone while the post is public, before (and after archiving) only those who
  // may write the post. Adding an image is writing the post (MayWrite).
  static bool MaySeeImage(const Actor& actor, const PostOwner& post, bool post_is_public,
                          const std::optional<DeputyLink>& own);
  // The staff list of the maslikhat's posts (a deputy sees their own posts in it).
  static bool MayList(const Actor& actor, int64_t maslikhat_id,
                      const std::optional<DeputyLink>& own);
};

}  // namespace kenes::posts
