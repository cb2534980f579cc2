#include "features/tasks/tasks_policy.hpp"

#include "core/roles.hpp"

namespace kenes::tasks {

bool TasksPolicy::MayWork(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

}  // namespace kenes::tasks
