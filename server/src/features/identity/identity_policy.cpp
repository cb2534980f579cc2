#include "features/identity/identity_policy.hpp"

#include "features/identity/user.hpp"

namespace kenes::identity {

Status IdentityPolicy::ManageUsers(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!actor.IsAdmin()) return Error::Denied();
  return Ok();
}

Status IdentityPolicy::UseSecondFactor(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!IsStaff(actor.roles)) return Error::Denied();
  return Ok();
}

Status IdentityPolicy::DeleteOwnAccount(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (IsStaff(actor.roles)) {
    Error e = Error::Denied();
    e.fields["account"] = "has_staff_role";
    return e;
  }
  return Ok();
}

bool IdentityPolicy::IsStaff(const std::vector<RoleGrant>& roles) { return HasStaffRole(roles); }

}  // namespace kenes::identity
