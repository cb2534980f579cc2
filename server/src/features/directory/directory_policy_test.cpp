// DirectoryPolicy as a table: who (role grants) × which maslikhat (and its parent) × action →
// allowed. A failing row names itself.
#include "features/directory/directory_policy.hpp"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::directory {
namespace {

constexpr int64_t kOblastId = 10;
constexpr int64_t kCityId = 11;  // under the oblast
constexpr int64_t kOtherCityId = 12;
constexpr int64_t kOtherOblastId = 13;

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
const Who kAdminSignedOut{"admin grant, no session", std::nullopt, {{"admin", "global", {}}}};
const Who kCitizen{"citizen", 20, {{"citizen", "global", {}}}};
const Who kStaff{"staff of the city", 30, {{"staff", "maslikhat", kCityId}}};
const Who kChair{"chair of the city", 31, {{"chair", "maslikhat", kCityId}}};
const Who kOblastStaff{"staff of the oblast", 32, {{"staff", "maslikhat", kOblastId}}};
const Who kOtherStaff{"staff of another city", 33, {{"staff", "maslikhat", kOtherCityId}}};
const Who kStaffOfOkrug{
    "staff scoped to an okrug numbered like the city", 34, {{"staff", "okrug", kCityId}}};
const Who kDeputy{"deputy", 40, {{"deputy", "okrug", 7}}};
const Who kLiaison{"liaison", 50, {{"liaison", "body", 3}}};
const Who kAdmin{"admin", 60, {{"admin", "global", {}}}};
const Who kCommissionChair{"commission_chair", 70, {{"commission_chair", "commission", 9}}};
const Who kCommissionMember{"commission_member", 71, {{"commission_member", "commission", 9}}};
const Who kExpert{"expert", 72, {{"expert", "commission", 9}}};

// The maslikhat acted on, and its parent (an oblast maslikhat) if any.
struct Scope {
  const char* name;
  int64_t maslikhat_id;
  std::optional<int64_t> parent_id;
};

const Scope kCity{"the city (under the oblast)", kCityId, kOblastId};
const Scope kOblast{"the oblast", kOblastId, std::nullopt};
const Scope kOtherCity{"another city (another oblast)", kOtherCityId, kOtherOblastId};

struct Row {
  const Who& who;
  const Scope& scope;
  std::string action;
  bool allowed;
};

Actor ActorOf(const Who& w) {
  Actor a;
  a.user_id = w.user_id;
  for (const auto& g : w.grants) {
    a.roles.push_back({0, *ParseRole(g.role), *ParseScopeType(g.scope_type), g.scope_id, ""});
  }
  return a;
}

bool Decide(const Row& r) {
  const Actor a = ActorOf(r.who);
  const std::string_view action = r.action;
  if (action == "edit") return DirectoryPolicy::CanEdit(a, r.scope.maslikhat_id);
  if (action == "read_private") {
    return DirectoryPolicy::CanReadPrivate(a, r.scope.maslikhat_id, r.scope.parent_id);
  }
  if (action == "link_account") return DirectoryPolicy::CanLinkAccount(a);
  if (action == "manage_territories") return DirectoryPolicy::CanManageTerritories(a);
  if (action == "create_maslikhat") return DirectoryPolicy::CanCreateMaslikhat(a);
  if (action == "move_maslikhat") return DirectoryPolicy::CanMoveMaslikhat(a);
  if (action == "set_operator") return DirectoryPolicy::CanSetOperator(a);
  ADD_FAILURE() << "unknown action in the table: " << action;
  return false;
}

void RunTable(const std::vector<Row>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    EXPECT_EQ(Decide(r), r.allowed)
        << "row " << i << ": [" << r.who.name << "] × [" << r.scope.name << "] × " << r.action
        << " should be " << (r.allowed ? "allowed" : "refused");
  }
}

TEST(DirectoryPolicyTable, EditingAMaslikhat) {
  RunTable({
      {kStaff, kCity, "edit", true},
      {kChair, kCity, "edit", true},
      {kAdmin, kCity, "edit", true},
      {kAdmin, kOtherCity, "edit", true},
      {kOblastStaff, kOblast, "edit", true},
      {kOblastStaff, kCity, "edit", false},  // reads the city's private fields, does not edit
      {kStaff, kOblast, "edit", false},
      {kOtherStaff, kCity, "edit", false},
      {kStaffOfOkrug, kCity, "edit", false},
      {kDeputy, kCity, "edit", false},
      {kLiaison, kCity, "edit", false},
      {kCommissionChair, kCity, "edit", false},
      {kCommissionMember, kCity, "edit", false},
      {kExpert, kCity, "edit", false},
      {kCitizen, kCity, "edit", false},
      {kAnonymous, kCity, "edit", false},
      {kAdminSignedOut, kCity, "edit", false},
  });
}

TEST(DirectoryPolicyTable, ReadingPrivateFields) {
  RunTable({
      {kStaff, kCity, "read_private", true},
      {kChair, kCity, "read_private", true},
      {kAdmin, kCity, "read_private", true},
      {kOblastStaff, kCity, "read_private", true},  // the parent maslikhat's staff
      {kOblastStaff, kOtherCity, "read_private", false},
      {kStaff, kOblast, "read_private", false},  // not upwards
      {kOtherStaff, kCity, "read_private", false},
      {kStaffOfOkrug, kCity, "read_private", false},
      {kDeputy, kCity, "read_private", false},
      {kLiaison, kCity, "read_private", false},
      {kCommissionChair, kCity, "read_private", false},
      {kCitizen, kCity, "read_private", false},
      {kAnonymous, kCity, "read_private", false},
      {kAdminSignedOut, kCity, "read_private", false},
  });
}

// The administrators' decisions: the same rows for each.
TEST(DirectoryPolicyTable, AdministratorsAlone) {
  struct Case {
    const Who& who;
    bool allowed;
  };
  const std::vector<Case> cases = {
      {kAdmin, true},
      {kStaff, false},
      {kChair, false},
      {kOblastStaff, false},
      {kDeputy, false},
      {kLiaison, false},
      {kCommissionChair, false},
      {kCitizen, false},
      {kAnonymous, false},
      {kAdminSignedOut, false},
  };
  std::vector<Row> rows;
  for (const char* action : {"link_account", "manage_territories", "create_maslikhat",
                             "move_maslikhat", "set_operator"}) {
    for (const auto& c : cases) rows.push_back({c.who, kCity, action, c.allowed});
  }
  RunTable(rows);
}

}  // namespace
}  // namespace kenes::directory
