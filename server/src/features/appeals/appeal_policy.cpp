#include "features/appeals/appeal_policy.hpp"

#include <algorithm>

#include "core/roles.hpp"

namespace kenes::appeals {

bool AppealPolicy::IsStaffOf(const Actor& actor, int64_t maslikhat_id) {
  return roles::IsStaffOf(actor, maslikhat_id);
}

std::vector<int64_t> AppealPolicy::StaffMaslikhats(const Actor& actor) {
  return roles::StaffMaslikhats(actor);
}

bool AppealPolicy::ActsAsDeputy(const Actor& actor) { return roles::ActsAsDeputy(actor); }

std::vector<int64_t> AppealPolicy::LiaisonBodies(const Actor& actor) {
  std::vector<int64_t> out;
  for (const auto& r : actor.roles) {
    if (r.role == Role::kLiaison && r.scope_type == ScopeType::kBody && r.scope_id)
      out.push_back(*r.scope_id);
  }
  return out;
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

bool AppealPolicy::MayAct(Access access, AppealAction action) {
  switch (access) {
    case Access::kStaff:
      return action != AppealAction::kReopen;  // reopening is the applicant's complaint
    case Access::kDeputy:
      return action == AppealAction::kStart || action == AppealAction::kAnswer;
    case Access::kApplicant:
      return action == AppealAction::kReopen;
    case Access::kNone:
      return false;
  }
  return false;
}

bool AppealPolicy::AuditsView(Access access) {
  return access == Access::kStaff || access == Access::kDeputy;
}

bool AppealPolicy::MayCategorize(const Actor& actor, const Appeal& appeal) {
  return AccessTo(actor, appeal, std::nullopt) == Access::kStaff;
}

bool AppealPolicy::MayGiveFeedback(const Actor& actor, const Appeal& appeal) {
  return AccessTo(actor, appeal, std::nullopt) == Access::kApplicant;
}

bool AppealPolicy::MayAttach(Access access, std::string_view kind) {
  if (access == Access::kNone) return false;
  return !(kind == "answer" && access == Access::kApplicant);
}

bool AppealPolicy::MayAttachInStatus(Access access, AppealStatus status) {
  return access != Access::kApplicant || IsOpen(status);
}

bool AppealPolicy::MaySendDeputyRequest(Access access) {
  return access == Access::kStaff || access == Access::kDeputy;
}

bool AppealPolicy::MaySeeDeputyRequests(Access access) {
  return access == Access::kStaff || access == Access::kDeputy;
}

bool AppealPolicy::MayAnswerDeputyRequest(const Actor& actor, const DeputyRequest& request) {
  const auto bodies = LiaisonBodies(actor);
  return std::find(bodies.begin(), bodies.end(), request.body_id) != bodies.end();
}

bool AppealPolicy::MayFileOnBehalf(const Actor& actor, int64_t maslikhat_id) {
  return IsStaffOf(actor, maslikhat_id);
}

bool AppealPolicy::MayListMaslikhat(const Actor& actor, int64_t maslikhat_id) {
  return IsStaffOf(actor, maslikhat_id);
}

bool AppealPolicy::MayExport(const Actor& actor, int64_t maslikhat_id) {
  return IsStaffOf(actor, maslikhat_id);
}

bool AppealPolicy::MaySeeDashboard(const Actor& actor, int64_t maslikhat_id) {
  return IsStaffOf(actor, maslikhat_id);
}

bool AppealPolicy::MayCreateBody(const Actor& actor, std::optional<int64_t> body_maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || (body_maslikhat_id && IsStaffOf(actor, *body_maslikhat_id));
}

}  // namespace kenes::appeals
