#include "platform/text/fold.hpp"

#include <gtest/gtest.h>

namespace kenes::text {

TEST(Fold, LowersRussianKazakhAndLatinAndCollapsesSpaces) {
  EXPECT_EQ(Fold("  Яма  на ДОРОГЕ "), "яма на дороге");
  EXPECT_EQ(Fold("ЁЛКА"), "елка");
  EXPECT_EQ(Fold("ҚАЗАҚСТАН Әлемі"), "қазақстан әлемі");
  EXPECT_EQ(Fold("Road\tWORKS"), "road works");
  EXPECT_EQ(Fold(""), "");
}

}  // namespace kenes::text
