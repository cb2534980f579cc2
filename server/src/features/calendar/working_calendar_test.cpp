#include "features/calendar/working_calendar.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::calendar {
namespace {

// The worked examples below use the official 2026 calendar (domain-kz.md §7.2); a reviewer can
// check each one with a paper calendar: 2026-01-01 is a Thursday, 2026-03-20 a Friday.

CivilDate D(std::string_view iso) {
  std::optional<CivilDate> d = CivilDate::Parse(iso);
  EXPECT_TRUE(d.has_value()) << iso;
  return d.value_or(CivilDate{});
}

WorkingCalendar Calendar2026() {
  WorkingCalendar calendar;
  // 31 Aug is absent on purpose: Constitution Day was cancelled after the March 2026 referendum.
  for (std::string_view day : {"2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
                               "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11",
                               "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"}) {
    calendar.AddNonWorking(D(day));
  }
  return calendar;
}

// A UTC instant given as a local (UTC+5) wall-clock time.
int64_t LocalMs(std::string_view iso, int hour, int minute, int second = 0) {
  const int64_t local_minutes = D(iso).DaysSinceEpoch() * 24 * 60 + hour * 60 + minute;
  return ((local_minutes - kLocalUtcOffsetMinutes) * 60 + second) * 1000;
}

// ---------------------------------------------------------------------------------------------
// CivilDate

TEST(CivilDate, ParseAndFormatRoundTrip) {
  for (std::string_view iso : {"2026-03-20", "1970-01-01", "2024-02-29", "2000-02-29", "1999-12-31",
                               "0987-06-05", "9999-12-31", "0000-01-01"}) {
    std::optional<CivilDate> d = CivilDate::Parse(iso);
    ASSERT_TRUE(d.has_value()) << iso;
    EXPECT_EQ(d->ToString(), iso);
  }
  EXPECT_EQ(D("2026-03-20"), (CivilDate{2026, 3, 20}));
  EXPECT_EQ((CivilDate{2026, 1, 5}).ToString(), "2026-01-05");
}

TEST(CivilDate, ParseRejectsImpossibleOrMalformedDates) {
  for (std::string_view bad :
       {"2026-02-30", "2026-13-01", "26-01-01", "2026-00-10", "2026-01-00", "2026-04-31",
        "2025-02-29", "1900-02-29", "2026-1-01", "2026-01-1", "2026/01/01", "2026-01-01 ",
        " 2026-01-01", "+026-01-01", "2026-+1-01", "2026-01-0a", "20260101", "", "2026-01-01T00"}) {
    EXPECT_FALSE(CivilDate::Parse(bad).has_value()) << bad;
  }
}

TEST(CivilDate, LeapYears) {
  EXPECT_TRUE(CivilDate::Parse("2024-02-29").has_value());   // divisible by 4
  EXPECT_FALSE(CivilDate::Parse("2025-02-29").has_value());  // not divisible by 4
  EXPECT_FALSE(CivilDate::Parse("1900-02-29").has_value());  // century, not by 400
  EXPECT_TRUE(CivilDate::Parse("2000-02-29").has_value());   // divisible by 400
  EXPECT_EQ(D("2024-02-29").AddDays(1), D("2024-03-01"));
  EXPECT_EQ(D("2025-02-28").AddDays(1), D("2025-03-01"));
  EXPECT_EQ(D("2024-03-01").DaysSinceEpoch() - D("2024-02-28").DaysSinceEpoch(), 2);
  EXPECT_EQ(D("2025-01-01").DaysSinceEpoch() - D("2024-01-01").DaysSinceEpoch(), 366);
  EXPECT_EQ(D("2026-01-01").DaysSinceEpoch() - D("2025-01-01").DaysSinceEpoch(), 365);
}

TEST(CivilDate, AddMonthsKeepsTheDayOrTakesTheMonthsLastDay) {
  // The extension ceiling's worked examples (docs/appeals-deadlines.md rule 6).
  EXPECT_EQ(CivilDate::Parse("2026-01-05")->AddMonths(2).ToString(), "2026-03-05");
  EXPECT_EQ(CivilDate::Parse("2026-12-31")->AddMonths(2).ToString(), "2027-02-28");
  EXPECT_EQ(CivilDate::Parse("2026-07-01")->AddMonths(2).ToString(), "2026-09-01");
  EXPECT_EQ(CivilDate::Parse("2027-12-31")->AddMonths(2).ToString(), "2028-02-29");  // leap year
  EXPECT_EQ(CivilDate::Parse("2026-11-30")->AddMonths(2).ToString(), "2027-01-30");
  EXPECT_EQ(CivilDate::Parse("2026-08-31")->AddMonths(1).ToString(), "2026-09-30");
  EXPECT_EQ(CivilDate::Parse("2026-03-15")->AddMonths(0).ToString(), "2026-03-15");
}

TEST(CivilDate, DaysSinceEpoch) {
  EXPECT_EQ(D("1970-01-01").DaysSinceEpoch(), 0);
  EXPECT_EQ(D("1970-01-02").DaysSinceEpoch(), 1);
  EXPECT_EQ(D("1969-12-31").DaysSinceEpoch(), -1);
  // 56 years of 365 days plus the 14 leap days of 1972..2024.
  EXPECT_EQ(D("2026-01-01").DaysSinceEpoch(), 56 * 365 + 14);
  EXPECT_EQ(D("2026-01-01").DaysSinceEpoch(), 20454);
  EXPECT_EQ(D("2026-03-20").DaysSinceEpoch(), 20532);
  EXPECT_EQ(D("2000-03-01").DaysSinceEpoch(), 11017);
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(0), D("1970-01-01"));
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(20454), D("2026-01-01"));
  EXPECT_EQ(CivilDate::FromDaysSinceEpoch(-1), D("1969-12-31"));
}

