#include "features/reception/reception_policy.hpp"

#include <gtest/gtest.h>

namespace kenes::reception {
namespace {

Actor With(int64_t user, Role role, std::optional<int64_t> maslikhat) {
  Actor a;
  a.user_id = user;
  a.roles.push_back(
      {1, role, maslikhat ? ScopeType::kMaslikhat : ScopeType::kGlobal, maslikhat, ""});
  return a;
}

// role × scope × (own deputy?) → may host a session of maslikhat 1 held by deputy 7.
TEST(ReceptionPolicy, HostTable) {
  Session s;
  s.maslikhat_id = 1;
  s.deputy_id = 7;
  struct Case {
    Actor actor;
    std::optional<int64_t> acting_deputy;
    bool host, manage, book, deputy;
  };
  const Case cases[] = {
      {With(1, Role::kStaff, 1), std::nullopt, true, true, true, false},
      {With(2, Role::kChair, 1), std::nullopt, true, true, true, false},
      {With(3, Role::kStaff, 2), std::nullopt, false, false, true, false},  // another maslikhat
      {With(4, Role::kDeputy, 1), 7, true, false, true, true},              // their own session
      {With(5, Role::kDeputy, 1), 8, false, false, true, true},             // a colleague's
      {With(6, Role::kCitizen, std::nullopt), std::nullopt, false, false, true, false},
      {With(7, Role::kAdmin, std::nullopt), std::nullopt, false, false, true, false},
      {Actor{}, std::nullopt, false, false, false, false},  // signed out
  };
  for (const auto& c : cases) {
    const std::string who =
        c.actor.roles.empty() ? "anonymous" : std::string(RoleName(c.actor.roles[0].role));
    EXPECT_EQ(ReceptionPolicy::MayHost(c.actor, s, c.acting_deputy), c.host) << who;
    EXPECT_EQ(ReceptionPolicy::MayManage(c.actor, s.maslikhat_id), c.manage) << who;
    EXPECT_EQ(ReceptionPolicy::MayBook(c.actor), c.book) << who;
    EXPECT_EQ(ReceptionPolicy::ActsAsDeputy(c.actor), c.deputy) << who;
  }
}

TEST(ReceptionPolicy, ACitizenCancelsOnlyTheirOwnBooking) {
  Session s;
  s.maslikhat_id = 1;
  Booking mine;
  mine.user_id = 6;
  Booking theirs;
  theirs.user_id = 9;
  const Actor citizen = With(6, Role::kCitizen, std::nullopt);
  EXPECT_TRUE(ReceptionPolicy::MayCancel(citizen, mine, s, std::nullopt));
  EXPECT_FALSE(ReceptionPolicy::MayCancel(citizen, theirs, s, std::nullopt));
  EXPECT_TRUE(ReceptionPolicy::MayCancel(With(1, Role::kStaff, 1), theirs, s, std::nullopt));
  Booking phone;  // booked by staff for someone without an account
  EXPECT_FALSE(ReceptionPolicy::MayCancel(Actor{}, phone, s, std::nullopt));
}

}  // namespace
}  // namespace kenes::reception
