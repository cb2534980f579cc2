#include "features/calendar/calendar_service.hpp"

#include <string>

#include <nlohmann/json.hpp>

#include "features/calendar/calendar_policy.hpp"
#include "features/calendar/calendar_repository.hpp"
#include "platform/audit/audit.hpp"
#include "platform/log/log.hpp"

namespace kenes::calendar {
namespace {

CivilDate FirstDay(int year) { return {year, 1, 1}; }
CivilDate LastDay(int year) { return {year, 12, 31}; }

}  // namespace

Result<std::vector<CalendarDay>> CalendarService::Year(int year) {
  if (year < kFirstYear || year > kLastYear) return Error::Invalid("year", "invalid");
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<CalendarDay>> {
    return CalendarRepository().Range(tx, FirstDay(year), LastDay(year));
  });
}

Result<std::vector<CalendarDay>> CalendarService::SetYear(
    const Actor& actor, int year, const std::vector<CalendarDayText>& rows) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!CalendarPolicy::MayEdit(actor)) return Error::Denied();
  auto days = ParseYear(year, rows);
  if (!days.ok()) return days.error();
  return db_.Write([&](db::Tx& tx) -> Result<std::vector<CalendarDay>> {
    CalendarRepository repo;
    repo.ReplaceYear(tx, year, *days);
    nlohmann::json details = {{"year", year}, {"days", days->size()}};
    audit::Record(tx, actor, {"calendar.set", "calendar", year, details.dump()}, clock_.NowMs());
    return *days;
  });
}

Coverage CalendarService::ComputeCoverage(db::Tx& tx) {
  Coverage c;
  c.rows_per_year = CalendarRepository().RowsPerYear(tx);
  const CivilDate today = LocalDate(clock_.NowMs());
  const CivilDate horizon = today.AddDays(kDeadlineHorizonDays);
  for (int y = today.year; y <= horizon.year; ++y) {
    if (!c.rows_per_year.contains(y)) c.missing.push_back(y);
  }
  return c;
}

Result<Coverage> CalendarService::CoverageFor(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!CalendarPolicy::MaySeeCoverage(actor)) return Error::Denied();
  return db_.Read([&](db::Tx& tx) -> Result<Coverage> { return ComputeCoverage(tx); });
}

void CalendarService::WarnIfUncovered() {
  auto c = db_.Read([&](db::Tx& tx) -> Result<Coverage> { return ComputeCoverage(tx); });
  if (!c.ok() || c->missing.empty()) return;
  log::Warn("production calendar missing: deadlines in these years count holidays as working days",
            {{"years", c->missing}});
}

WorkingCalendar CalendarService::Around(db::Tx& tx, CivilDate from) {
  return ToWorkingCalendar(CalendarRepository().Range(tx, from.AddDays(-10), from.AddDays(400)));
}

Result<bool> LoadShippedYear(db::Database& db, const Clock& clock, int year, std::string_view csv) {
  auto rows = ReadCalendarCsv(csv);
  if (!rows.ok()) return rows.error();
  auto days = ParseYear(year, *rows);
  if (!days.ok()) return days.error();
  return db.Write([&](db::Tx& tx) -> Result<bool> {
    CalendarRepository repo;
    if (repo.RowsPerYear(tx).contains(year)) return false;
    repo.ReplaceYear(tx, year, *days);
    nlohmann::json details = {{"year", year}, {"days", days->size()}, {"source", "shipped"}};
    audit::Record(tx, Actor{}, {"calendar.set", "calendar", year, details.dump()}, clock.NowMs());
    return true;
  });
}

}  // namespace kenes::calendar
