#include "features/maslikhat_pages/maslikhat_pages_policy.hpp"

#include "core/roles.hpp"

namespace kenes::maslikhat_pages {

bool MaslikhatPagesPolicy::MayEdit(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool MaslikhatPagesPolicy::MayReadQuestion(const Actor& actor, int64_t maslikhat_id,
                                           QuestionState state) {
  return state == QuestionState::kPublished || MayEdit(actor, maslikhat_id);
}

}  // namespace kenes::maslikhat_pages
