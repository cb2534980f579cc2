// AppealPolicy as tables: who (role grants, linked deputy record) × which appeal (maslikhat,
// deputy, applicant, status) × action → allowed. A failing row names itself. What the access
// found here allows with attachments and deputy requests is those features' tables.
#include "features/appeals/appeal_policy.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::appeals {
namespace {

constexpr int64_t kM1 = 1;          // the appeals' maslikhat
constexpr int64_t kM2 = 2;          // another maslikhat
constexpr int64_t kBody = 3;        // the executive body a deputy request is addressed to
constexpr int64_t kDeputy5 = 5;     // the deputy handling the appeals of kM1
constexpr int64_t kDeputy6 = 6;     // a deputy of kM2
constexpr int64_t kApplicant = 20;  // the account that filed the appeals of kM1

struct Grant {
  const char* role;
  const char* scope_type;
  std::optional<int64_t> scope_id;
};

// Who acts: the account, its role grants, and the deputy record the directory links it to.
struct Who {
  const char* name;
  std::optional<int64_t> user_id;
  std::vector<Grant> grants;
  std::optional<int64_t> linked_deputy;
  std::optional<int64_t> linked_deputy_maslikhat;
};

const Who kAnonymous{"anonymous", std::nullopt, {}, std::nullopt, std::nullopt};
const Who kCitizen{"citizen (the applicant)",
                   kApplicant,
                   {{"citizen", "global", std::nullopt}},
                   std::nullopt,
                   std::nullopt};
const Who kOtherCitizen{
    "another citizen", 21, {{"citizen", "global", std::nullopt}}, std::nullopt, std::nullopt};
const Who kStaff{"staff of m1", 30, {{"staff", "maslikhat", kM1}}, std::nullopt, std::nullopt};
const Who kOtherStaff{"staff of m2", 31, {{"staff", "maslikhat", kM2}}, std::nullopt, std::nullopt};
const Who kChair{"chair of m1", 32, {{"chair", "maslikhat", kM1}}, std::nullopt, std::nullopt};
const Who kDeputyChair{
    "deputy_chair of m1", 34, {{"deputy_chair", "maslikhat", kM1}}, std::nullopt, std::nullopt};
const Who kHeadOfApparatus{"head_of_apparatus of m1",
                           35,
                           {{"head_of_apparatus", "maslikhat", kM1}},
                           std::nullopt,
                           std::nullopt};
const Who kHeadOfOtherM{"head_of_apparatus of m2",
                        36,
                        {{"head_of_apparatus", "maslikhat", kM2}},
                        std::nullopt,
                        std::nullopt};
const Who kStaffOfOkrug{"staff scoped to okrug 1 (not a maslikhat)",
                        33,
                        {{"staff", "okrug", kM1}},
                        std::nullopt,
                        std::nullopt};
const Who kStaffApplicant{"staff of m1 who is the applicant",
                          kApplicant,
                          {{"citizen", "global", std::nullopt}, {"staff", "maslikhat", kM1}},
                          std::nullopt,
                          std::nullopt};
const Who kDeputy{"deputy 5 of m1 (handling)", 40, {{"deputy", "okrug", 7}}, kDeputy5, kM1};
const Who kOtherDeputy{"deputy 6 of m2", 41, {{"deputy", "okrug", 8}}, kDeputy6, kM2};
const Who kDeputyUnlinked{
    "deputy role, no deputy record", 42, {{"deputy", "okrug", 7}}, std::nullopt, std::nullopt};
const Who kLinkedNoRole{
    "linked to deputy 5, no deputy role", 43, {{"citizen", "global", std::nullopt}}, kDeputy5, kM1};
const Who kLiaison{
    "liaison of body 3", 50, {{"liaison", "body", kBody}}, std::nullopt, std::nullopt};
const Who kAdmin{"admin", 60, {{"admin", "global", std::nullopt}}, std::nullopt, std::nullopt};
const Who kCommissionChair{"commission_chair of c9",
                           70,
                           {{"commission_chair", "commission", 9}},
                           std::nullopt,
                           std::nullopt};
const Who kCommissionMember{"commission_member of c9",
                            71,
                            {{"commission_member", "commission", 9}},
                            std::nullopt,
                            std::nullopt};
const Who kExpert{"expert of c9", 72, {{"expert", "commission", 9}}, std::nullopt, std::nullopt};

// The appeal acted on (for maslikhat-wide actions: its maslikhat).
struct Object {
  const char* name;
  int64_t maslikhat_id;
  std::optional<int64_t> deputy_id;
  std::optional<int64_t> applicant_user_id;
  const char* status;
};

const Object kRegistered{"m1 appeal, registered", kM1, kDeputy5, kApplicant, "registered"};
const Object kInWork{"m1 appeal, in_consideration", kM1, kDeputy5, kApplicant, "in_consideration"};
const Object kAnswered{"m1 appeal, answered", kM1, kDeputy5, kApplicant, "answered"};
const Object kClosed{"m1 appeal, closed", kM1, kDeputy5, kApplicant, "closed"};
const Object kPaper{"m1 paper appeal (no account, no deputy)", kM1, std::nullopt, std::nullopt,
                    "registered"};
const Object kOtherM{"m2 appeal of deputy 6, registered", kM2, kDeputy6, 21, "registered"};

struct Row {
  const Who& who;
  const Object& object;
  std::string action;
  bool allowed;
};

Actor ActorOf(const Who& w) {
  Actor a;
  a.user_id = w.user_id;
  for (const auto& g : w.grants) {
    a.roles.push_back({0, *ParseRole(g.role), *ParseScopeType(g.scope_type), g.scope_id, ""});
  }
  return a;
}

bool Contains(const std::vector<int64_t>& v, int64_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The decision a service takes for this action, from the policy alone.
bool Decide(const Row& row) {
  const Actor actor = ActorOf(row.who);
  Appeal appeal;
  appeal.maslikhat_id = row.object.maslikhat_id;
  appeal.deputy_id = row.object.deputy_id;
  appeal.applicant_user_id = row.object.applicant_user_id;
  appeal.status = *ParseStatus(row.object.status);
  // What acting_deputy.cpp finds in the directory.
  const bool acts_as_deputy = AppealPolicy::ActsAsDeputy(actor);
  const auto deputy = acts_as_deputy ? row.who.linked_deputy : std::nullopt;
  const Access access = AppealPolicy::AccessTo(actor, appeal, deputy);
  const int64_t m = row.object.maslikhat_id;
  const std::string_view action = row.action;

  if (action == "view") return access != Access::kNone;
  if (action == "audited_view") return AppealPolicy::AuditsView(access);
  if (action == "act:extend" || action == "act:extend_as_directory_chair") {
    // The service's rule: someone who sees the appeal, in one of the three positions.
    const bool directory_chair = action == "act:extend_as_directory_chair";
    return access != Access::kNone &&
           AppealPolicy::ExtendsAs(actor, m, directory_chair).has_value() &&
           Transition(appeal.status, AppealAction::kExtend).has_value();
  }
  if (action.rfind("act:", 0) == 0) {
    const std::string_view verb = action.substr(4);
    const auto a = ParseAction(verb);
    if (!a) ADD_FAILURE() << "unknown action in the table: " << verb;
    return a && AppealPolicy::MayAct(access, *a) && Transition(appeal.status, *a).has_value();
  }
  if (action == "categorize") return AppealPolicy::MayCategorize(actor, appeal);
  if (action == "feedback") return AppealPolicy::MayGiveFeedback(actor, appeal);
  if (action == "file_on_behalf") return AppealPolicy::MayFileOnBehalf(actor, m);
  if (action == "list_maslikhat") return AppealPolicy::MayListMaslikhat(actor, m);
  if (action == "export") return AppealPolicy::MayExport(actor, m);
  if (action == "dashboard") return AppealPolicy::MaySeeDashboard(actor, m);
  if (action == "review_register") return AppealPolicy::MayReviewRegister(actor, m);
  if (action == "acts_as_deputy") return acts_as_deputy;
  if (action == "in_staff_scope") return Contains(AppealPolicy::StaffMaslikhats(actor), m);
  ADD_FAILURE() << "unknown action in the table: " << action;
  return false;
}

void RunTable(const std::vector<Row>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    EXPECT_EQ(Decide(r), r.allowed)
        << "row " << i << ": [" << r.who.name << "] × [" << r.object.name << "] × " << r.action
        << " should be " << (r.allowed ? "allowed" : "refused");
  }
}

TEST(AppealPolicyTable, SeeingAnAppeal) {
  RunTable({
      {kAnonymous, kRegistered, "view", false},
      {kCitizen, kRegistered, "view", true},
      {kOtherCitizen, kRegistered, "view", false},
      {kStaff, kRegistered, "view", true},
      {kChair, kRegistered, "view", true},
      {kOtherStaff, kRegistered, "view", false},
      {kOtherStaff, kOtherM, "view", true},
      {kStaffOfOkrug, kRegistered, "view", false},
      {kDeputy, kRegistered, "view", true},
      {kOtherDeputy, kRegistered, "view", false},
      {kOtherDeputy, kOtherM, "view", true},
      {kDeputyUnlinked, kRegistered, "view", false},
      {kLinkedNoRole, kRegistered, "view", false},
      {kLiaison, kRegistered, "view", false},
      {kAdmin, kRegistered, "view", false},
      {kCommissionChair, kRegistered, "view", false},
      {kCommissionMember, kRegistered, "view", false},
      {kExpert, kRegistered, "view", false},
      {kCitizen, kPaper, "view", false},
      {kStaff, kPaper, "view", true},
      {kDeputy, kPaper, "view", false},
      // Identity views are audited for staff and deputies, not for the applicant.
      {kStaff, kRegistered, "audited_view", true},
      {kChair, kRegistered, "audited_view", true},
      {kDeputy, kRegistered, "audited_view", true},
      {kStaffApplicant, kRegistered, "audited_view", true},
      {kCitizen, kRegistered, "audited_view", false},
      {kAnonymous, kRegistered, "audited_view", false},
  });
}

TEST(AppealPolicyTable, WorkflowActionsByRoleAndState) {
  RunTable({
      {kStaff, kRegistered, "act:assign", true},
      {kStaff, kRegistered, "act:forward", true},
      {kStaff, kRegistered, "act:leave", true},
      {kStaff, kRegistered, "act:answer", false},  // not from registered
      {kStaff, kInWork, "act:answer", true},
      // Only the chair, the deputy chair and the head of the apparatus extend (APPK Art. 76).
      {kStaff, kInWork, "act:extend", false},
      {kDeputyChair, kInWork, "act:extend", true},
      {kHeadOfApparatus, kInWork, "act:extend", true},
      {kHeadOfApparatus, kRegistered, "act:extend", false},  // not from registered
      {kHeadOfOtherM, kInWork, "act:extend", false},
      {kAdmin, kInWork, "act:extend", false},
      {kDeputy, kInWork, "act:extend_as_directory_chair", true},
      {kOtherDeputy, kInWork, "act:extend_as_directory_chair", false},  // no access to it
      {kStaff, kAnswered, "act:close", true},
      {kStaff, kAnswered, "act:reopen", false},  // the applicant's complaint, not staff's
      {kChair, kInWork, "act:extend", true},
      {kOtherStaff, kInWork, "act:answer", false},
      {kStaffOfOkrug, kInWork, "act:answer", false},
      {kDeputy, kRegistered, "act:start", true},
      {kDeputy, kInWork, "act:answer", true},
      {kDeputy, kInWork, "act:extend", false},
      {kDeputy, kRegistered, "act:assign", false},
      {kDeputy, kAnswered, "act:close", false},
      {kOtherDeputy, kInWork, "act:answer", false},
      {kDeputyUnlinked, kInWork, "act:answer", false},
      {kLinkedNoRole, kInWork, "act:answer", false},
      {kCitizen, kAnswered, "act:reopen", true},
      {kCitizen, kClosed, "act:reopen", true},
      {kCitizen, kRegistered, "act:reopen", false},  // nothing to reopen yet
      {kCitizen, kInWork, "act:answer", false},
      {kOtherCitizen, kAnswered, "act:reopen", false},
      {kStaffApplicant, kAnswered, "act:reopen", false},  // staff access comes first
      {kAdmin, kInWork, "act:answer", false},
      {kAdmin, kRegistered, "act:assign", false},
      {kAnonymous, kAnswered, "act:reopen", false},
      {kLiaison, kInWork, "act:answer", false},
      {kCommissionChair, kInWork, "act:answer", false},
      {kExpert, kInWork, "act:answer", false},
  });
}

TEST(AppealPolicyTable, CategoryAndFeedback) {
  RunTable({
      {kStaff, kRegistered, "categorize", true},
      {kChair, kRegistered, "categorize", true},
      {kOtherStaff, kRegistered, "categorize", false},
      {kDeputy, kRegistered, "categorize", false},
      {kCitizen, kRegistered, "categorize", false},
      {kAdmin, kRegistered, "categorize", false},
      {kAnonymous, kRegistered, "categorize", false},
      {kCitizen, kAnswered, "feedback", true},
      {kOtherCitizen, kAnswered, "feedback", false},
      {kStaff, kAnswered, "feedback", false},
      {kDeputy, kAnswered, "feedback", false},
      {kStaffApplicant, kAnswered, "feedback", false},
      {kCitizen, kPaper, "feedback", false},
      {kAdmin, kAnswered, "feedback", false},
      {kAnonymous, kAnswered, "feedback", false},
  });
}

// Every maslikhat-wide action of the staff is decided alike: the same rows for each.
TEST(AppealPolicyTable, MaslikhatWideStaffActions) {
  struct Case {
    const Who& who;
    const Object& object;
    bool allowed;
  };
  const std::vector<Case> cases = {
      {kStaff, kRegistered, true},         {kChair, kRegistered, true},
      {kOtherStaff, kRegistered, false},   {kOtherStaff, kOtherM, true},
      {kStaffOfOkrug, kRegistered, false}, {kAdmin, kRegistered, false},
      {kDeputy, kRegistered, false},       {kCitizen, kRegistered, false},
      {kLiaison, kRegistered, false},      {kCommissionChair, kRegistered, false},
      {kAnonymous, kRegistered, false},
  };
  std::vector<Row> rows;
  for (const char* action : {"file_on_behalf", "list_maslikhat", "export", "dashboard",
                             "in_staff_scope", "review_register"}) {
    for (const auto& c : cases) rows.push_back({c.who, c.object, action, c.allowed});
  }
  RunTable(rows);
}

TEST(AppealPolicyTable, WhoActsAsADeputy) {
  RunTable({
      {kDeputy, kRegistered, "acts_as_deputy", true},
      {kDeputyUnlinked, kRegistered, "acts_as_deputy", true},  // the role; the record is looked up
      {kLinkedNoRole, kRegistered, "acts_as_deputy", false},
      {kStaff, kRegistered, "acts_as_deputy", false},
      {kCitizen, kRegistered, "acts_as_deputy", false},
      {kAdmin, kRegistered, "acts_as_deputy", false},
      {kAnonymous, kRegistered, "acts_as_deputy", false},
  });
}

// MayAct in full: every access × every workflow action.
TEST(AppealPolicyTable, MayActByAccess) {
  struct ActRow {
    Access access;
    const char* name;
    std::vector<std::string> allowed;
  };
  const std::vector<std::string> actions = {"assign",       "start",       "forward",      "extend",
                                            "answer",       "close",       "leave",        "reopen",
                                            "forward_part", "mark_urgent", "unmark_urgent"};
  const std::vector<ActRow> rows = {
      // Forwarding a part and the urgent mark are staff's, like forwarding: deciding where an
      // appeal goes and how fast.
      {Access::kStaff,
       "staff",
       {"assign", "start", "forward", "extend", "answer", "close", "leave", "forward_part",
        "mark_urgent", "unmark_urgent"}},
      {Access::kDeputy, "deputy", {"start", "answer"}},
      {Access::kApplicant, "applicant", {"reopen"}},
      {Access::kNone, "none", {}},
  };
  for (const auto& r : rows) {
    for (const auto& action : actions) {
      ASSERT_TRUE(ParseAction(action)) << action;
      const bool expected =
          std::find(r.allowed.begin(), r.allowed.end(), action) != r.allowed.end();
      EXPECT_EQ(AppealPolicy::MayAct(r.access, *ParseAction(action)), expected)
          << "access " << r.name << " × " << action << " should be "
          << (expected ? "allowed" : "refused");
    }
  }
}

TEST(AppealPolicyTable, ScopesListEveryMatchingGrant) {
  Actor a;
  a.user_id = 1;
  a.roles = {{0, Role::kStaff, ScopeType::kMaslikhat, kM1, ""},
             {0, Role::kChair, ScopeType::kMaslikhat, kM2, ""},
             {0, Role::kStaff, ScopeType::kOkrug, 9, ""},
             {0, Role::kLiaison, ScopeType::kBody, kBody, ""},
             {0, Role::kLiaison, ScopeType::kMaslikhat, kM1, ""},
             {0, Role::kDeputy, ScopeType::kOkrug, 7, ""}};
  EXPECT_EQ(AppealPolicy::StaffMaslikhats(a), (std::vector<int64_t>{kM1, kM2}));
  EXPECT_TRUE(AppealPolicy::StaffMaslikhats(Actor{}).empty());
}

}  // namespace
}  // namespace kenes::appeals
