#pragma once
// The production calendar as a feature of its own: read by anyone, set by an administrator,
// loaded from the calendars Kenes ships, and used by every feature that counts working days
// (appeals today; receptions, hearings and draft discussions next).

#include <map>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/calendar/calendar.hpp"
#include "features/calendar/local_year.hpp"
#include "features/calendar/working_calendar.hpp"
#include "platform/db/database.hpp"

namespace kenes::calendar {

inline constexpr const char* kCoverageJob = "calendar.coverage";

// Which years have rows, and which years a deadline counted today could reach without any.
struct Coverage {
  std::map<int, int> rows_per_year;
  std::vector<int> missing;  // years in [today, today + kDeadlineHorizonDays] without rows
};

// How far ahead a deadline set today can fall: two months of extension after 15 working days.
inline constexpr int kDeadlineHorizonDays = 100;

class CalendarService {
 public:
  CalendarService(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<std::vector<CalendarDay>> Year(int year);
  // Replaces the year's rows after ParseYear's checks; audited.
  Result<std::vector<CalendarDay>> SetYear(const Actor& actor, int year,
                                           const std::vector<CalendarDayText>& rows);
  Result<Coverage> CoverageFor(const Actor& actor);
  // Logs a warning naming the years a deadline could reach without a calendar: until someone
  // enters them, their holidays count as working days.
  void WarnIfUncovered();

  // For another feature's use case, inside its transaction: the calendar from 10 days before
  // `from` to 400 days after it (deadlines, extensions and reminders stay inside that window).
  static WorkingCalendar Around(db::Tx& tx, CivilDate from);

 private:
  Coverage ComputeCoverage(db::Tx& tx);

  db::Database& db_;
  const Clock& clock_;
};

// Loads a shipped calendar (`day,kind,note` CSV) for `year` through ParseYear's checks, unless
// the year already has rows (an administrator's edits win). Returns whether it loaded; audited.
Result<bool> LoadShippedYear(db::Database& db, const Clock& clock, int year, std::string_view csv);

}  // namespace kenes::calendar