TEST(CivilDate, FromDaysMatchesCountingDayByDay) {
  // Walk day by day from 1600 to 2400 with plain calendar arithmetic, which covers the century and
  // 400-year rules in both directions from the epoch.
  CivilDate expected{1600, 1, 1};
  const auto days_in_month = [](int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
  };
  for (int64_t z = D("1600-01-01").DaysSinceEpoch(); expected.year < 2400; ++z) {
    ASSERT_EQ(CivilDate::FromDaysSinceEpoch(z), expected) << z;
    ASSERT_EQ(expected.DaysSinceEpoch(), z) << expected.ToString();
    if (++expected.day > days_in_month(expected.year, expected.month)) {
      expected.day = 1;
      if (++expected.month > 12) {
        expected.month = 1;
        ++expected.year;
      }
    }
  }
}

TEST(CivilDate, WeekdayOfKnownDates) {
  EXPECT_EQ(D("1970-01-01").Weekday(), 4);  // Thursday
  EXPECT_EQ(D("1969-12-29").Weekday(), 1);  // Monday, before the epoch
  EXPECT_EQ(D("2000-01-01").Weekday(), 6);  // Saturday
  EXPECT_EQ(D("2024-02-29").Weekday(), 4);  // Thursday
  EXPECT_EQ(D("2026-01-01").Weekday(), 4);  // Thursday
  EXPECT_EQ(D("2026-03-20").Weekday(), 5);  // Friday
  EXPECT_EQ(D("2026-03-22").Weekday(), 7);  // Sunday
  EXPECT_EQ(D("2026-03-23").Weekday(), 1);  // Monday
  EXPECT_EQ(D("2026-05-09").Weekday(), 6);  // Saturday (Victory Day, moved to Mon 11 May)
}

TEST(CivilDate, Ordering) {
  EXPECT_LT(D("2026-03-20"), D("2026-03-21"));
  EXPECT_LT(D("2025-12-31"), D("2026-01-01"));
  EXPECT_LT(D("2026-01-31"), D("2026-02-01"));
}

// ---------------------------------------------------------------------------------------------
// Local time (UTC+5)

TEST(WorkingCalendarLocalTime, LocalMsHelperMatchesKnownInstants) {
  EXPECT_EQ(LocalMs("2026-03-20", 1, 0), 1773950400000);   // 2026-03-19T20:00:00Z
  EXPECT_EQ(LocalMs("2026-03-22", 10, 0), 1774155600000);  // 2026-03-22T05:00:00Z
  EXPECT_EQ(LocalMs("2026-04-29", 19, 0), 1777471200000);  // 2026-04-29T14:00:00Z
}

