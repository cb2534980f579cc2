#include "features/calendar/working_calendar.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::calendar {
namespace {

constexpr int64_t kMsPerMinute = int64_t{60} * 1000;
constexpr int64_t kMinutesPerDay = int64_t{24} * 60;
constexpr int64_t kMsPerDay = kMinutesPerDay * kMsPerMinute;

// Division that rounds towards minus infinity, so instants before 1970 land on the right day.
constexpr int64_t FloorDiv(int64_t a, int64_t b) {
  const int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

constexpr bool IsLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int DaysInMonth(int64_t y, int m) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms": the year is shifted to start on
// 1 March so that the leap day falls at the end of it, and eras of 400 years repeat exactly.
constexpr int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;                                    // [0, 399]
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
  return era * 146097 + doe - 719468;
}

constexpr CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;                                       // [0, 146096]
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(year), month, day};
}

static_assert(DaysFromCivil(1970, 1, 1) == 0);
static_assert(DaysFromCivil(2000, 3, 1) == 11017);
static_assert(CivilFromDays(0) == CivilDate{1970, 1, 1});
static_assert(CivilFromDays(-1) == CivilDate{1969, 12, 31});

// ISO weekday of a day number; 1970-01-01 was a Thursday (4).
constexpr int WeekdayOf(int64_t days) { return static_cast<int>(FloorMod(days + 3, 7)) + 1; }

// Monday-to-Friday days in (0, days] relative to a fixed Monday, as a running total: the difference
// of two values counts the weekdays between them in O(1), whatever the span.
constexpr int64_t WeekdaysThrough(int64_t days) {
  const int64_t t = days + 3;  // day 0 of t is a Monday
  const int64_t into_week = FloorMod(t, 7);
  return FloorDiv(t, 7) * 5 + (into_week < 5 ? into_week + 1 : 5);
}

std::optional<int> ParseDigits(std::string_view s) {
  int value = 0;
  for (char c : s) {
    // from_chars would accept a sign, and we want exactly the ISO digits.
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

void AppendPadded(std::string* out, int64_t value, int width) {
  if (value < 0) {
    out->push_back('-');
    value = -value;
  }
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out->append(width - digits.size(), '0');
  out->append(digits);
}

}  // namespace

std::optional<CivilDate> CivilDate::Parse(std::string_view iso) {
  // Only the extended ISO form with a four-digit year: two-digit years are ambiguous and the
  // database and API always write all four.
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const std::optional<int> year = ParseDigits(iso.substr(0, 4));
  const std::optional<int> month = ParseDigits(iso.substr(5, 2));
  const std::optional<int> day = ParseDigits(iso.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  if (*month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > DaysInMonth(*year, *month)) return std::nullopt;
  return CivilDate{*year, *month, *day};
}

std::string CivilDate::ToString() const {
  std::string out;
  out.reserve(10);
  AppendPadded(&out, year, 4);
  out.push_back('-');
  AppendPadded(&out, month, 2);
  out.push_back('-');
  AppendPadded(&out, day, 2);
  return out;
}

int64_t CivilDate::DaysSinceEpoch() const { return DaysFromCivil(year, month, day); }

CivilDate CivilDate::AddMonths(int n) const {
  const int months = year * 12 + (month - 1) + n;
  CivilDate out{months / 12, months % 12 + 1, day};
  out.day = std::min(day, DaysInMonth(out.year, out.month));
  return out;
}

CivilDate CivilDate::FromDaysSinceEpoch(int64_t days) { return CivilFromDays(days); }

int CivilDate::Weekday() const { return WeekdayOf(DaysSinceEpoch()); }

CivilDate LocalDate(int64_t utc_ms) {
  // Split before adding the offset so that no instant near the int64 limits overflows.
  int64_t days = FloorDiv(utc_ms, kMsPerDay);
  int64_t ms_of_day = FloorMod(utc_ms, kMsPerDay) + kLocalUtcOffsetMinutes * kMsPerMinute;
  if (ms_of_day >= kMsPerDay) {
    ++days;
  } else if (ms_of_day < 0) {
    --days;
  }
  return CivilDate::FromDaysSinceEpoch(days);
}

int LocalMinuteOfDay(int64_t utc_ms) {
  const int64_t minute = FloorDiv(utc_ms, kMsPerMinute) % kMinutesPerDay;
  return static_cast<int>(FloorMod(minute + kLocalUtcOffsetMinutes, kMinutesPerDay));
}

bool WorkingCalendar::IsWorkingDay(CivilDate d) const {
  const int64_t days = d.DaysSinceEpoch();
  // A date marked both ways is a data error; a day off wins so that a deadline is never placed on
  // a day when nobody is at work to meet it.
  if (non_working_.contains(days)) return false;
  if (working_.contains(days)) return true;
  return WeekdayOf(days) <= 5;
}

CivilDate WorkingCalendar::NextWorkingDay(CivilDate d) const {
  // Ends: only finitely many weekdays can be marked non-working.
  do {
    d = d.AddDays(1);
  } while (!IsWorkingDay(d));
  return d;
}

CivilDate WorkingCalendar::AddWorkingDays(CivilDate d, int n) const {
  // A negative n walks back (the |n|-th working day before d), which reminders "k working days
  // before the deadline" need.
  const int step = n < 0 ? -1 : 1;
  for (int64_t left = n < 0 ? -static_cast<int64_t>(n) : n; left > 0;) {
    d = d.AddDays(step);
    if (IsWorkingDay(d)) --left;
  }
  return d;
}

int WorkingCalendar::WorkingDaysBetween(CivilDate from, CivilDate to) const {
  const int64_t lo = from.DaysSinceEpoch();
  const int64_t hi = to.DaysSinceEpoch();
  if (hi <= lo) return 0;  // nothing of a term has passed before it starts
  int64_t count = WeekdaysThrough(hi) - WeekdaysThrough(lo);
  // Correct the plain weekday count by the marked dates inside (lo, hi] only, so a long span
  // costs no more than the exceptions it contains.
  for (auto it = non_working_.upper_bound(lo); it != non_working_.end() && *it <= hi; ++it) {
    if (WeekdayOf(*it) <= 5) --count;
  }
  for (auto it = working_.upper_bound(lo); it != working_.end() && *it <= hi; ++it) {
    if (WeekdayOf(*it) > 5 && !non_working_.contains(*it)) ++count;
  }
  return static_cast<int>(count);
}

CivilDate RegistrationDate(int64_t received_utc_ms, const WorkingCalendar& calendar,
                           int end_of_day_minute) {
  const CivilDate local = LocalDate(received_utc_ms);
  // 18:30 itself is already after hours: the office has closed by then, and "before the end of the
  // working day" (APPK Art. 64) excludes the closing moment.
  if (calendar.IsWorkingDay(local) && LocalMinuteOfDay(received_utc_ms) < end_of_day_minute) {
    return local;
  }
  return calendar.NextWorkingDay(local);
}

}  // namespace kenes::calendar
