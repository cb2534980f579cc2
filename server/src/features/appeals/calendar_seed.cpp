#include "features/appeals/calendar_seed.hpp"

#include <nlohmann/json.hpp>

#include "features/appeals/appeal_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/text/csv.hpp"

namespace kenes::appeals {

Status ImportCalendarCsv(db::Database& db, const Clock& clock, int year, std::string_view csv) {
  auto parsed = text::ParseCsv(csv);
  if (parsed.error) return Error::Invalid("csv", *parsed.error);
  std::vector<CalendarDay> days;
  for (const auto& r : parsed.records) {
    if (r.fields.size() < 2 || r.fields[0] == "day") continue;  // the header
    days.push_back({r.fields[0], r.fields[1], r.fields.size() > 2 ? r.fields[2] : ""});
  }
  if (auto f = CalendarProblems(year, days); !f.empty()) {
    Error e = Error::Invalid(f.begin()->first, f.begin()->second);
    e.fields = f;
    return e;
  }
  AppealRepository repo;
  return db.Write([&](db::Tx& tx) -> Status {
    repo.ReplaceCalendarYear(tx, year, days);
    nlohmann::json details = {{"year", year}, {"days", days.size()}, {"source", "seed"}};
    audit::Record(tx, Actor{}, {"appeals.calendar_set", "calendar", year, details.dump()},
                  clock.NowMs());
    return Ok();
  });
}

}  // namespace kenes::appeals