TEST(WorkingCalendarLocalTime, UtcEveningIsNextLocalDay) {
  // 2026-03-19T20:00:00Z is 01:00 on Friday 20 March in Almaty.
  EXPECT_EQ(LocalDate(1773950400000), D("2026-03-20"));
  EXPECT_EQ(LocalMinuteOfDay(1773950400000), 60);
  // The local day changes at 19:00 UTC.
  const int64_t change = 1773950400000 - 3600 * 1000;  // 2026-03-19T19:00:00Z
  EXPECT_EQ(LocalDate(change - 1), D("2026-03-19"));
  EXPECT_EQ(LocalMinuteOfDay(change - 1), 23 * 60 + 59);
  EXPECT_EQ(LocalDate(change), D("2026-03-20"));
  EXPECT_EQ(LocalMinuteOfDay(change), 0);
}

TEST(WorkingCalendarLocalTime, EpochAndBeforeIt) {
  EXPECT_EQ(LocalDate(0), D("1970-01-01"));
  EXPECT_EQ(LocalMinuteOfDay(0), 5 * 60);
  // 1969-12-31T18:59:59.999Z is still 23:59 on 31 December locally.
  EXPECT_EQ(LocalDate(-5 * 3600 * 1000 - 1), D("1969-12-31"));
  EXPECT_EQ(LocalMinuteOfDay(-5 * 3600 * 1000 - 1), 23 * 60 + 59);
  EXPECT_EQ(LocalDate(-5 * 3600 * 1000), D("1970-01-01"));
  EXPECT_EQ(LocalMinuteOfDay(-5 * 3600 * 1000), 0);
}

TEST(WorkingCalendarLocalTime, ExtremeInstantsDoNotOverflow) {
  EXPECT_GE(LocalMinuteOfDay(INT64_MAX), 0);
  EXPECT_LT(LocalMinuteOfDay(INT64_MAX), 24 * 60);
  EXPECT_GE(LocalMinuteOfDay(INT64_MIN), 0);
  EXPECT_LT(LocalMinuteOfDay(INT64_MIN), 24 * 60);
}

// ---------------------------------------------------------------------------------------------
// WorkingCalendar

TEST(WorkingCalendar, WeekdaysWorkWeekendsDoNot) {
  const WorkingCalendar plain;
  EXPECT_TRUE(plain.IsWorkingDay(D("2026-03-20")));   // Friday
  EXPECT_FALSE(plain.IsWorkingDay(D("2026-03-21")));  // Saturday
  EXPECT_FALSE(plain.IsWorkingDay(D("2026-03-22")));  // Sunday
  EXPECT_TRUE(plain.IsWorkingDay(D("2026-03-23")));   // Monday, a holiday only once marked
}

TEST(WorkingCalendar, Official2026DaysOff) {
  const WorkingCalendar calendar = Calendar2026();
  for (std::string_view off : {"2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
                               "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11",
                               "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"}) {
    EXPECT_EQ(D(off).Weekday() <= 5, true) << off << " should be a weekday moved off";
    EXPECT_FALSE(calendar.IsWorkingDay(D(off))) << off;
  }
  EXPECT_TRUE(calendar.IsWorkingDay(D("2026-08-31")));  // the cancelled Constitution Day transfer
  EXPECT_TRUE(calendar.IsWorkingDay(D("2026-03-26")));
  // 2026 has 261 weekdays (52 weeks plus Thursday 1 January); 14 of them are off.
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2025-12-31"), D("2026-12-31")), 261 - 14);
}

TEST(WorkingCalendar, NextWorkingDay) {
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.NextWorkingDay(D("2026-03-19")), D("2026-03-20"));  // Thu -> Fri
  EXPECT_EQ(calendar.NextWorkingDay(D("2026-03-20")), D("2026-03-26"));  // over Nauryz
  EXPECT_EQ(calendar.NextWorkingDay(D("2026-03-06")), D("2026-03-10"));  // 8 Mar moved to Mon 9
  EXPECT_EQ(calendar.NextWorkingDay(D("2025-12-31")), D("2026-01-05"));  // New Year
  EXPECT_EQ(calendar.NextWorkingDay(D("2026-01-06")), D("2026-01-08"));  // Orthodox Christmas
  EXPECT_EQ(calendar.NextWorkingDay(D("2026-12-31")), D("2027-01-01"));  // 2027 not loaded yet
}

