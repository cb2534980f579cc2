// DraftsPolicy as a table: who × maslikhat → may keep its discussions (open, correct, extend,
// withdraw, decide, moderate, link the act), may comment. A failing row names itself.
#include "features/drafts/drafts_policy.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::drafts {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;
  std::optional<int64_t> scope;
  bool may_keep_5;
  bool may_comment;
};

TEST(DraftsPolicyTable, StaffKeepTheirOwnAndEveryoneSignedInComments) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, false, false},
      {"citizen", true, "citizen", std::nullopt, false, true},
      {"deputy of 5", true, "deputy", 5, false, true},
      {"staff of 5", true, "staff", 5, true, true},
      {"chair of 5", true, "chair", 5, true, true},
      {"staff of 6", true, "staff", 6, false, true},
      {"admin", true, "admin", std::nullopt, true, true},
      {"head of apparatus of 5", true, "head_of_apparatus", 5, true, true},
      {"deputy chair of 6", true, "deputy_chair", 6, false, true},
      {"liaison", true, "liaison", std::nullopt, false, true},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(DraftsPolicy::MayKeep(a, 5), r.may_keep_5) << r.who;
    EXPECT_EQ(DraftsPolicy::MayComment(a), r.may_comment) << r.who;
  }
}

}  // namespace
}  // namespace kenes::drafts
