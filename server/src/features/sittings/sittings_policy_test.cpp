// SittingsPolicy as a table: who × maslikhat → may keep its sittings, and read the documents of an
// open and of a closed sitting of maslikhat 5. A failing row names itself.
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
  bool reads_closed_documents_5;
};

TEST(SittingsPolicyTable, TheMaslikhatsStaffAndAdministrators) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, false, false},
      {"citizen", true, "citizen", std::nullopt, false, false},
      {"deputy of 5", true, "deputy", 5, false, false},
      {"staff of 5", true, "staff", 5, true, true},
      {"chair of 5", true, "chair", 5, true, true},
      {"staff of 6", true, "staff", 6, false, false},
      {"commission chair", true, "commission_chair", 5, false, false},
      {"admin", true, "admin", std::nullopt, true, true},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(SittingsPolicy::MayEdit(a, 5), r.may_edit_5) << r.who;
    EXPECT_TRUE(SittingsPolicy::MayReadDocuments(a, 5, false)) << r.who;
    EXPECT_EQ(SittingsPolicy::MayReadDocuments(a, 5, true), r.reads_closed_documents_5) << r.who;
  }
}

}  // namespace
}  // namespace kenes::sittings
