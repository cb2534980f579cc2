#include "features/drafts/drafts_policy.hpp"

#include "core/roles.hpp"

namespace kenes::drafts {

bool DraftsPolicy::MayKeep(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool DraftsPolicy::MayComment(const Actor& actor) { return actor.IsAuthenticated(); }

}  // namespace kenes::drafts
