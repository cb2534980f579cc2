#include "features/reception/reception_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::reception {

using http::Field;
using http::Json;
using http::Schema;

// The request types, as the edge reads them.
struct SessionsQuery {
  std::optional<int64_t> maslikhat_id, deputy_id;
  std::optional<std::string> from, to;
  bool mine = false;  // the signed-in person's own reception days
};
void Describe(Schema<SessionsQuery>& s) {
  s.Add("mine", &SessionsQuery::mine);
  s.Add("maslikhat_id", &SessionsQuery::maslikhat_id, {.lo = 1});
  s.Add("deputy_id", &SessionsQuery::deputy_id, {.lo = 1});
  s.Add("from", &SessionsQuery::from, {.max = 10});
  s.Add("to", &SessionsQuery::to, {.max = 10});
}

struct RepeatBody {
  std::string from, until;
  int weekday = 0;
  int nth = 0;
};
void Describe(Schema<RepeatBody>& s) {
  s.Add("from", &RepeatBody::from, {.required = true, .max = 10});
  s.Add("until", &RepeatBody::until, {.required = true, .max = 10});
  s.Add("weekday", &RepeatBody::weekday, {.required = true, .lo = 1, .hi = 7});
  s.Add("nth", &RepeatBody::nth, {.lo = 0, .hi = 5});
}

struct ScheduleBody {
  std::optional<int64_t> deputy_id;
  std::string host_name, day, starts_at, ends_at;
  int slot_minutes = 0, capacity = 0;
  PlaceKind place_kind = PlaceKind::kMaslikhat;
  std::string place, address, map_url, video_url;
  std::vector<RepeatBody> repeat;  // at most one: a list lets the edge name its fields
};
void Describe(Schema<ScheduleBody>& s) {
  s.Add("deputy_id", &ScheduleBody::deputy_id, {.lo = 1});
  s.Add("host_name", &ScheduleBody::host_name, {.max = 200});
  s.Add("day", &ScheduleBody::day, {.max = 10});
  s.Add("starts_at", &ScheduleBody::starts_at, {.required = true, .max = 5});
  s.Add("ends_at", &ScheduleBody::ends_at, {.required = true, .max = 5});
  s.Add("slot_minutes", &ScheduleBody::slot_minutes, {.required = true, .lo = 5, .hi = 480});
  s.Add("capacity", &ScheduleBody::capacity, {.required = true, .lo = 1, .hi = 50});
  s.Enum("place_kind", &ScheduleBody::place_kind, ParsePlaceKind, {.required = true});
  s.Add("place", &ScheduleBody::place, {.max = 300});
  s.Add("address", &ScheduleBody::address, {.max = 300});
  s.Add("map_url", &ScheduleBody::map_url, {.max = 1000});
  s.Add("video_url", &ScheduleBody::video_url, {.max = 1000});
  s.List("repeat", &ScheduleBody::repeat, {.max = 1});
  s.Check([](http::FieldSource& src, const ScheduleBody& b) {
    if (b.repeat.empty() && b.day.empty()) src.Fail("day", "required");
    if (!b.repeat.empty() && !b.day.empty()) src.Fail("day", "with_repeat");
  });
}

struct CancelBody {
  std::string reason;
};
void Describe(Schema<CancelBody>& s) {
  s.Add("reason", &CancelBody::reason, {.required = true, .min = 1, .max = 1000});
}

void Describe(Schema<MoveInput>& s) {
  s.Add("day", &MoveInput::day, {.required = true, .max = 10});
  s.Add("starts_at", &MoveInput::starts_at, {.required = true, .max = 5});
  s.Add("place", &MoveInput::place, {.max = 300});
  s.Add("address", &MoveInput::address, {.max = 300});
  s.Add("map_url", &MoveInput::map_url, {.max = 1000});
  s.Add("video_url", &MoveInput::video_url, {.max = 1000});
}

void Describe(Schema<BookingInput>& s) {
  s.Add("slot", &BookingInput::slot, {.max = 5});
  s.Add("topic", &BookingInput::topic, {.required = true, .min = 1, .max = 200});
  s.Add("description", &BookingInput::description, {.max = 2000});
  s.Add("language", &BookingInput::language, {.max = 2});
  s.Add("name", &BookingInput::name, {.max = 200});
  s.Add("phone", &BookingInput::phone, {.max = 40});
  s.Add("email", &BookingInput::email, {.max = 254});
  s.Check([](http::FieldSource& src, const BookingInput& b) {
    if (!b.language.empty() && b.language != "kk" && b.language != "ru" && b.language != "en")
      src.Fail("language", "invalid");
  });
}

