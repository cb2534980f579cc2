#pragma once
// A calendar year in Kazakhstan's local time (UTC+5) in each form the record keeps its times, for
// the reports that count a year of it (a deputy's report to voters, the maslikhat's and
// commissions' annual reports): the year's first half hour is still 31 December in UTC.

#include <cstdint>
#include <string>

namespace kenes::calendar {

struct YearBounds {
  std::string utc_from, utc_to;      // UTC ISO, [from, to): received_at, answered_at, created_at
  std::string day_from, day_to;      // local "YYYY-MM-DD", inclusive: days of sittings, receptions
  std::string local_from, local_to;  // local "YYYY-MM-DDTHH:MM", [from, to): events' starts_at
  std::string today;                 // local "YYYY-MM-DD": a day's business is done once it came
  std::string local_now;             // local "YYYY-MM-DDTHH:MM": an event is held once it began
};

YearBounds LocalYearBounds(int year, int64_t now_ms);

}  // namespace kenes::calendar
