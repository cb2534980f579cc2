#include "features/sittings/sittings_policy.hpp"

#include "core/roles.hpp"

namespace kenes::sittings {

bool SittingsPolicy::MayEdit(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool SittingsPolicy::MayReadDocuments(const Actor& actor, int64_t maslikhat_id, bool closed) {
  return !closed || MayEdit(actor, maslikhat_id);
}

}  // namespace kenes::sittings
