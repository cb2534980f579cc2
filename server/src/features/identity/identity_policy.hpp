#pragma once
// Who may do what with accounts and roles.

#include "core/actor.hpp"
#include "core/error.hpp"

namespace kenes::identity {

class IdentityPolicy {
 public:
  static Status ManageUsers(const Actor& actor) {
    if (!actor.IsAuthenticated()) return Error::Unauthenticated();
    if (!actor.IsAdmin()) return Error::Denied();
    return Ok();
  }
  static Status UseSecondFactor(const Actor& actor);
};

}  // namespace kenes::identity
