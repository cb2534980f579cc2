#include "features/identity/identity_policy.hpp"

#include "features/identity/user.hpp"

namespace kenes::identity {

Status IdentityPolicy::UseSecondFactor(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!HasStaffRole(actor.roles)) return Error::Denied();
  return Ok();
}

}  // namespace kenes::identity
