#include "features/calendar/calendar_policy.hpp"

namespace kenes::calendar {

bool CalendarPolicy::MayEdit(const Actor& actor) {
  return actor.IsAuthenticated() && actor.IsAdmin();
}

bool CalendarPolicy::MaySeeCoverage(const Actor& actor) { return MayEdit(actor); }

}  // namespace kenes::calendar
