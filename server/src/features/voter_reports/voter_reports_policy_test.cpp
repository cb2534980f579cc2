// VoterReportsPolicy as a table: who (and which deputy record their account is linked to) × the
// report's deputy (7 of maslikhat 5) × what is done (keep; read a draft; read a published report).
// A failing row names itself.
#include "features/voter_reports/voter_reports_policy.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::voter_reports {
namespace {

enum class Action { kKeep, kReadDraft, kReadPublished };

const char* ActionName(Action a) {
  switch (a) {
    case Action::kKeep:
      return "keep";
    case Action::kReadDraft:
      return "read a draft";
    case Action::kReadPublished:
      return "read a published report";
  }
  return "";
}

struct Row {
  const char* who;
  bool signed_in;
  const char* role;
  std::optional<int64_t> scope;
  std::optional<OwnDeputy> own;  // the deputy record the account is linked to
  Action action;
  bool allowed;
};

constexpr int64_t kMaslikhat = 5;
constexpr int64_t kDeputy = 7;

bool Allowed(const Actor& a, const Row& r) {
  switch (r.action) {
    case Action::kKeep:
      return VoterReportsPolicy::MayKeep(a, kMaslikhat, kDeputy, r.own);
    case Action::kReadDraft:
      return VoterReportsPolicy::MayRead(a, kMaslikhat, kDeputy, ReportState::kDraft, r.own);
    case Action::kReadPublished:
      return VoterReportsPolicy::MayRead(a, kMaslikhat, kDeputy, ReportState::kPublished, r.own);
  }
  return false;
}

TEST(VoterReportsPolicyTable, TheDeputyAndTheirMaslikhatsStaffKeepReportsEverybodyReadsPublished) {
  constexpr auto kKeep = Action::kKeep;
  constexpr auto kDraft = Action::kReadDraft;
  constexpr auto kPublished = Action::kReadPublished;
  const std::optional<OwnDeputy> self = OwnDeputy{kDeputy, kMaslikhat};
  const std::optional<OwnDeputy> colleague = OwnDeputy{8, kMaslikhat};
  const std::optional<OwnDeputy> elsewhere =
      OwnDeputy{kDeputy, 6};  // a stale link: other maslikhat
  const std::optional<OwnDeputy> none;
  const std::vector<Row> rows = {
      // A published report: everybody reads it.
      {"anonymous", false, "", std::nullopt, none, kPublished, true},
      {"citizen", true, "citizen", std::nullopt, none, kPublished, true},
      {"another deputy", true, "deputy", 5, colleague, kPublished, true},
      {"staff of 6", true, "staff", 6, none, kPublished, true},
      // A draft: only those who keep it.
      {"anonymous", false, "", std::nullopt, none, kDraft, false},
      {"citizen", true, "citizen", std::nullopt, none, kDraft, false},
      {"the deputy", true, "deputy", 5, self, kDraft, true},
      {"another deputy of 5", true, "deputy", 5, colleague, kDraft, false},
      {"staff of 5", true, "staff", 5, none, kDraft, true},
      {"staff of 6", true, "staff", 6, none, kDraft, false},
      {"admin", true, "admin", std::nullopt, none, kDraft, false},
      // Keeping: the deputy themselves and their maslikhat's staff.
      {"anonymous", false, "", std::nullopt, none, kKeep, false},
      {"anonymous linked (no session)", false, "deputy", 5, self, kKeep, false},
      {"citizen", true, "citizen", std::nullopt, none, kKeep, false},
      {"citizen linked to the record", true, "citizen", std::nullopt, self, kKeep, false},
      {"the deputy", true, "deputy", 5, self, kKeep, true},
      {"the deputy, linked to another maslikhat", true, "deputy", 5, elsewhere, kKeep, false},
      {"another deputy of 5", true, "deputy", 5, colleague, kKeep, false},
      {"commission chair of 5", true, "commission_chair", 5, none, kKeep, false},
      {"liaison", true, "liaison", std::nullopt, none, kKeep, false},
      {"staff of 5", true, "staff", 5, none, kKeep, true},
      {"chair of 5", true, "chair", 5, none, kKeep, true},
      {"deputy chair of 5", true, "deputy_chair", 5, none, kKeep, true},
      {"head of the apparatus of 5", true, "head_of_apparatus", 5, none, kKeep, true},
      {"staff of 6", true, "staff", 6, none, kKeep, false},
      {"chair of 6", true, "chair", 6, none, kKeep, false},
      {"staff of 5, not signed in", false, "staff", 5, none, kKeep, false},
      {"admin", true, "admin", std::nullopt, none, kKeep, false},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(Allowed(a, r), r.allowed) << r.who << ", " << ActionName(r.action);
  }
}

TEST(VoterReports, StateWordsGoBothWays) {
  for (auto s : {ReportState::kDraft, ReportState::kPublished}) {
    EXPECT_EQ(ParseState(StateName(s)), s);
  }
  EXPECT_FALSE(ParseState("archived"));
  EXPECT_FALSE(ParseState("Published"));
}

}  // namespace
}  // namespace kenes::voter_reports
