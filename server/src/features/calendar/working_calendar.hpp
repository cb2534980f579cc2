#pragma once
// Working days for statutory deadlines (APPK: 15 working days to answer, 3 to forward or notify).
// Pure: the calendar's exceptions come from the database, maintained by an administrator; nothing
// about holidays is hard-coded here. See docs/appeals-deadlines.md for the rule and worked
// examples.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace kenes::calendar {

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;

  static std::optional<CivilDate> Parse(std::string_view iso);  // "2026-03-20"
  std::string ToString() const;                                 // "2026-03-20"
  int64_t DaysSinceEpoch() const;                               // 1970-01-01 = 0
  static CivilDate FromDaysSinceEpoch(int64_t days);
  int Weekday() const;  // 1 = Monday … 7 = Sunday (ISO)
  CivilDate AddDays(int64_t n) const { return FromDaysSinceEpoch(DaysSinceEpoch() + n); }
  // The same day `n` calendar months later, or the month's last day when it has no such day
  // (31 Dec + 2 months = 28 Feb, 29 Feb in a leap year).
  CivilDate AddMonths(int n) const;
  auto operator<=>(const CivilDate&) const = default;
};

// Kazakhstan keeps one time zone, UTC+5, since 1 March 2024; deadlines are counted in local dates.
inline constexpr int kLocalUtcOffsetMinutes = 5 * 60;
CivilDate LocalDate(int64_t utc_ms);
int LocalMinuteOfDay(int64_t utc_ms);  // 0..1439

class WorkingCalendar {
 public:
  // A weekday that is not worked (holiday, transferred day off).
  void AddNonWorking(CivilDate d) { non_working_.insert(d.DaysSinceEpoch()); }
  // A Saturday or Sunday that is worked (a day off moved by the Government).
  void AddWorking(CivilDate d) { working_.insert(d.DaysSinceEpoch()); }

  bool IsWorkingDay(CivilDate d) const;
  // The first working day strictly after d.
  CivilDate NextWorkingDay(CivilDate d) const;
  // The n-th working day after d (d itself is not counted); n = 0 returns d.
  CivilDate AddWorkingDays(CivilDate d, int n) const;
  // Working days in (from, to]: how many working days of a term have passed by `to`.
  int WorkingDaysBetween(CivilDate from, CivilDate to) const;

 private:
  std::set<int64_t> non_working_;
  std::set<int64_t> working_;
};

// APPK Art. 64: registered the day it is received when that is a working day and it arrives before
// the end of the working day; otherwise on the next working day.
CivilDate RegistrationDate(int64_t received_utc_ms, const WorkingCalendar& calendar,
                           int end_of_day_minute = 18 * 60 + 30);

}  // namespace kenes::calendar
