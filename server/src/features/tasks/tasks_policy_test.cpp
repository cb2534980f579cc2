// TasksPolicy as a table: who × maslikhat → allowed. A failing row names itself.
#include "features/tasks/tasks_policy.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::tasks {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;  // the one grant, or "" for none
  std::optional<int64_t> scope;
  bool may_work_on_7;
};

TEST(TasksPolicyTable, TheMaslikhatsStaffAndAdministratorsOnly) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, false},
      {"staff grant without a session", false, "staff", 7, false},
      {"citizen", true, "citizen", std::nullopt, false},
      {"deputy", true, "deputy", 7, false},
      {"staff of 7", true, "staff", 7, true},
      {"chair of 7", true, "chair", 7, true},
      {"staff of 8", true, "staff", 8, false},
      {"chair of 8", true, "chair", 8, false},
      {"liaison", true, "liaison", 7, false},
      {"admin", true, "admin", std::nullopt, true},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 7);
    EXPECT_EQ(TasksPolicy::MayWork(a, 7), r.may_work_on_7) << r.who;
  }
}

}  // namespace
}  // namespace kenes::tasks
