// CatalogPolicy as a table: who (grants, linked deputy's maslikhat) × maslikhat × action →
// allowed. A failing row names itself.
#include "features/catalog/catalog_policy.hpp"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::catalog {
namespace {

constexpr int64_t kM1 = 1;
constexpr int64_t kM2 = 2;

struct Who {
  const char* name;
  std::optional<int64_t> user_id;
  const char* role;  // the one grant, or "" for none
  const char* scope_type;
  std::optional<int64_t> scope_id;
  std::optional<int64_t> deputy_maslikhat;  // of the linked deputy record
};

const Who kAnonymous{"anonymous", std::nullopt, "", "", std::nullopt, std::nullopt};
const Who kSignedOutStaff{
    "staff grant of m1, no session", std::nullopt, "staff", "maslikhat", kM1, std::nullopt};
const Who kCitizen{"citizen", 20, "citizen", "global", std::nullopt, std::nullopt};
const Who kStaff{"staff of m1", 30, "staff", "maslikhat", kM1, std::nullopt};
const Who kChair{"chair of m1", 31, "chair", "maslikhat", kM1, std::nullopt};
const Who kOtherStaff{"staff of m2", 32, "staff", "maslikhat", kM2, std::nullopt};
const Who kStaffOfOkrug{"staff scoped to an okrug", 33, "staff", "okrug", kM1, std::nullopt};
const Who kDeputy{"deputy of m1", 40, "deputy", "okrug", 7, kM1};
const Who kDeputyUnlinked{"deputy role, no deputy record", 41, "deputy", "okrug", 7, std::nullopt};
const Who kLinkedNoRole{
    "linked to a deputy of m1, no deputy role", 42, "citizen", "global", std::nullopt, kM1};
const Who kAdmin{"admin", 60, "admin", "global", std::nullopt, std::nullopt};

struct Row {
  const Who& who;
  int64_t maslikhat;
  std::string_view action;  // read_templates, manage_templates, set_categories
  bool allowed;
};

bool Decide(const Row& r) {
  Actor a;
  a.user_id = r.who.user_id;
  if (*r.who.role)
    a.roles.push_back(
        {0, *ParseRole(r.who.role), *ParseScopeType(r.who.scope_type), r.who.scope_id, ""});
  if (r.action == "read_templates")
    return CatalogPolicy::MayReadTemplates(a, r.maslikhat, r.who.deputy_maslikhat);
  if (r.action == "manage_templates") return CatalogPolicy::MayManageTemplates(a, r.maslikhat);
  if (r.action == "set_categories") return CatalogPolicy::MaySetCategories(a);
  ADD_FAILURE() << "unknown action " << r.action;
  return false;
}

TEST(CatalogPolicyTable, TemplatesAreTheMaslikhatsAndTheTaxonomyTheAdministrators) {
  const std::vector<Row> rows = {
      {kStaff, kM1, "read_templates", true},
      {kChair, kM1, "read_templates", true},
      {kOtherStaff, kM1, "read_templates", false},
      {kOtherStaff, kM2, "read_templates", true},
      {kStaffOfOkrug, kM1, "read_templates", false},
      {kDeputy, kM1, "read_templates", true},
      {kDeputy, kM2, "read_templates", false},
      {kDeputyUnlinked, kM1, "read_templates", false},
      {kLinkedNoRole, kM1, "read_templates", false},
      {kCitizen, kM1, "read_templates", false},
      {kAdmin, kM1, "read_templates", false},
      {kAnonymous, kM1, "read_templates", false},
      {kSignedOutStaff, kM1, "read_templates", false},
      {kStaff, kM1, "manage_templates", true},
      {kChair, kM1, "manage_templates", true},
      {kOtherStaff, kM1, "manage_templates", false},
      {kStaffOfOkrug, kM1, "manage_templates", false},
      {kDeputy, kM1, "manage_templates", false},
      {kAdmin, kM1, "manage_templates", false},
      {kCitizen, kM1, "manage_templates", false},
      {kAnonymous, kM1, "manage_templates", false},
      {kAdmin, kM1, "set_categories", true},
      {kStaff, kM1, "set_categories", false},
      {kChair, kM1, "set_categories", false},
      {kDeputy, kM1, "set_categories", false},
      {kCitizen, kM1, "set_categories", false},
      {kAnonymous, kM1, "set_categories", false},
  };
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    EXPECT_EQ(Decide(r), r.allowed)
        << "row " << i << ": [" << r.who.name << "] × m" << r.maslikhat << " × " << r.action
        << " should be " << (r.allowed ? "allowed" : "refused");
  }
}

}  // namespace
}  // namespace kenes::catalog
