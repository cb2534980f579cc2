// DeputyRequestPolicy as tables: the actor's access to the appeal (the appeals feature's answer)
// × action, and who (role grants) × which body or maslikhat × action → allowed. A failing row
// names itself.
#include "features/deputy_requests/deputy_request_policy.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::deputy_requests {
namespace {

constexpr int64_t kM1 = 1;         // the maslikhat of the appeal and of the body
constexpr int64_t kM2 = 2;         // another maslikhat
constexpr int64_t kBody = 3;       // the executive body the request is addressed to
constexpr int64_t kOtherBody = 4;  // another executive body

struct Who {
  const char* name;
  std::vector<RoleGrant> grants;
};

Actor ActorOf(const Who& w) {
  Actor a;
  if (w.grants.empty()) return a;  // signed out
  a.user_id = 1;
  a.roles = w.grants;
  return a;
}

const Who kAnonymous{"anonymous", {}};
const Who kCitizen{"citizen", {{0, Role::kCitizen, ScopeType::kGlobal, std::nullopt, ""}}};
const Who kStaff{"staff of m1", {{0, Role::kStaff, ScopeType::kMaslikhat, kM1, ""}}};
const Who kChair{"chair of m1", {{0, Role::kChair, ScopeType::kMaslikhat, kM1, ""}}};
const Who kOtherStaff{"staff of m2", {{0, Role::kStaff, ScopeType::kMaslikhat, kM2, ""}}};
const Who kDeputy{"deputy", {{0, Role::kDeputy, ScopeType::kOkrug, 7, ""}}};
const Who kLiaison{"liaison of body 3", {{0, Role::kLiaison, ScopeType::kBody, kBody, ""}}};
const Who kOtherLiaison{"liaison of body 4",
                        {{0, Role::kLiaison, ScopeType::kBody, kOtherBody, ""}}};
const Who kLiaisonOfMaslikhat{"liaison scoped to m1 (not a body)",
                              {{0, Role::kLiaison, ScopeType::kMaslikhat, kM1, ""}}};
const Who kAdmin{"admin", {{0, Role::kAdmin, ScopeType::kGlobal, std::nullopt, ""}}};

// What the appeal's access (appeals::AppealPolicy::AccessTo) allows.
TEST(DeputyRequestPolicyTable, SendAndSeeByAccessToTheAppeal) {
  struct Row {
    Access access;
    const char* name;
    bool send, see;
  };
  const Row rows[] = {
      {Access::kStaff, "staff", true, true},
      {Access::kDeputy, "deputy", true, true},
      {Access::kApplicant, "applicant", false, false},
      {Access::kNone, "none (a liaison, another maslikhat, an admin)", false, false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(DeputyRequestPolicy::MaySend(r.access), r.send) << r.name;
    EXPECT_EQ(DeputyRequestPolicy::MaySee(r.access), r.see) << r.name;
  }
}

TEST(DeputyRequestPolicyTable, OnlyTheAddressedBodysLiaisonAnswers) {
  DeputyRequest request;
  request.body_id = kBody;
  request.maslikhat_id = kM1;
  struct Row {
    const Who& who;
    bool answer;
  };
  const Row rows[] = {
      {kLiaison, true},  {kOtherLiaison, false}, {kLiaisonOfMaslikhat, false},
      {kStaff, false},   {kDeputy, false},       {kAdmin, false},
      {kCitizen, false}, {kAnonymous, false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(DeputyRequestPolicy::MayAnswer(ActorOf(r.who), request), r.answer) << r.who.name;
  }
}

TEST(DeputyRequestPolicyTable, CreateAnExecutiveBody) {
  struct Row {
    const Who& who;
    std::optional<int64_t> body_maslikhat;
    bool allowed;
  };
  const Row rows[] = {
      {kAdmin, kM1, true},
      {kAdmin, std::nullopt, true},
      {kStaff, kM1, true},
      {kChair, kM1, true},
      {kStaff, std::nullopt, false},  // a body for every maslikhat:
                                      // administrators only
      {kOtherStaff, kM1, false},
      {kLiaison, kM1, false},
      {kDeputy, kM1, false},
      {kCitizen, kM1, false},
      {kAnonymous, kM1, false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(DeputyRequestPolicy::MayCreateBody(ActorOf(r.who), r.body_maslikhat), r.allowed)
        << r.who.name << " × " << (r.body_maslikhat ? std::to_string(*r.body_maslikhat) : "any");
  }
}

TEST(DeputyRequestPolicyTable, ScopesListEveryMatchingGrant) {
  Actor a;
  a.user_id = 1;
  a.roles = {{0, Role::kStaff, ScopeType::kMaslikhat, kM1, ""},
             {0, Role::kChair, ScopeType::kMaslikhat, kM2, ""},
             {0, Role::kLiaison, ScopeType::kBody, kBody, ""},
             {0, Role::kLiaison, ScopeType::kMaslikhat, kM1, ""},
             {0, Role::kDeputy, ScopeType::kOkrug, 7, ""}};
  EXPECT_EQ(DeputyRequestPolicy::LiaisonBodies(a), (std::vector<int64_t>{kBody}));
  EXPECT_EQ(DeputyRequestPolicy::StaffMaslikhats(a), (std::vector<int64_t>{kM1, kM2}));
  EXPECT_TRUE(DeputyRequestPolicy::LiaisonBodies(Actor{}).empty());
}

TEST(DeputyRequestStatus, NamesAreTheWireAndDatabaseWords) {
  for (auto s : {RequestStatus::kSent, RequestStatus::kAnswered}) {
    EXPECT_EQ(ParseStatus(StatusName(s)), s);
  }
  EXPECT_EQ(StatusName(RequestStatus::kAnswered), "answered");
  EXPECT_FALSE(ParseStatus("lost"));
}

}  // namespace
}  // namespace kenes::deputy_requests
