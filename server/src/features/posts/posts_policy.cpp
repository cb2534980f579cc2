#include "features/posts/posts_policy.hpp"

#include "core/roles.hpp"

namespace kenes::posts {

bool PostsPolicy::MayManage(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool PostsPolicy::MayWrite(const Actor& actor, const PostOwner& post,
                           const std::optional<DeputyLink>& own) {
  if (MayManage(actor, post.maslikhat_id)) return true;
  return actor.IsAuthenticated() && roles::ActsAsDeputy(actor) && own &&
         own->maslikhat_id == post.maslikhat_id && post.kind == PostKind::kDeputyPost &&
         post.deputy_id == own->deputy_id;
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
