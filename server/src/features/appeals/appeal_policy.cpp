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

std::optional<Role> AppealPolicy::ExtendsAs(const Actor& actor, int64_t maslikhat_id,
                                            bool directory_chair) {
  if (!actor.IsAuthenticated()) return std::nullopt;
  auto holds = [&](Role role) {
    return std::any_of(actor.roles.begin(), actor.roles.end(), [&](const RoleGrant& r) {
      return r.role == role && r.scope_type == ScopeType::kMaslikhat && r.scope_id == maslikhat_id;
    });
  };
  if (directory_chair || holds(Role::kChair)) return Role::kChair;
  if (holds(Role::kDeputyChair)) return Role::kDeputyChair;
  if (holds(Role::kHeadOfApparatus)) return Role::kHeadOfApparatus;
  return std::nullopt;
}

bool AppealPolicy::MayGiveFeedback(const Actor& actor, const Appeal& appeal) {
  return AccessTo(actor, appeal, std::nullopt) == Access::kApplicant;
}

bool AppealPolicy::MayFileOnBehalf(const Actor& actor, int64_t maslikhat_id) {
  return IsStaffOf(actor, maslikhat_id);
}

std::string AppealPolicy::RegistersAs(const Actor& actor, int64_t maslikhat_id) {
  for (Role role : {Role::kChair, Role::kDeputyChair, Role::kHeadOfApparatus, Role::kStaff}) {
    for (const auto& r : actor.roles) {
      if (r.role == role && r.scope_type == ScopeType::kMaslikhat && r.scope_id == maslikhat_id) {
        return std::string(RoleName(role));
      }
    }
  }
  return actor.HasRole(Role::kDeputy) ? "deputy" : "";
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

bool AppealPolicy::MayReviewRegister(const Actor& actor, int64_t maslikhat_id) {
  return IsStaffOf(actor, maslikhat_id);
}

}  // namespace kenes::appeals
