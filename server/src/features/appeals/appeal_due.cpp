// Where appeals stand against their terms today: the one "due soon" / overdue rule the lists, the
// detail, the dashboard and the reminders share (docs/appeals-deadlines.md, "Due soon").
#include "features/appeals/appeal_service.hpp"

namespace kenes::appeals {

DueHorizon DueHorizonOn(db::Tx& tx, int64_t now_ms) {
  const CivilDate today = LocalDate(now_ms);
  WorkingCalendar calendar = calendar::CalendarService::Around(tx, today);
  return {today.ToString(), calendar.AddWorkingDays(today, kDueSoonWorkingDays).ToString(),
          calendar.AddWorkingDays(today, kForwardDueSoonWorkingDays).ToString()};
}

void MarkDue(std::vector<Appeal>& appeals, const DueHorizon& horizon) {
  for (auto& a : appeals) a.due = DueFlagsOf(a, horizon);
}

}  // namespace kenes::appeals
