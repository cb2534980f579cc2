// WorkPlansPolicy as a table: who × the plan's maslikhat (own: 5, another: 6) × its state × the
// action (read, edit, fix an edition). A failing row names itself.
#include "features/work_plans/work_plans_policy.hpp"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::work_plans {
namespace {

enum class Action { kRead, kEdit, kFixVersion };

struct Row {
  const char* who;
  bool signed_in;
  const char* role;
  std::optional<int64_t> scope;
  int64_t plan_maslikhat;
  PlanState state;
  Action action;
  bool allowed;
};

bool Allowed(const Actor& a, const Row& r) {
  switch (r.action) {
    case Action::kRead:
      return WorkPlansPolicy::MayRead(a, r.plan_maslikhat, r.state);
    case Action::kEdit:
      return WorkPlansPolicy::MayEdit(a, r.plan_maslikhat);
    case Action::kFixVersion:
      return WorkPlansPolicy::MayFixVersion(a, r.plan_maslikhat);
  }
  return false;
}

TEST(WorkPlansPolicyTable, StaffKeepTheirMaslikhatsPlansEverybodyReadsPublishedOnes) {
  constexpr auto kDraft = PlanState::kDraft;
  constexpr auto kPublished = PlanState::kPublished;
  constexpr auto kRead = Action::kRead;
  constexpr auto kEdit = Action::kEdit;
  constexpr auto kFix = Action::kFixVersion;
  const std::vector<Row> rows = {
      // A published plan: everybody reads it.
      {"anonymous", false, "", std::nullopt, 5, kPublished, kRead, true},
      {"citizen", true, "citizen", std::nullopt, 5, kPublished, kRead, true},
      {"deputy of 5", true, "deputy", 5, 5, kPublished, kRead, true},
      {"staff of 6", true, "staff", 6, 5, kPublished, kRead, true},
      // A draft: only those who keep it.
      {"anonymous", false, "", std::nullopt, 5, kDraft, kRead, false},
      {"citizen", true, "citizen", std::nullopt, 5, kDraft, kRead, false},
      {"deputy of 5", true, "deputy", 5, 5, kDraft, kRead, false},
      {"commission chair of 5", true, "commission_chair", 5, 5, kDraft, kRead, false},
      {"staff of 5", true, "staff", 5, 5, kDraft, kRead, true},
      {"chair of 5", true, "chair", 5, 5, kDraft, kRead, true},
      {"staff of 6", true, "staff", 6, 5, kDraft, kRead, false},
      {"admin", true, "admin", std::nullopt, 5, kDraft, kRead, true},
      // Editing, whatever the state: the maslikhat's staff and administrators.
      {"anonymous", false, "", std::nullopt, 5, kPublished, kEdit, false},
      {"citizen", true, "citizen", std::nullopt, 5, kDraft, kEdit, false},
      {"deputy of 5", true, "deputy", 5, 5, kDraft, kEdit, false},
      {"commission chair of 5", true, "commission_chair", 5, 5, kPublished, kEdit, false},
      {"staff of 5", true, "staff", 5, 5, kDraft, kEdit, true},
      {"staff of 5", true, "staff", 5, 5, kPublished, kEdit, true},
      {"chair of 5", true, "chair", 5, 5, kPublished, kEdit, true},
      {"staff of 6", true, "staff", 6, 5, kDraft, kEdit, false},
      {"staff of 6", true, "staff", 6, 5, kPublished, kEdit, false},
      {"staff of 5, not signed in", false, "staff", 5, 5, kDraft, kEdit, false},
      {"admin", true, "admin", std::nullopt, 5, kPublished, kEdit, true},
      // Fixing a new edition of a published plan: as editing.
      {"anonymous", false, "", std::nullopt, 5, kPublished, kFix, false},
      {"citizen", true, "citizen", std::nullopt, 5, kPublished, kFix, false},
      {"deputy of 5", true, "deputy", 5, 5, kPublished, kFix, false},
      {"commission chair of 5", true, "commission_chair", 5, 5, kPublished, kFix, false},
      {"staff of 5", true, "staff", 5, 5, kPublished, kFix, true},
      {"chair of 5", true, "chair", 5, 5, kPublished, kFix, true},
      {"staff of 6", true, "staff", 6, 5, kPublished, kFix, false},
      {"staff of 5, not signed in", false, "staff", 5, 5, kPublished, kFix, false},
      {"admin", true, "admin", std::nullopt, 5, kPublished, kFix, true},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(Allowed(a, r), r.allowed)
        << r.who << ", plan of " << r.plan_maslikhat << ", " << StateName(r.state) << ", "
        << (r.action == Action::kRead   ? "read"
            : r.action == Action::kEdit ? "edit"
                                        : "fix");
  }
}

TEST(WorkPlans, APlanIsPublishedOnceAndStaysPublished) {
  EXPECT_TRUE(MayMove(PlanState::kDraft, PlanState::kPublished));
  EXPECT_TRUE(MayMove(PlanState::kDraft, PlanState::kDraft));
  EXPECT_TRUE(MayMove(PlanState::kPublished, PlanState::kPublished));
  EXPECT_FALSE(MayMove(PlanState::kPublished, PlanState::kDraft));
}

TEST(WorkPlans, AnEditionShowsItsFrozenTitlesAndItemsOverTheLivePlan) {
  PlanDetail live;
  live.plan.id = 7;
  live.plan.year = 2026;
  live.plan.title_ru = "План (сейчас)";
  live.plan.items_count = 1;
  live.items.resize(1);
  live.versions = {{1, "2026-03-01T10:00:00Z", "", ""}, {2, "2026-06-03T10:00:00Z", "к", "р"}};
  PlanVersion v;
  v.summary = live.versions[0];
  v.title_ru = "План (тогда)";
  v.items.resize(2);
  v.items[0].status = ItemStatus::kDone;
  const PlanDetail d = AsOfVersion(live, v);
  EXPECT_EQ(d.plan.id, 7);
  EXPECT_EQ(d.plan.year, 2026);
  EXPECT_EQ(d.plan.title_ru, "План (тогда)");
  EXPECT_EQ(d.items.size(), 2u);
  EXPECT_EQ(d.plan.items_count, 2);
  EXPECT_EQ(d.plan.done_count, 1);
  EXPECT_EQ(d.versions.size(), 2u);
  ASSERT_TRUE(d.version);
  EXPECT_EQ(d.version->number, 1);
}

TEST(WorkPlans, StatusWordsGoBothWays) {
  for (auto s : {ItemStatus::kPlanned, ItemStatus::kInProgress, ItemStatus::kDone,
                 ItemStatus::kPostponed, ItemStatus::kCancelled}) {
    EXPECT_EQ(ParseItemStatus(ItemStatusName(s)), s);
  }
  EXPECT_FALSE(ParseItemStatus("finished"));
  EXPECT_FALSE(ParseState("archived"));
  EXPECT_EQ(ParseState("published"), PlanState::kPublished);
}

}  // namespace
}  // namespace kenes::work_plans
