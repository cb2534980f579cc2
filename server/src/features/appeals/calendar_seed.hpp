#pragma once
// Loading a year of the production calendar from CSV (`day,kind,note`, as the administrator's
// import takes it) without a signed-in administrator: for `kenes seed --demo`.

#include <string_view>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

// Checks the rows as PUT /calendar/{year} does and replaces that year's rows; audited.
Status ImportCalendarCsv(db::Database& db, const Clock& clock, int year, std::string_view csv);

}  // namespace kenes::appeals
