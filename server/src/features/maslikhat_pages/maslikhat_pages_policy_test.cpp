// MaslikhatPagesPolicy as a table: who × the page's maslikhat (own: 5, another: 6) × what is done
// (keep the apparatus or the questions; read a draft question; read a published one). A failing
// row names itself.
#include "features/maslikhat_pages/maslikhat_pages_policy.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::maslikhat_pages {
namespace {

enum class Action { kEdit, kReadDraft, kReadPublished };

const char* ActionName(Action a) {
  switch (a) {
    case Action::kEdit:
      return "edit";
    case Action::kReadDraft:
      return "read a draft";
    case Action::kReadPublished:
      return "read a published question";
  }
  return "";
}

struct Row {
  const char* who;
  bool signed_in;
  const char* role;
  std::optional<int64_t> scope;
  int64_t page_maslikhat;
  Action action;
  bool allowed;
};

bool Allowed(const Actor& a, const Row& r) {
  switch (r.action) {
    case Action::kEdit:
      return MaslikhatPagesPolicy::MayEdit(a, r.page_maslikhat);
    case Action::kReadDraft:
      return MaslikhatPagesPolicy::MayReadQuestion(a, r.page_maslikhat, QuestionState::kDraft);
    case Action::kReadPublished:
      return MaslikhatPagesPolicy::MayReadQuestion(a, r.page_maslikhat, QuestionState::kPublished);
  }
  return false;
}

TEST(MaslikhatPagesPolicyTable, TheMaslikhatsStaffKeepItsPagesEverybodyReadsWhatIsPublished) {
  constexpr auto kEdit = Action::kEdit;
  constexpr auto kDraft = Action::kReadDraft;
  constexpr auto kPublished = Action::kReadPublished;
  const std::vector<Row> rows = {
      // A published question: everybody reads it.
      {"anonymous", false, "", std::nullopt, 5, kPublished, true},
      {"citizen", true, "citizen", std::nullopt, 5, kPublished, true},
      {"deputy of 5", true, "deputy", 5, 5, kPublished, true},
      {"liaison", true, "liaison", std::nullopt, 5, kPublished, true},
      {"staff of 6", true, "staff", 6, 5, kPublished, true},
      {"staff of 5", true, "staff", 5, 5, kPublished, true},
      // A draft: only those who keep the pages.
      {"anonymous", false, "", std::nullopt, 5, kDraft, false},
      {"citizen", true, "citizen", std::nullopt, 5, kDraft, false},
      {"deputy of 5", true, "deputy", 5, 5, kDraft, false},
      {"commission chair of 5", true, "commission_chair", 5, 5, kDraft, false},
      {"expert", true, "expert", std::nullopt, 5, kDraft, false},
      {"staff of 5", true, "staff", 5, 5, kDraft, true},
      {"chair of 5", true, "chair", 5, 5, kDraft, true},
      {"deputy chair of 5", true, "deputy_chair", 5, 5, kDraft, true},
      {"head of the apparatus of 5", true, "head_of_apparatus", 5, 5, kDraft, true},
      {"staff of 6", true, "staff", 6, 5, kDraft, false},
      {"chair of 6", true, "chair", 6, 5, kDraft, false},
      {"admin", true, "admin", std::nullopt, 5, kDraft, true},
      // Keeping the apparatus and the questions: the maslikhat's staff and administrators.
      {"anonymous", false, "", std::nullopt, 5, kEdit, false},
      {"citizen", true, "citizen", std::nullopt, 5, kEdit, false},
      {"deputy of 5", true, "deputy", 5, 5, kEdit, false},
      {"commission chair of 5", true, "commission_chair", 5, 5, kEdit, false},
      {"liaison", true, "liaison", std::nullopt, 5, kEdit, false},
      {"staff of 5", true, "staff", 5, 5, kEdit, true},
      {"chair of 5", true, "chair", 5, 5, kEdit, true},
      {"deputy chair of 5", true, "deputy_chair", 5, 5, kEdit, true},
      {"head of the apparatus of 5", true, "head_of_apparatus", 5, 5, kEdit, true},
      {"staff of 6", true, "staff", 6, 5, kEdit, false},
      {"head of the apparatus of 6", true, "head_of_apparatus", 6, 5, kEdit, false},
      {"staff of 5, not signed in", false, "staff", 5, 5, kEdit, false},
      {"admin", true, "admin", std::nullopt, 5, kEdit, true},
      {"admin, not signed in", false, "admin", std::nullopt, 5, kEdit, false},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(Allowed(a, r), r.allowed)
        << r.who << ", page of " << r.page_maslikhat << ", " << ActionName(r.action);
  }
}

TEST(MaslikhatPages, StateWordsGoBothWays) {
  for (auto s : {QuestionState::kDraft, QuestionState::kPublished}) {
    EXPECT_EQ(ParseState(StateName(s)), s);
  }
  EXPECT_FALSE(ParseState("archived"));
  EXPECT_FALSE(ParseState(""));
  EXPECT_FALSE(ParseState("Published"));
}

}  // namespace
}  // namespace kenes::maslikhat_pages