TEST(WorkingCalendar, FifteenWorkingDaysAcrossNauryz) {
  // Fri 20 Mar; 21-22 weekend, 23-25 Nauryz; 26 Thu = 1, 27 = 2, 30 = 3, 31 = 4, 1 Apr = 5,
  // 2 = 6, 3 = 7, 6 = 8, 7 = 9, 8 = 10, 9 = 11, 10 = 12, 13 = 13, 14 = 14, Wed 15 Apr = 15.
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-20"), 15), D("2026-04-15"));
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-20"), 1), D("2026-03-26"));
  // Without the holidays the same count would end three working days earlier.
  EXPECT_EQ(WorkingCalendar().AddWorkingDays(D("2026-03-20"), 15), D("2026-04-10"));
}

TEST(WorkingCalendar, FifteenWorkingDaysAcrossMayHolidays) {
  // Thu 30 Apr; 1 May off, 2-3 weekend; 4 Mon = 1, 5 = 2, 6 = 3, 7 off, 8 = 4, 9-10 weekend,
  // 11 off, 12 = 5, 13 = 6, 14 = 7, 15 = 8, 18 = 9, 19 = 10, 20 = 11, 21 = 12, 22 = 13,
  // 25 = 14, Tue 26 May = 15.
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-04-30"), 15), D("2026-05-26"));
}

TEST(WorkingCalendar, ThreeWorkingDaysToForward) {
  const WorkingCalendar calendar = Calendar2026();
  // Thu 30 Apr; 1 May off, weekend; 4 May = 1, 5 May = 2, Wed 6 May = 3.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-04-30"), 3), D("2026-05-06"));
  // Tue 26 May; 27 May Kurban Ait; 28 = 1, 29 = 2, Mon 1 Jun = 3.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-05-26"), 3), D("2026-06-01"));
  // Tue 15 Dec; 16 Dec Independence Day; 17 = 1, 18 = 2, Mon 21 Dec = 3.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-12-15"), 3), D("2026-12-21"));
}

TEST(WorkingCalendar, FifteenWorkingDaysAfterNewYear) {
  // Mon 5 Jan; 6 = 1, 7 off, 8 = 2, 9 = 3, 12..16 = 4..8, 19..23 = 9..13, 26 = 14, Tue 27 = 15.
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-01-05"), 15), D("2026-01-27"));
}

TEST(WorkingCalendar, ZeroWorkingDaysIsTheSameDay) {
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-20"), 0), D("2026-03-20"));
  // Even on a day off: n = 0 never moves.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-22"), 0), D("2026-03-22"));
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-24"), 0), D("2026-03-24"));
}

TEST(WorkingCalendar, StartingOnADayOffCountsFromTheNextWorkingDay) {
  // Only days after the start count, so starting on Sunday 22 Mar or Fri 20 Mar gives the same.
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-22"), 1), D("2026-03-26"));
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-22"), 15), D("2026-04-15"));
}

TEST(WorkingCalendar, NegativeCountWalksBack) {
  const WorkingCalendar calendar = Calendar2026();
  // Three working days before Wed 15 Apr: 14, 13, Fri 10 Apr.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-04-15"), -3), D("2026-04-10"));
  // One working day before Thu 26 Mar skips Nauryz and the weekend.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-26"), -1), D("2026-03-20"));
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-04-15"), -15), D("2026-03-20"));
}

TEST(WorkingCalendar, GovernmentMovedWorkingSaturday) {
  // No working weekends are known for 2026; this one is made up to exercise the rule.
  WorkingCalendar calendar = Calendar2026();
  const CivilDate saturday = D("2026-03-28");
  ASSERT_EQ(saturday.Weekday(), 6);
  EXPECT_FALSE(calendar.IsWorkingDay(saturday));
  calendar.AddWorking(saturday);
  EXPECT_TRUE(calendar.IsWorkingDay(saturday));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2026-03-29")));  // Sunday stays off
  // 26 = 1, 27 = 2, Sat 28 = 3, ...: the 15th working day is now Tue 14 Apr instead of Wed 15.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-20"), 3), saturday);
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-03-20"), 15), D("2026-04-14"));
  EXPECT_EQ(calendar.NextWorkingDay(D("2026-03-27")), saturday);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-20"), D("2026-04-14")), 15);
  // Received on the working Saturday during office hours: registered that Saturday.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-03-28", 10, 0), calendar), saturday);
}

TEST(WorkingCalendar, MarkedBothWaysCountsAsDayOff) {
  WorkingCalendar calendar;
  calendar.AddWorking(D("2026-03-28"));
  calendar.AddNonWorking(D("2026-03-28"));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2026-03-28")));
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-27"), D("2026-03-30")), 1);
}

