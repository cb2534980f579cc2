#pragma once
// Who may do what with accounts and roles. Every role check of the identity feature is here.
// Table tests: identity_policy_test.cpp.

#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"

namespace kenes::identity {

class IdentityPolicy {
 public:
  // Listing accounts and granting or revoking roles: administrators.
  static Status ManageUsers(const Actor& actor);
  // A second factor (TOTP) is for accounts that act on others' data: every role but citizen.
  static Status UseSecondFactor(const Actor& actor);
  // A person deletes their own account; one with a staff role is refused (403, field account:
  // has_staff_role)
  // until an administrator revokes the roles: staff records name who acted.
  static Status DeleteOwnAccount(const Actor& actor);
  // The same test on an account's grants ("is_staff" in /me: the web shows the staff pages and the
  // second-factor settings).
  static bool IsStaff(const std::vector<RoleGrant>& roles);
};

}  // namespace kenes::identity
