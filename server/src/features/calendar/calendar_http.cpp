#include "features/calendar/calendar_http.hpp"

namespace kenes::calendar {
namespace {

using http::Fail;
using http::Json;
using http::Request;

// A year's exception rows; the most a year can have is every one of its days.
constexpr size_t kMaxRows = 366;

Json YearJson(int year, const std::vector<CalendarDay>& days) {
  Json out = Json::array();
  for (const auto& d : days) {
    out.push_back(
        {{"day", d.day.ToString()}, {"kind", std::string(DayKindName(d.kind))}, {"note", d.note}});
  }
  return {{"year", year}, {"days", out}};
}

// The path's year, or nullopt (answered 404) when it is not a number.
std::optional<int> PathYear(const Request& req) {
  auto y = http::ParseId(req.Param("year"));
  if (!y || *y > 9999) return std::nullopt;
  return static_cast<int>(*y);
}

// The body's `days` as text rows: shape problems are the reader's, value problems ParseYear's.
std::vector<CalendarDayText> ReadDays(http::BodyReader& b) {
  std::vector<CalendarDayText> rows;
  const Json* list = b.Raw("days");
  if (!list) {
    b.Fail("days", "required");
    return rows;
  }
  if (!list->is_array() || list->size() > kMaxRows) {
    b.Fail("days", "invalid");
    return rows;
  }
  for (const auto& d : *list) {
    if (!d.is_object() || !d.contains("day") || !d["day"].is_string() || !d.contains("kind") ||
        !d["kind"].is_string() || (d.contains("note") && !d["note"].is_string())) {
      b.Fail("days", "invalid");
      return {};
    }
    rows.push_back({d["day"], d["kind"], d.value("note", "")});
  }
  return rows;
}

}  // namespace

void RegisterCalendarRoutes(http::Routes& routes, const std::shared_ptr<CalendarService>& svc) {
  routes.Add(
      "GET", "/api/v1/calendar",
      [svc](const Request& req, const Actor& actor) {
        auto r = svc->CoverageFor(actor);
        if (!r.ok()) return Fail(r.error(), req);
        Json years = Json::array();
        for (const auto& [year, rows] : r->rows_per_year)
          years.push_back({{"year", year}, {"days", rows}});
        return http::JsonResponse(200, {{"years", years}, {"missing", r->missing}});
      },
      http::Access::kSignedIn);

  routes.Add("GET", "/api/v1/calendar/{year}", [svc](const Request& req, const Actor&) {
    auto year = PathYear(req);
    if (!year) return Fail(Error::NotFound(), req);
    auto r = svc->Year(*year);
    if (!r.ok()) return Fail(r.error(), req);
    return http::JsonResponse(200, YearJson(*year, *r));
  });

  routes.Add(
      "PUT", "/api/v1/calendar/{year}",
      [svc](const Request& req, const Actor& actor) {
        auto year = PathYear(req);
        if (!year) return Fail(Error::NotFound(), req);
        auto b = http::BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        auto rows = ReadDays(*b);
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        auto r = svc->SetYear(actor, *year, rows);
        if (!r.ok()) return Fail(r.error(), req);
        return http::JsonResponse(200, YearJson(*year, *r));
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::calendar
