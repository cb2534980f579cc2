#include "features/acts/acts_policy.hpp"

#include "core/roles.hpp"

namespace kenes::acts {

bool ActsPolicy::MayEdit(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

}  // namespace kenes::acts
