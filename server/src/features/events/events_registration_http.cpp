// Registration routes and the subscribable ICS calendars of a maslikhat's and a deputy's events.
#include "features/events/events_http.hpp"
#include "features/events/events_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::events {

using http::Schema;

struct CalendarQuery {
  std::string lang = "ru";
};
void Describe(Schema<CalendarQuery>& s) {
  s.Add("lang", &CalendarQuery::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const CalendarQuery& q) {
    if (q.lang != "kk" && q.lang != "ru" && q.lang != "en") src.Fail("lang", "invalid");
  });
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::Response;

Result<Response> Ics(Result<std::string> text) {
  if (!text.ok()) return text.error();
  Response res;
  res.SetHeader("Content-Type", "text/calendar; charset=utf-8");
  res.SetHeader("Content-Disposition", "inline; filename=\"events.ics\"");
  // Calendar apps poll; five minutes old is fresh enough and spares the database.
  res.SetHeader("Cache-Control", "public, max-age=300");
  res.body = std::move(text).value();
  return res;
}

// Personal data for the staff of the event's maslikhat only; never logged.
Json RegistrantsJson(const std::vector<Registrant>& list) {
  Json items = Json::array();
  for (const auto& r : list) {
    items.push_back({{"id", r.id},
                     {"user_id", r.user_id},
                     {"name", r.name},
                     {"email", r.email},
                     {"language", r.language},
                     {"created_at", r.created_at}});
  }
  return Json{{"items", items}, {"total", list.size()}};
}

}  // namespace

void RegisterRegistrationRoutes(http::Routes& routes, const std::shared_ptr<EventService>& svc) {
  routes.Add(Endpoint<http::NoBody, EventView>{
      .method = "POST",
      .path = "/api/v1/events/{id}/registration",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c) { return svc->Register(c.actor, c.Id()); },
      .to_json = EventJson});
  routes.Add(Endpoint<http::NoBody, EventView>{
      .method = "DELETE",
      .path = "/api/v1/events/{id}/registration",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Unregister(c.actor, c.Id()); },
      .to_json = EventJson});
  routes.Add(Endpoint<http::NoBody, std::vector<Registrant>>{
      .method = "GET",
      .path = "/api/v1/events/{id}/registrations",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Registrations(c.actor, c.Id()); },
      .to_json = RegistrantsJson});
  routes.Add(Endpoint<CalendarQuery, Response>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/events.ics",
      .handle = [svc](const Call& c, const CalendarQuery& q) {
        return Ics(svc->Calendar(CalendarScope::kMaslikhat, c.Id(), q.lang));
      }});
  routes.Add(Endpoint<CalendarQuery, Response>{
      .method = "GET",
      .path = "/api/v1/deputies/{id}/events.ics",
      .handle = [svc](const Call& c, const CalendarQuery& q) {
        return Ics(svc->Calendar(CalendarScope::kDeputy, c.Id(), q.lang));
      }});
}

}  // namespace kenes::events
