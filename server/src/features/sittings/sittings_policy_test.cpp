// SittingsPolicy as a table: who × maslikhat → may keep its sittings. A failing row names itself.
#include "features/sittings/sittings_policy.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::sittings {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;
  std::optional<int64_t> scope;
  bool may_edit_5;
};

TEST(SittingsPolicyTable, TheMaslikhatsStaffAndAdministrators) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, false},
      {"citizen", true, "citizen", std::nullopt, false},
      {"deputy of 5", true, "deputy", 5, false},
      {"staff of 5", true, "staff", 5, true},
      {"chair of 5", true, "chair", 5, true},
      {"staff of 6", true, "staff", 6, false},
      {"commission chair", true, "commission_chair", 5, false},
      {"admin", true, "admin", std::nullopt, true},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(SittingsPolicy::MayEdit(a, 5), r.may_edit_5) << r.who;
  }
}

}  // namespace
}  // namespace kenes::sittings
