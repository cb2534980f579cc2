#pragma once
// The production calendar in the `calendar_days` table (one row per exception day).

#include <map>
#include <vector>

#include "features/calendar/calendar.hpp"
#include "platform/db/database.hpp"

namespace kenes::calendar {

class CalendarRepository {
 public:
  // Rows with from <= day <= to, in date order. Rows the table holds but the server cannot read
  // (a date or kind edited by hand into nonsense) are skipped.
  std::vector<CalendarDay> Range(db::Tx& tx, CivilDate from, CivilDate to);
  // Replaces every row of `year` by `days`.
  void ReplaceYear(db::Tx& tx, int year, const std::vector<CalendarDay>& days);
  // year -> how many exception rows it has; years without rows are absent.
  std::map<int, int> RowsPerYear(db::Tx& tx);
};

}  // namespace kenes::calendar
