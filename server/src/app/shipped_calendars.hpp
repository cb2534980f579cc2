#pragma once
// The production calendars compiled into the binary (server/seed/calendar_kz_YYYY.csv, from the
// official eGov calendar, reference/domain-kz.md §7.2), loaded by `kenes migrate` and on the first
// start, so that no install counts deadlines without its holidays.

#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes {

// Loads every shipped year the database has no rows for (an administrator's edits win), through
// the same checks as the administrator's import; returns the years it loaded.
Result<std::vector<int>> LoadShippedCalendars(db::Database& db, const Clock& clock);

}  // namespace kenes
