#include "features/calendar/calendar_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::calendar {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;

// A year's exception rows; the most a year can have is every one of its days.
constexpr size_t kMaxRows = 366;

// The path's year is an id (the edge checks that); beyond four digits there is no such calendar.
constexpr int64_t kMaxPathYear = 9999;

struct YearDays {
  int year = 0;
  std::vector<CalendarDay> days;
};

Json YearJson(const YearDays& y) {
  Json out = Json::array();
  for (const auto& d : y.days) {
    out.push_back(
        {{"day", d.day.ToString()}, {"kind", std::string(DayKindName(d.kind))}, {"note", d.note}});
  }
  return {{"year", y.year}, {"days", out}};
}

Json CoverageJson(const Coverage& c) {
  Json years = Json::array();
  for (const auto& [year, rows] : c.rows_per_year)
    years.push_back({{"year", year}, {"days", rows}});
  return {{"years", years}, {"missing", c.missing}};
}

// `days` as text rows, or nullopt when its shape is wrong; the values are ParseYear's to check.
std::optional<std::vector<CalendarDayText>> DayRows(const Json& list) {
  if (!list.is_array() || list.size() > kMaxRows) return std::nullopt;
  std::vector<CalendarDayText> rows;
  for (const auto& d : list) {
    if (!d.is_object() || !d.contains("day") || !d["day"].is_string() || !d.contains("kind") ||
        !d["kind"].is_string() || (d.contains("note") && !d["note"].is_string())) {
      return std::nullopt;
    }
    rows.push_back({d["day"], d["kind"], d.value("note", "")});
  }
  return rows;
}

struct YearBody {
  std::optional<Json> days;
};

bool AnyJson(const Json&) { return true; }

void Describe(http::Schema<YearBody>& s) {
  // Any shape problem of the list is "days": "invalid"; the service names a bad row's field.
  s.Json("days", &YearBody::days, AnyJson, {.required = true});
  s.Check([](http::FieldSource& src, const YearBody& b) {
    if (b.days && !DayRows(*b.days)) src.Fail("days", "invalid");
  });
}

// The path's year, or 404 when there can be no such calendar.
Result<int> PathYear(const Call& c) {
  const int64_t year = c.Id("year");
  if (year > kMaxPathYear) return Error::NotFound();
  return static_cast<int>(year);
}

}  // namespace

void RegisterCalendarRoutes(http::Routes& routes, const std::shared_ptr<CalendarService>& svc) {
  routes.Add(Endpoint<NoBody, Coverage>{
      .method = "GET",
      .path = "/api/v1/calendar",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->CoverageFor(c.actor); },
      .to_json = CoverageJson});

  routes.Add(Endpoint<NoBody, YearDays>{.method = "GET",
                                        .path = "/api/v1/calendar/{year}",
                                        .handle = [svc](const Call& c) -> Result<YearDays> {
                                          auto year = PathYear(c);
                                          if (!year.ok()) return year.take_error();
                                          auto days = svc->Year(*year);
                                          if (!days.ok()) return days.take_error();
                                          return YearDays{*year, std::move(*days)};
                                        },
                                        .to_json = YearJson});

  routes.Add(Endpoint<YearBody, YearDays>{
      .method = "PUT",
      .path = "/api/v1/calendar/{year}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c, const YearBody& b) -> Result<YearDays> {
        auto year = PathYear(c);
        if (!year.ok()) return year.take_error();
        auto days = svc->SetYear(c.actor, *year, *DayRows(*b.days));
        if (!days.ok()) return days.take_error();
        return YearDays{*year, std::move(*days)};
      },
      .to_json = YearJson});
}

}  // namespace kenes::calendar
