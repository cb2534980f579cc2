#include "features/identity/user.hpp"

#include <gtest/gtest.h>

namespace kenes::identity {

TEST(Login, IsAnEmailOrAPhone) {
  EXPECT_EQ(NormalizeLogin("+77011234567"), "+77011234567");
  EXPECT_EQ(NormalizeLogin(" A@B.kz"), "a@b.kz");
  EXPECT_FALSE(NormalizeLogin("nobody"));
}

TEST(Roles, StaffAreAllButCitizen) {
  EXPECT_FALSE(IsStaffRole(Role::kCitizen));
  EXPECT_TRUE(IsStaffRole(Role::kDeputy));
  EXPECT_TRUE(IsStaffRole(Role::kAdmin));
  EXPECT_FALSE(ParseRole("emperor"));
  EXPECT_EQ(ParseRole("commission_chair"), Role::kCommissionChair);
  EXPECT_EQ(RoleName(Role::kLiaison), "liaison");
  EXPECT_EQ(ParseScopeType("body"), ScopeType::kBody);
  EXPECT_EQ(ScopeTypeName(ScopeType::kMaslikhat), "maslikhat");
  EXPECT_FALSE(ParseScopeType("planet"));
}

}  // namespace kenes::identity
