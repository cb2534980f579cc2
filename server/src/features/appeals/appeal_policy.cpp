#include "features/appeals/appeal_policy.hpp"

namespace kenes::appeals {

bool AppealPolicy::IsStaffOf(const Actor& actor, int64_t maslikhat_id) {
  for (const auto& r : actor.roles) {
    if ((r.role == "staff" || r.role == "chair") && r.scope_type == "maslikhat" &&
        r.scope_id == maslikhat_id) {
      return true;
    }
  }
  return false;
}

Access AppealPolicy::AccessTo(const Actor& actor, const Appeal& appeal,
                              std::optional<int64_t> actor_deputy_id) {
  if (!actor.IsAuthenticated()) return Access::kNone;
  if (IsStaffOf(actor, appeal.maslikhat_id)) return Access::kStaff;
  if (actor_deputy_id && appeal.deputy_id == actor_deputy_id) return Access::kDeputy;
  if (appeal.applicant_user_id && appeal.applicant_user_id == actor.user_id) {
    return Access::kApplicant;
  }
  return Access::kNone;
}

bool AppealPolicy::MayAct(Access access, std::string_view action) {
  switch (access) {
    case Access::kStaff:
      return action != "reopen";  // reopening is the applicant's complaint
    case Access::kDeputy:
      return action == "start" || action == "answer";
    case Access::kApplicant:
      return action == "reopen";
    case Access::kNone:
      return false;
  }
  return false;
}

}  // namespace kenes::appeals
