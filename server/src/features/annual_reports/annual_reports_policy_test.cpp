// AnnualReportsPolicy as a table: who (and which deputy their account is linked to) × the report
// (of maslikhat 5, or of its commission 3 chaired by deputy 7) × what is done (keep; read one
// without a version; read a published one). A failing row names itself.
#include "features/annual_reports/annual_reports_policy.hpp"

#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::annual_reports {
namespace {

enum class Action { kKeepMaslikhats, kKeepCommissions, kReadUnpublished, kReadPublished };

const char* ActionName(Action a) {
  switch (a) {
    case Action::kKeepMaslikhats:
      return "keep the maslikhat's report";
    case Action::kKeepCommissions:
      return "keep the commission's report";
    case Action::kReadUnpublished:
      return "read the commission's report without a version";
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
  std::optional<int64_t> own;  // the deputy the account is linked to
  Action action;
  bool allowed;
};

constexpr int64_t kMaslikhat = 5;
constexpr int64_t kCommission = 3;
constexpr int64_t kChair = 7;

bool Allowed(const Actor& a, const Row& r) {
  const bool keeps_commissions =
      AnnualReportsPolicy::MayKeep(a, kMaslikhat, kCommission, kChair, r.own);
  switch (r.action) {
    case Action::kKeepMaslikhats:
      return AnnualReportsPolicy::MayKeep(a, kMaslikhat, std::nullopt, std::nullopt, r.own);
    case Action::kKeepCommissions:
      return keeps_commissions;
    case Action::kReadUnpublished:
      return AnnualReportsPolicy::MayRead(false, keeps_commissions);
    case Action::kReadPublished:
      return AnnualReportsPolicy::MayRead(true, keeps_commissions);
  }
  return false;
}

TEST(AnnualReportsPolicyTable, TheStaffKeepReportsACommissionsChairKeepsItsEverybodyReadsVersions) {
  constexpr auto kMaslikhats = Action::kKeepMaslikhats;
  constexpr auto kCommissions = Action::kKeepCommissions;
  constexpr auto kUnpublished = Action::kReadUnpublished;
  constexpr auto kPublished = Action::kReadPublished;
  const std::optional<int64_t> chair = kChair, member = 8, none;
  const std::vector<Row> rows = {
      // A published version: everybody reads it.
      {"anonymous", false, "", std::nullopt, none, kPublished, true},
      {"citizen", true, "citizen", std::nullopt, none, kPublished, true},
      {"staff of 6", true, "staff", 6, none, kPublished, true},
      // No version yet: only its keepers.
      {"anonymous", false, "", std::nullopt, none, kUnpublished, false},
      {"citizen", true, "citizen", std::nullopt, none, kUnpublished, false},
      {"a member deputy", true, "deputy", 5, member, kUnpublished, false},
      {"the commission's chair", true, "deputy", 5, chair, kUnpublished, true},
      {"staff of 5", true, "staff", 5, none, kUnpublished, true},
      {"staff of 6", true, "staff", 6, none, kUnpublished, false},
      {"admin", true, "admin", std::nullopt, none, kUnpublished, false},
      // The maslikhat's report: its staff only.
      {"anonymous", false, "", std::nullopt, none, kMaslikhats, false},
      {"citizen", true, "citizen", std::nullopt, none, kMaslikhats, false},
      {"a deputy", true, "deputy", 5, member, kMaslikhats, false},
      {"the commission's chair", true, "deputy", 5, chair, kMaslikhats, false},
      {"liaison", true, "liaison", std::nullopt, none, kMaslikhats, false},
      {"staff of 5", true, "staff", 5, none, kMaslikhats, true},
      {"chair of 5", true, "chair", 5, none, kMaslikhats, true},
      {"deputy chair of 5", true, "deputy_chair", 5, none, kMaslikhats, true},
      {"head of the apparatus of 5", true, "head_of_apparatus", 5, none, kMaslikhats, true},
      {"staff of 6", true, "staff", 6, none, kMaslikhats, false},
      {"chair of 6", true, "chair", 6, none, kMaslikhats, false},
      {"staff of 5, not signed in", false, "staff", 5, none, kMaslikhats, false},
      {"admin", true, "admin", std::nullopt, none, kMaslikhats, false},
      // The commission's report: the staff, and the chair the directory names.
      {"staff of 5", true, "staff", 5, none, kCommissions, true},
      {"staff of 6", true, "staff", 6, none, kCommissions, false},
      {"the commission's chair", true, "deputy", 5, chair, kCommissions, true},
      {"the chair, not signed in", false, "deputy", 5, chair, kCommissions, false},
      {"citizen linked to the chair's record", true, "citizen", std::nullopt, chair, kCommissions,
       false},
      {"a member deputy", true, "deputy", 5, member, kCommissions, false},
      {"a deputy linked to no record", true, "deputy", 5, none, kCommissions, false},
      {"admin", true, "admin", std::nullopt, none, kCommissions, false},
  };
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, r.scope, 9);
    EXPECT_EQ(Allowed(a, r), r.allowed) << r.who << ", " << ActionName(r.action);
  }
}

TEST(AnnualReportsPolicyTable, WithoutAChairNoDeputyKeepsTheCommissionsReport) {
  const Actor deputy = TableActor(true, "deputy", 5, 9);
  EXPECT_FALSE(AnnualReportsPolicy::MayKeep(deputy, kMaslikhat, kCommission, std::nullopt, kChair));
}

}  // namespace
}  // namespace kenes::annual_reports