TEST(WorkingCalendar, MarkingAWeekdayWorkingOrAWeekendOffChangesNothing) {
  WorkingCalendar calendar;
  calendar.AddWorking(D("2026-03-20"));     // a Friday, already working
  calendar.AddNonWorking(D("2026-03-21"));  // a Saturday, already off
  EXPECT_TRUE(calendar.IsWorkingDay(D("2026-03-20")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2026-03-21")));
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-16"), D("2026-03-22")), 4);  // Tue..Fri
}

TEST(WorkingCalendar, WorkingDaysBetweenWorkedExamples) {
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-20"), D("2026-03-20")), 0);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-20"), D("2026-03-25")), 0);  // all days off
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-20"), D("2026-03-26")), 1);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-03-20"), D("2026-04-15")), 15);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-04-30"), D("2026-05-26")), 15);
  // `to` before `from`: nothing of the term has passed.
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-04-15"), D("2026-03-20")), 0);
}

TEST(WorkingCalendar, WorkingDaysBetweenMatchesCountingDayByDay) {
  WorkingCalendar calendar = Calendar2026();
  calendar.AddWorking(D("2026-03-28"));
  calendar.AddWorking(D("2026-11-07"));
  const CivilDate from = D("2025-12-01");
  int counted = 0;
  for (CivilDate to = from; to <= D("2027-01-31"); to = to.AddDays(1)) {
    if (to != from && calendar.IsWorkingDay(to)) ++counted;
    ASSERT_EQ(calendar.WorkingDaysBetween(from, to), counted) << to.ToString();
  }
}

