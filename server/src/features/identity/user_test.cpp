#include "features/identity/user.hpp"

#include <gtest/gtest.h>

namespace kenes::identity {

TEST(Login, IsAnEmailOrAPhone) {
  EXPECT_EQ(NormalizeLogin("+77011234567"), "+77011234567");
  EXPECT_EQ(NormalizeLogin(" A@B.kz"), "a@b.kz");
  EXPECT_FALSE(NormalizeLogin("nobody"));
}

TEST(Roles, StaffAreAllButCitizen) {
  EXPECT_FALSE(IsStaffRole("citizen"));
  EXPECT_TRUE(IsStaffRole("deputy"));
  EXPECT_TRUE(IsStaffRole("admin"));
  EXPECT_FALSE(IsStaffRole("emperor"));
}

}  // namespace kenes::identity
