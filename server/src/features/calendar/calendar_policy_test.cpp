// CalendarPolicy as a table: who × action → allowed. A failing row names itself.
#include "features/calendar/calendar_policy.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace kenes::calendar {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;  // the one grant, or "" for none
  bool may_edit;
};

TEST(CalendarPolicyTable, OnlyASignedInAdministratorEdits) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", false},
      {"admin grant without a session", false, "admin", false},
      {"citizen", true, "citizen", false},
      {"deputy", true, "deputy", false},
      {"staff", true, "staff", false},
      {"chair", true, "chair", false},
      {"commission chair", true, "commission_chair", false},
      {"liaison", true, "liaison", false},
      {"admin", true, "admin", true},
  };
  for (const Row& r : rows) {
    Actor a;
    if (r.signed_in) a.user_id = 7;
    if (*r.role) a.roles.push_back({0, *ParseRole(r.role), ScopeType::kGlobal, std::nullopt, ""});
    EXPECT_EQ(CalendarPolicy::MayEdit(a), r.may_edit) << r.who << " edit";
    EXPECT_EQ(CalendarPolicy::MaySeeCoverage(a), r.may_edit) << r.who << " coverage";
  }
}

}  // namespace
}  // namespace kenes::calendar