void Describe(Schema<WalkInInput>& s) {
  s.Add("name", &WalkInInput::name, {.required = true, .min = 1, .max = 200});
  s.Add("phone", &WalkInInput::phone, {.max = 40});
  s.Add("email", &WalkInInput::email, {.max = 254});
  s.Add("topic", &WalkInInput::topic, {.required = true, .min = 1, .max = 200});
  s.Add("language", &WalkInInput::language, {.max = 2});
}

void Describe(Schema<VisitInput>& s) {
  s.Add("attended", &VisitInput::attended, {.required = true});
  s.Add("matter", &VisitInput::matter, {.max = 5000});
  s.Add("promised", &VisitInput::promised, {.max = 2000});
  s.Add("follow_up_on", &VisitInput::follow_up_on, {.max = 10});
  s.Add("category", &VisitInput::category, {.max = 64});
}

void Describe(Schema<AppealFromVisit>& s) {
  s.Enum("type", &AppealFromVisit::type, appeals::ParseType);
  s.Add("subject", &AppealFromVisit::subject, {.required = true, .min = 3, .max = 200});
  s.Add("body", &AppealFromVisit::body, {.required = true, .min = 10, .max = 20000});
}

namespace {

using http::Call;
using http::Endpoint;
using http::NoBody;

Json SessionJson(const SessionView& v) {
  const Session& s = v.session;
  Json slots = Json::array();
  int free = 0;
  for (const auto& slot : v.slots) {
    slots.push_back({{"start", slot.start}, {"end", slot.end}, {"free", slot.free}});
    free += slot.free;
  }
  return Json{{"id", s.id},
              {"maslikhat_id", s.maslikhat_id},
              {"deputy_id", s.deputy_id ? Json(*s.deputy_id) : Json(nullptr)},
              {"host_name", s.host_name},
              {"host_name_kk", v.host_name_kk},
              {"host_name_ru", v.host_name_ru},
              {"day", s.day},
              {"starts_at", s.starts_at},
              {"ends_at", s.ends_at},
              {"slot_minutes", s.slot_minutes},
              {"capacity", s.capacity},
              {"place_kind", PlaceKindName(s.place_kind)},
              {"place", s.place},
              {"address", s.address},
              {"map_url", s.map_url},
              {"video_url", s.video_url},
              {"status", SessionStatusName(s.status)},
              {"cancel_reason", s.cancel_reason},
              {"moves", s.moves},
              {"slots", slots},
              {"free", free},
              {"waitlisted", v.waitlisted}};
}

Json OptText(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }
Json OptInt(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

// A booking with the visitor's contact: only its owner and the session's hosts get here.
Json BookingJson(const Booking& b) {
  return Json{
      {"id", b.id},
      {"session_id", b.session_id},
      {"slot", OptText(b.slot)},
      {"status", BookingStatusName(b.status)},
      {"name", b.name},
      {"email", b.email},
      {"phone", b.phone},
      {"language", b.language},
      {"topic", b.topic},
      {"description", b.description},
      {"walk_in", b.walk_in},
      {"visited_at", b.visited_at_ms ? Json(FormatIsoUtc(*b.visited_at_ms)) : Json(nullptr)},
      {"matter", b.matter},
      {"promised", b.promised},
      {"follow_up_on", OptText(b.follow_up_on)},
      {"category", OptText(b.category)},
      {"appeal_id", OptInt(b.appeal_id)},
      {"appeal_number", OptText(b.appeal_number)},
      {"created_at", b.created_at}};
}

Json BookingViewJson(const BookingView& v) {
  Json j = BookingJson(v.booking);
  j["session"] = SessionJson(v.session);
  return j;
}

std::optional<CivilDate> Day(const std::string& s) { return CivilDate::Parse(s); }

}  // namespace

void RegisterReceptionRoutes(http::Routes& routes, const std::shared_ptr<ReceptionService>& svc) {
  routes.Add(Endpoint<SessionsQuery, std::vector<SessionView>>{
      .method = "GET",
      .path = "/api/v1/reception-sessions",
      .handle =
          [svc](const Call& c, const SessionsQuery& q) {
            if (q.mine)
              return svc->OwnUpcoming(c.actor, {std::nullopt, std::nullopt, q.from, q.to});
            return svc->Upcoming({q.maslikhat_id, q.deputy_id, q.from, q.to});
          },
      .to_json =
          [](const std::vector<SessionView>& list) {
            Json items = Json::array();
            for (const auto& v : list) items.push_back(SessionJson(v));
            return Json{{"items", items}};
          }});
  routes.Add(
      Endpoint<NoBody, SessionView>{.method = "GET",
                                    .path = "/api/v1/reception-sessions/{id}",
                                    .handle = [svc](const Call& c) { return svc->Get(c.Id()); },
                                    .to_json = SessionJson});
  routes.Add(Endpoint<ScheduleBody, ScheduleResult>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/reception-sessions",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c, ScheduleBody b) -> Result<ScheduleResult> {
        NewSessions in;
        Session& s = in.session;
        s.deputy_id = b.deputy_id;
        s.host_name = b.host_name;
        s.day = b.day;
        s.starts_at = b.starts_at;
        s.ends_at = b.ends_at;
        s.slot_minutes = b.slot_minutes;
        s.capacity = b.capacity;
        s.place_kind = b.place_kind;
        s.place = b.place;
        s.address = b.address;
        s.map_url = b.map_url;
        s.video_url = b.video_url;
        if (!b.repeat.empty()) {
          const auto& r = b.repeat.front();
          auto from = Day(r.from);
          auto until = Day(r.until);
          std::map<std::string, std::string> bad;
          if (!from) bad["repeat.0.from"] = "invalid";
          if (!until) bad["repeat.0.until"] = "invalid";
          if (!bad.empty()) return Error::InvalidFields(bad);
          in.repeat = Recurrence{*from, *until, r.weekday, r.nth};
        }
        return svc->Schedule(c.actor, c.Id(), std::move(in));
      },
      .to_json =
          [](const ScheduleResult& r) {
            Json created = Json::array();
            for (const auto& s : r.created)
              created.push_back(SessionJson(SessionView{s, {}, 0, {}, {}}));
            return Json{{"created", created}, {"skipped", r.skipped}};
          }});
  routes.Add(Endpoint<CancelBody, SessionView>{
      .method = "POST",
      .path = "/api/v1/reception-sessions/{id}/cancel",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const CancelBody& b) { return svc->Cancel(c.actor, c.Id(), b.reason); },
      .to_json = SessionJson});
  routes.Add(Endpoint<MoveInput, SessionView>{
      .method = "POST",
      .path = "/api/v1/reception-sessions/{id}/move",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const MoveInput& in) { return svc->Move(c.actor, c.Id(), in); },
      .to_json = SessionJson});

  routes.Add(Endpoint<BookingInput, BookingView>{
      .method = "POST",
      .path = "/api/v1/reception-sessions/{id}/bookings",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      BookingInput in) { return svc->Book(c.actor, c.Id(), std::move(in)); },
      .to_json = BookingViewJson});
  routes.Add(Endpoint<NoBody, DayList>{
      .method = "GET",
      .path = "/api/v1/reception-sessions/{id}/bookings",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Day(c.actor, c.Id()); },
      .to_json =
          [](const DayList& d) {
            Json items = Json::array();
            for (const auto& b : d.bookings) items.push_back(BookingJson(b));
            return Json{{"session", SessionJson(d.session)}, {"items", items}};
          }});
  routes.Add(Endpoint<WalkInInput, Booking>{
      .method = "POST",
      .path = "/api/v1/reception-sessions/{id}/walk-ins",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const WalkInInput& in) { return svc->WalkIn(c.actor, c.Id(), in); },
      .to_json = BookingJson});

  routes.Add(Endpoint<NoBody, std::vector<BookingView>>{
      .method = "GET",
      .path = "/api/v1/me/reception-bookings",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Mine(c.actor); },
      .to_json =
          [](const std::vector<BookingView>& list) {
            Json items = Json::array();
            for (const auto& v : list) items.push_back(BookingViewJson(v));
            return Json{{"items", items}};
          }});
  routes.Add(Endpoint<NoBody, BookingView>{
      .method = "POST",
      .path = "/api/v1/reception-bookings/{id}/cancel",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->CancelBooking(c.actor, c.Id()); },
      .to_json = BookingViewJson});
  routes.Add(Endpoint<VisitInput, Booking>{
      .method = "POST",
      .path = "/api/v1/reception-bookings/{id}/visit",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      VisitInput in) { return svc->RecordVisit(c.actor, c.Id(), std::move(in)); },
      .to_json = BookingJson});
  routes.Add(Endpoint<AppealFromVisit, Booking>{
      .method = "POST",
      .path = "/api/v1/reception-bookings/{id}/appeal",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const AppealFromVisit& in) { return svc->MakeAppeal(c.actor, c.Id(), in); },
      .to_json = BookingJson});
}

}  // namespace kenes::reception
