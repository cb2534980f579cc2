#include "features/privacy/privacy.hpp"

#include <gtest/gtest.h>

namespace kenes::privacy {
namespace {

using appeals::Appeal;
using appeals::AppealStatus;

Appeal Of(AppealStatus s, const std::string& registered_on) {
  Appeal a;
  a.id = 7;
  a.number = "1-2026-00007";
  a.status = s;
  a.registered_on = registered_on;
  return a;
}

TEST(Retention, EndsOnTheLastDayOfTheFifthYearAfterRegistration) {
  EXPECT_EQ(RetentionEnd("2026-01-05", 5), "2031-12-31");
  EXPECT_EQ(RetentionEnd("2026-12-31", 5), "2031-12-31");
  EXPECT_EQ(RetentionEnd("2020-06-01", 3), "2023-12-31");
}

TEST(Retention, OpenAppealsAreKeptForTheirAnswer) {
  for (auto s : {AppealStatus::kRegistered, AppealStatus::kAssigned, AppealStatus::kInConsideration,
                 AppealStatus::kExtended, AppealStatus::kReopened}) {
    auto k = WhyKept(Of(s, "2010-01-01"), "2026-11-18", 5);
    ASSERT_TRUE(k) << appeals::PrintedStatus(s, "en");
    EXPECT_EQ(k->reason, KeepReason::kInConsideration);
  }
}

TEST(Retention, AnsweredAppealsAreKeptUntilTheTermEnds) {
  auto k = WhyKept(Of(AppealStatus::kAnswered, "2026-03-02"), "2026-11-18", 5);
  ASSERT_TRUE(k);
  EXPECT_EQ(k->reason, KeepReason::kRetention);
  EXPECT_EQ(k->keep_until, "2031-12-31");
  EXPECT_TRUE(WhyKept(Of(AppealStatus::kClosed, "2021-12-31"), "2026-12-31", 5));
  EXPECT_FALSE(WhyKept(Of(AppealStatus::kClosed, "2021-12-31"), "2027-01-01", 5));
}

}  // namespace
}  // namespace kenes::privacy
