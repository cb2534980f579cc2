#include "features/work_plans/work_plans_policy.hpp"

#include "core/roles.hpp"

namespace kenes::work_plans {

bool WorkPlansPolicy::MayEdit(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool WorkPlansPolicy::MayRead(const Actor& actor, int64_t maslikhat_id, PlanState state) {
  return state == PlanState::kPublished || MayEdit(actor, maslikhat_id);
}

bool WorkPlansPolicy::MayFixVersion(const Actor& actor, int64_t maslikhat_id) {
  return MayEdit(actor, maslikhat_id);
}

}  // namespace kenes::work_plans
