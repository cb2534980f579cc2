#include "features/posts/posts_policy.hpp"

#include <algorithm>

#include "core/roles.hpp"

namespace kenes::posts {

bool PostsPolicy::MayManage(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool PostsPolicy::MayWrite(const Actor& actor, const PostOwner& post,
                           const std::optional<DeputyLink>& own) {
  if (MayManage(actor, post.maslikhat_id)) return true;
  if (!actor.IsAuthenticated() || !roles::ActsAsDeputy(actor) || !own ||
      own->maslikhat_id != post.maslikhat_id) {
    return false;
  }
  if (post.kind == PostKind::kDeputyPost) return post.deputy_id == own->deputy_id;
  // A commission's chair speaks for it: its news (the commission's annual report announced, a
  // meeting's outcome), not the maslikhat's.
  return post.kind == PostKind::kNews && post.commission_id &&
         std::find(own->chaired_commissions.begin(), own->chaired_commissions.end(),
                   *post.commission_id) != own->chaired_commissions.end();
}

bool PostsPolicy::MaySeeImage(const Actor& actor, const PostOwner& post, bool post_is_public,
                              const std::optional<DeputyLink>& own) {
  return post_is_public || MayWrite(actor, post, own);
}

bool PostsPolicy::MayList(const Actor& actor, int64_t maslikhat_id,
                          const std::optional<DeputyLink>& own) {
  if (MayManage(actor, maslikhat_id)) return true;
  return actor.IsAuthenticated() && roles::ActsAsDeputy(actor) && own &&
         own->maslikhat_id == maslikhat_id;
}

}  // namespace kenes::posts
