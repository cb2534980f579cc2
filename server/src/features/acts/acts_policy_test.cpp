// ActsPolicy as a table: who × maslikhat → may keep its acts. A failing row names itself.
#include "features/acts/acts_policy.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::acts {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;  // the one grant, or "" for none
  std::optional<int64_t> scope;
  bool may_edit_3;
};

TEST(ActsPolicyTable, TheMaslikhatsStaffAndAdministrators) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, false},
      {"staff grant without a session", false, "staff", 3, false},
      {"citizen", true, "citizen", std::nullopt, false},
      {"deputy of 3", true, "deputy", 3, false},
      {"expert", true, "expert", std::nullopt, false},
      {"staff of 3", true, "staff", 3, true},
      {"chair of 3", true, "chair", 3, true},
      {"staff of 4", true, "staff", 4, false},
      {"chair of 4", true, "chair", 4, false},
      {"liaison", true, "liaison", 3, false},
      {"admin", true, "admin", std::nullopt, true},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 11);
    EXPECT_EQ(ActsPolicy::MayEdit(a, 3), r.may_edit_3) << r.who;
  }
}

}  // namespace
}  // namespace kenes::acts
