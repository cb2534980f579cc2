#include "core/roles.hpp"

namespace kenes::roles {
namespace {

bool IsStaffGrant(const RoleGrant& r) {
  return (r.role == Role::kStaff || r.role == Role::kChair || r.role == Role::kDeputyChair ||
          r.role == Role::kHeadOfApparatus) &&
         r.scope_type == ScopeType::kMaslikhat;
}

}  // namespace

bool IsStaffOf(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  for (const auto& r : actor.roles) {
    if (IsStaffGrant(r) && r.scope_id == maslikhat_id) return true;
  }
  return false;
}

std::vector<int64_t> StaffMaslikhats(const Actor& actor) {
  std::vector<int64_t> out;
  if (!actor.IsAuthenticated()) return out;
  for (const auto& r : actor.roles) {
    if (IsStaffGrant(r) && r.scope_id) out.push_back(*r.scope_id);
  }
  return out;
}

bool ActsAsDeputy(const Actor& actor) {
  return actor.IsAuthenticated() && actor.HasRole(Role::kDeputy);
}

}  // namespace kenes::roles
