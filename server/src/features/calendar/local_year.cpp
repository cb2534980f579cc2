#include "features/calendar/local_year.hpp"

#include <cstdio>

#include "core/clock.hpp"
#include "features/calendar/working_calendar.hpp"

namespace kenes::calendar {
namespace {

constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kOffsetMs = int64_t{kLocalUtcOffsetMinutes} * 60'000;

std::string LocalMinute(int64_t utc_ms) {
  const int minute = LocalMinuteOfDay(utc_ms);
  char hhmm[16];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", minute / 60, minute % 60);
  return LocalDate(utc_ms).ToString() + "T" + hhmm;
}

}  // namespace

YearBounds LocalYearBounds(int year, int64_t now_ms) {
  const CivilDate first{year, 1, 1};
  const CivilDate next{year + 1, 1, 1};
  YearBounds b;
  b.utc_from = FormatIsoUtc(first.DaysSinceEpoch() * kDayMs - kOffsetMs);
  b.utc_to = FormatIsoUtc(next.DaysSinceEpoch() * kDayMs - kOffsetMs);
  b.day_from = first.ToString();
  b.day_to = CivilDate{year, 12, 31}.ToString();
  b.local_from = first.ToString() + "T00:00";
  b.local_to = next.ToString() + "T00:00";
  b.today = LocalDate(now_ms).ToString();
  b.local_now = LocalMinute(now_ms);
  return b;
}

}  // namespace kenes::calendar