TEST(WorkingCalendar, WorkingDaysBetweenIsTheInverseOfAddWorkingDays) {
  WorkingCalendar calendar = Calendar2026();
  calendar.AddWorking(D("2026-03-28"));
  for (CivilDate d = D("2025-12-20"); d <= D("2026-12-31"); d = d.AddDays(1)) {
    for (int n = 0; n <= 40; ++n) {
      const CivilDate end = calendar.AddWorkingDays(d, n);
      ASSERT_EQ(calendar.WorkingDaysBetween(d, end), n) << d.ToString() << " + " << n;
      if (n > 0) {
        ASSERT_TRUE(calendar.IsWorkingDay(end)) << d.ToString() << " + " << n;
        // The n-th working day is the first day on which n working days have passed.
        ASSERT_EQ(calendar.WorkingDaysBetween(d, end.AddDays(-1)), n - 1);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Registration (APPK Art. 64)

TEST(WorkingCalendarRegistration, WorkingDayDuringHoursIsThatDay) {
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(RegistrationDate(LocalMs("2026-03-20", 10, 0), calendar), D("2026-03-20"));
  EXPECT_EQ(RegistrationDate(LocalMs("2026-03-20", 18, 29, 59), calendar), D("2026-03-20"));
}

TEST(WorkingCalendarRegistration, BeforeOfficeHoursIsStillThatDay) {
  // Only the end of the day matters: 01:00 on a working day is registered that day.
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(RegistrationDate(LocalMs("2026-03-20", 0, 0), calendar), D("2026-03-20"));
}

TEST(WorkingCalendarRegistration, ExactlyEndOfDayIsAfterHours) {
  // 18:30:00 local (2026-03-20T13:30:00Z) is after hours; the next working day is after Nauryz.
  const WorkingCalendar calendar = Calendar2026();
  EXPECT_EQ(LocalMs("2026-03-20", 18, 30), 1774013400000);
  EXPECT_EQ(RegistrationDate(1774013400000, calendar), D("2026-03-26"));
  EXPECT_EQ(RegistrationDate(1774013400000 - 1, calendar), D("2026-03-20"));
}

TEST(WorkingCalendarRegistration, LateEveningIsNextWorkingDay) {
  const WorkingCalendar calendar = Calendar2026();
  // Wed 29 Apr 19:00 local (14:00Z), after 18:30: Thu 30 Apr.
  EXPECT_EQ(RegistrationDate(1777471200000, calendar), D("2026-04-30"));
  // Wed 29 Apr 23:59 local (18:59Z): still 29 Apr locally, so Thu 30 Apr.
  EXPECT_EQ(LocalMs("2026-04-29", 23, 59), 1777489140000);
  EXPECT_EQ(RegistrationDate(1777489140000, calendar), D("2026-04-30"));
  // Thu 30 Apr 19:00 local: 1 May off and the weekend, so Mon 4 May.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-04-30", 19, 0), calendar), D("2026-05-04"));
  // Fri 6 Mar 18:45 local: weekend, Mon 9 Mar off (8 Mar moved), so Tue 10 Mar.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-03-06", 18, 45), calendar), D("2026-03-10"));
}

TEST(WorkingCalendarRegistration, NonWorkingDayIsNextWorkingDay) {
  const WorkingCalendar calendar = Calendar2026();
  // Sun 22 Mar 10:00 local (05:00Z): 22 Sun, 23-25 Nauryz, so Thu 26 Mar.
  EXPECT_EQ(RegistrationDate(1774155600000, calendar), D("2026-03-26"));
  // New Year's Day at noon: 1-2 Jan off, weekend, so Mon 5 Jan.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-01-01", 12, 0), calendar), D("2026-01-05"));
  // Midnight at the start of a holiday is on the holiday.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-05-01", 0, 0), calendar), D("2026-05-04"));
}

TEST(WorkingCalendarRegistration, UtcTimestampCrossingLocalMidnight) {
  const WorkingCalendar calendar = Calendar2026();
  // 2026-03-19T20:00:00Z is Fri 20 Mar 01:00 local: registered Friday, not Thursday.
  EXPECT_EQ(RegistrationDate(1773950400000, calendar), D("2026-03-20"));
  // 2026-03-20T19:30:00Z is Sat 21 Mar 00:30 local: registered Thu 26 Mar.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-03-21", 0, 30), calendar), D("2026-03-26"));
  // 2026-03-19T13:00:00Z is Thu 19 Mar 18:00 local: in hours, that day.
  EXPECT_EQ(RegistrationDate(1773950400000 - 7 * 3600 * 1000, calendar), D("2026-03-19"));
}

TEST(WorkingCalendarRegistration, CustomEndOfDay) {
  const WorkingCalendar calendar = Calendar2026();
  // A body that closes at 17:00 registers a 17:30 appeal the next working day.
  EXPECT_EQ(RegistrationDate(LocalMs("2026-04-29", 17, 30), calendar, 17 * 60), D("2026-04-30"));
  EXPECT_EQ(RegistrationDate(LocalMs("2026-04-29", 17, 30), calendar), D("2026-04-29"));
}

TEST(WorkingCalendarRegistration, WorkedExamplesEndToEnd) {
  const WorkingCalendar calendar = Calendar2026();
  struct Case {
    int64_t received_utc_ms;
    std::string registered;
    std::string forward_by;  // +3 working days
    std::string answer_by;   // +15 working days
  };
  const std::vector<Case> cases = {
      // The rows of the table in docs/appeals-deadlines.md, in order.
      {LocalMs("2026-03-20", 10, 0), "2026-03-20", "2026-03-30", "2026-04-15"},
      {1773950400000, "2026-03-20", "2026-03-30", "2026-04-15"},  // 2026-03-19T20:00:00Z
      {1774013400000, "2026-03-26", "2026-03-31", "2026-04-16"},  // Fri 20 Mar 18:30
      {1774155600000, "2026-03-26", "2026-03-31", "2026-04-16"},  // Sun 22 Mar 10:00
      {LocalMs("2026-03-06", 18, 45), "2026-03-10", "2026-03-13", "2026-04-03"},
      {1777471200000, "2026-04-30", "2026-05-06", "2026-05-26"},  // Wed 29 Apr 19:00
      {1777489140000, "2026-04-30", "2026-05-06", "2026-05-26"},  // Wed 29 Apr 23:59
      {LocalMs("2026-04-30", 19, 0), "2026-05-04", "2026-05-08", "2026-05-28"},
      {LocalMs("2026-05-26", 11, 0), "2026-05-26", "2026-06-01", "2026-06-17"},
      {LocalMs("2026-01-01", 12, 0), "2026-01-05", "2026-01-09", "2026-01-27"},
  };
  for (const Case& c : cases) {
    const CivilDate registered = RegistrationDate(c.received_utc_ms, calendar);
    EXPECT_EQ(registered.ToString(), c.registered);
    EXPECT_EQ(calendar.AddWorkingDays(registered, 3).ToString(), c.forward_by);
    EXPECT_EQ(calendar.AddWorkingDays(registered, 15).ToString(), c.answer_by);
  }
}

}  // namespace
}  // namespace kenes::calendar
