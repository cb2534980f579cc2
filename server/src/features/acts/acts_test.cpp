// The act's rules as tables: status transitions, the entry-into-force date, web addresses.
#include "features/acts/acts.hpp"

#include <gtest/gtest.h>

namespace kenes::acts {
namespace {

TEST(ActStatusTable, OnlyTheLawfulMoves) {
  using S = ActStatus;
  const S all[] = {S::kNotInForceYet, S::kInForce, S::kAmended, S::kRepealed};
  // allowed[from][to]
  const bool allowed[4][4] = {
      {false, true, false, true},  // not in force yet → in force, repealed
      {false, false, true, true},  // in force → amended, repealed
      {false, false, true, true},  // amended → amended again, repealed
      {false, false, false, false},
  };
  for (int f = 0; f < 4; ++f) {
    for (int t = 0; t < 4; ++t) {
      EXPECT_EQ(MayMove(all[f], all[t]), allowed[f][t])
          << StatusName(all[f]) << " → " << StatusName(all[t]);
    }
  }
  for (S s : all) EXPECT_EQ(ParseStatus(StatusName(s)), s);
  EXPECT_FALSE(ParseStatus("valid"));
}

TEST(EntryIntoForce, TenCalendarDaysAfterTheDayOfPublication) {
  EXPECT_EQ(EntryIntoForce("2016-04-01", 10), "2016-04-12");
  EXPECT_EQ(EntryIntoForce("2026-12-25", 10), "2027-01-05");  // across the year
  EXPECT_EQ(EntryIntoForce("2028-02-25", 10), "2028-03-07");  // a leap February
  EXPECT_EQ(EntryIntoForce("2026-05-01", 0), "2026-05-01");   // from the day of publication
  EXPECT_EQ(EntryIntoForce("2026-05-01", 1), "2026-05-03");
  EXPECT_FALSE(EntryIntoForce("01.04.2016", 10));
  EXPECT_FALSE(EntryIntoForce("2016-04-01", -1));
}

TEST(EntryIntoForce, ADateSetByHandWins) {
  Act a;
  EXPECT_FALSE(a.InForceOn());
  a.published_on = "2026-03-02";
  EXPECT_EQ(a.InForceOn(), "2026-03-13");
  a.force_delay_days = 0;
  EXPECT_EQ(a.InForceOn(), "2026-03-02");
  a.in_force_on_set = "2026-01-01";
  EXPECT_EQ(a.InForceOn(), "2026-01-01");
}

TEST(WebAddress, HttpOrHttpsWithAHost) {
  EXPECT_TRUE(IsWebAddress("https://adilet.zan.kz/rus/docs/V16N0006217"));
  EXPECT_TRUE(IsWebAddress("http://adilet.zan.kz/kaz/docs/G24VU00018M"));
  EXPECT_FALSE(IsWebAddress("javascript:alert(1)"));
  EXPECT_FALSE(IsWebAddress("ftp://adilet.zan.kz/"));
  EXPECT_FALSE(IsWebAddress("https://"));
  EXPECT_FALSE(IsWebAddress("https:///path"));
  EXPECT_FALSE(IsWebAddress("https://adilet.zan.kz/a b"));
  EXPECT_FALSE(IsWebAddress("https://a\"onmouseover=\"x"));
  EXPECT_FALSE(IsWebAddress("adilet.zan.kz"));
}

}  // namespace
}  // namespace kenes::acts
