// IdentityPolicy as a table: who (role grants, any scope) × action → allowed, or why not
// (signed out: 401; signed in without the role: 403). A failing row names itself.
#include "features/identity/identity_policy.hpp"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::identity {
namespace {

struct Grant {
  const char* role;
  const char* scope_type;
  std::optional<int64_t> scope_id;
};

struct Who {
  const char* name;
  std::optional<int64_t> user_id;
  std::vector<Grant> grants;
};

const Who kAnonymous{"anonymous", std::nullopt, {}};
const Who kCitizen{"citizen", 20, {{"citizen", "global", {}}}};
const Who kNoRoles{"account without grants", 21, {}};
const Who kStaff{"staff of maslikhat 1", 30, {{"staff", "maslikhat", 1}}};
const Who kChair{"chair of maslikhat 1", 31, {{"chair", "maslikhat", 1}}};
const Who kDeputy{"deputy", 40, {{"deputy", "okrug", 7}}};
const Who kLiaison{"liaison", 50, {{"liaison", "body", 3}}};
const Who kAdmin{"admin", 60, {{"admin", "global", {}}}};
const Who kCommissionChair{"commission_chair", 70, {{"commission_chair", "commission", 9}}};
const Who kCommissionMember{"commission_member", 71, {{"commission_member", "commission", 9}}};
const Who kExpert{"expert", 72, {{"expert", "commission", 9}}};
const Who kCitizenAndStaff{
    "citizen and staff", 80, {{"citizen", "global", {}}, {"staff", "maslikhat", 1}}};
const Who kUnknownRole{"an unknown role", 90, {{"emperor", "global", {}}}};

enum class Outcome { kAllowed, kUnauthenticated, kDenied };

const char* NameOf(Outcome o) {
  switch (o) {
    case Outcome::kAllowed:
      return "allowed";
    case Outcome::kUnauthenticated:
      return "unauthenticated";
    case Outcome::kDenied:
      return "denied";
  }
  return "?";
}

struct Row {
  const Who& who;
  std::string action;
  Outcome expected;
};

Actor ActorOf(const Who& w) {
  Actor a;
  a.user_id = w.user_id;
  // A role this version does not know grants nothing, as the repository reads it.
  for (const auto& g : w.grants) {
    auto role = ParseRole(g.role);
    if (role) a.roles.push_back({0, *role, *ParseScopeType(g.scope_type), g.scope_id, ""});
  }
  return a;
}

Outcome OutcomeOf(const Status& s) {
  if (s.ok()) return Outcome::kAllowed;
  return s.error().code == ErrorCode::kUnauthenticated ? Outcome::kUnauthenticated
                                                       : Outcome::kDenied;
}

Outcome Decide(const Row& r) {
  const Actor a = ActorOf(r.who);
  const std::string_view action = r.action;
  if (action == "manage_users") return OutcomeOf(IdentityPolicy::ManageUsers(a));
  if (action == "second_factor") return OutcomeOf(IdentityPolicy::UseSecondFactor(a));
  if (action == "delete_own_account") return OutcomeOf(IdentityPolicy::DeleteOwnAccount(a));
  if (action == "is_staff") {
    return IdentityPolicy::IsStaff(a.roles) ? Outcome::kAllowed : Outcome::kDenied;
  }
  ADD_FAILURE() << "unknown action in the table: " << action;
  return Outcome::kDenied;
}

void RunTable(const std::vector<Row>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    const Outcome got = Decide(r);
    EXPECT_EQ(got, r.expected) << "row " << i << ": [" << r.who.name << "] × " << r.action
                               << " should be " << NameOf(r.expected) << ", is " << NameOf(got);
  }
}

constexpr Outcome kYes = Outcome::kAllowed;
constexpr Outcome kNo = Outcome::kDenied;
constexpr Outcome kSignIn = Outcome::kUnauthenticated;

TEST(IdentityPolicyTable, ManagingUsersAndRoles) {
  RunTable({
      {kAdmin, "manage_users", kYes},
      {kAnonymous, "manage_users", kSignIn},
      {kCitizen, "manage_users", kNo},
      {kNoRoles, "manage_users", kNo},
      {kStaff, "manage_users", kNo},
      {kChair, "manage_users", kNo},
      {kDeputy, "manage_users", kNo},
      {kLiaison, "manage_users", kNo},
      {kCommissionChair, "manage_users", kNo},
      {kCommissionMember, "manage_users", kNo},
      {kExpert, "manage_users", kNo},
      {kCitizenAndStaff, "manage_users", kNo},
      {kUnknownRole, "manage_users", kNo},
  });
}

TEST(IdentityPolicyTable, SecondFactorIsForEveryRoleButCitizen) {
  RunTable({
      {kAnonymous, "second_factor", kSignIn},
      {kCitizen, "second_factor", kNo},
      {kNoRoles, "second_factor", kNo},
      {kUnknownRole, "second_factor", kNo},
      {kStaff, "second_factor", kYes},
      {kChair, "second_factor", kYes},
      {kDeputy, "second_factor", kYes},
      {kLiaison, "second_factor", kYes},
      {kAdmin, "second_factor", kYes},
      {kCommissionChair, "second_factor", kYes},
      {kCommissionMember, "second_factor", kYes},
      {kExpert, "second_factor", kYes},
      {kCitizenAndStaff, "second_factor", kYes},
      // The same test on the grants alone ("is_staff" in /me).
      {kAnonymous, "is_staff", kNo},
      {kCitizen, "is_staff", kNo},
      {kNoRoles, "is_staff", kNo},
      {kUnknownRole, "is_staff", kNo},
      {kStaff, "is_staff", kYes},
      {kDeputy, "is_staff", kYes},
      {kAdmin, "is_staff", kYes},
      {kCommissionMember, "is_staff", kYes},
      {kCitizenAndStaff, "is_staff", kYes},
  });
}

TEST(IdentityPolicyTable, OnlyAccountsWithoutStaffRolesDeleteThemselves) {
  RunTable({
      {kAnonymous, "delete_own_account", kSignIn},
      {kCitizen, "delete_own_account", kYes},
      {kNoRoles, "delete_own_account", kYes},
      {kUnknownRole, "delete_own_account", kYes},
      {kStaff, "delete_own_account", kNo},
      {kChair, "delete_own_account", kNo},
      {kDeputy, "delete_own_account", kNo},
      {kLiaison, "delete_own_account", kNo},
      {kAdmin, "delete_own_account", kNo},
      {kCommissionMember, "delete_own_account", kNo},
      {kExpert, "delete_own_account", kNo},
      {kCitizenAndStaff, "delete_own_account", kNo},
  });
}

}  // namespace
}  // namespace kenes::identity
