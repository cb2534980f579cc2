// Events' declared routes: the public list and page, and the organisers' editor. Registrations
// and the ICS calendars are in events_registration_http.cpp.
#include "features/events/events_http.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/events/events_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::events {

using http::Json;
using http::Schema;

namespace {

void CheckLang(http::FieldSource& src, const std::string& lang) {
  if (lang != "kk" && lang != "ru" && lang != "en") src.Fail("lang", "invalid");
}

}  // namespace

struct LangQuery {
  std::string lang = "ru";
};
void Describe(Schema<LangQuery>& s) {
  s.Add("lang", &LangQuery::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const LangQuery& q) { CheckLang(src, q.lang); });
}

struct ListQuery {
  std::optional<int64_t> maslikhat, deputy, okrug;
  std::optional<EventType> type;
  std::optional<std::string> from, to, cursor;
  std::string lang = "ru";
  int64_t limit = 50;
};
void Describe(Schema<ListQuery>& s) {
  const http::Rule id{.lo = 1};
  s.Add("maslikhat", &ListQuery::maslikhat, id);
  s.Add("deputy", &ListQuery::deputy, id);
  s.Add("okrug", &ListQuery::okrug, id);
  s.Enum("type", &ListQuery::type, ParseEventType);
  s.Add("from", &ListQuery::from, {.max = 10});
  s.Add("to", &ListQuery::to, {.max = 10});
  s.Add("cursor", &ListQuery::cursor, {.max = 40});
  s.Add("lang", &ListQuery::lang, {.max = 2});
  s.Add("limit", &ListQuery::limit, {.lo = 1, .hi = EventService::kMaxPage});
  s.Check([](http::FieldSource& src, const ListQuery& q) {
    CheckLang(src, q.lang);
    if (q.from && !calendar::CivilDate::Parse(*q.from)) src.Fail("from", "invalid");
    if (q.to && !calendar::CivilDate::Parse(*q.to)) src.Fail("to", "invalid");
    if (q.from && q.to && *q.to < *q.from) src.Fail("to", "before_from");
    if (q.cursor) {
      const size_t sep = q.cursor->find('~');
      if (sep == std::string::npos || !ParseLocalTime(q.cursor->substr(0, sep)) ||
          !http::ParseId(q.cursor->substr(sep + 1))) {
        src.Fail("cursor", "invalid");
      }
    }
  });
}

struct TextBody {
  std::string title, description;
};
void Describe(Schema<TextBody>& s) {
  s.Add("title", &TextBody::title, {.max = kMaxTitleChars});
  s.Add("description", &TextBody::description, {.max = kMaxDescriptionChars});
}

struct TextsBody {
  std::optional<TextBody> kk, ru, en;
};
void Describe(Schema<TextsBody>& s) {
  s.Object("kk", &TextsBody::kk);
  s.Object("ru", &TextsBody::ru);
  s.Object("en", &TextsBody::en);
}

struct DraftBody {
  EventType type = EventType::kVoterMeeting;
  std::optional<int64_t> deputy_id, okrug_id, commission_id, capacity;
  std::string starts_at, ends_at, place, online_url;
  std::optional<TextsBody> texts;
};
void Describe(Schema<DraftBody>& s) {
  s.Enum("type", &DraftBody::type, ParseEventType, {.required = true});
  s.Add("deputy_id", &DraftBody::deputy_id, {.lo = 1});
  s.Add("okrug_id", &DraftBody::okrug_id, {.lo = 1});
  s.Add("commission_id", &DraftBody::commission_id, {.lo = 1});
  s.Add("capacity", &DraftBody::capacity, {.lo = 1, .hi = kMaxCapacity});
  s.Add("starts_at", &DraftBody::starts_at, {.required = true, .max = 16});
  s.Add("ends_at", &DraftBody::ends_at, {.required = true, .max = 16});
  s.Add("place", &DraftBody::place, {.max = kMaxPlaceChars});
  s.Add("online_url", &DraftBody::online_url, {.max = kMaxUrlChars});
  s.Object("texts", &DraftBody::texts, {.required = true});
}

struct CancelBody {
  std::string reason;
};
void Describe(Schema<CancelBody>& s) {
  s.Add("reason", &CancelBody::reason, {.required = true, .max = 1000});
}

struct ReportBody {
  std::string report;
};
void Describe(Schema<ReportBody>& s) {
  s.Add("report", &ReportBody::report, {.required = true, .max = kMaxReportChars});
}

namespace {

using http::Call;
using http::Endpoint;

EventDraft DraftOf(const DraftBody& b) {
  EventDraft d;
  d.type = b.type;
  d.deputy_id = b.deputy_id;
  d.okrug_id = b.okrug_id;
  d.commission_id = b.commission_id;
  d.capacity = b.capacity;
  d.starts_at = b.starts_at;
  d.ends_at = b.ends_at;
  d.place = b.place;
  d.online_url = b.online_url;
  if (b.texts) {
    const std::optional<TextBody>* in[] = {&b.texts->kk, &b.texts->ru, &b.texts->en};
    for (size_t i = 0; i < kLanguages.size(); ++i) {
      if (*in[i]) d.texts.at(i) = {(*in[i])->title, (*in[i])->description};
    }
  }
  return d;
}

}  // namespace

void RegisterEventRoutes(http::Routes& routes, const std::shared_ptr<EventService>& svc) {
  routes.Add(Endpoint<ListQuery, EventPage>{
      .method = "GET",
      .path = "/api/v1/public/events",
      .handle =
          [svc](const Call&, const ListQuery& q) {
            EventFilter f;
            f.maslikhat_id = q.maslikhat;
            f.deputy_id = q.deputy;
            f.okrug_id = q.okrug;
            f.type = q.type;
            f.from = q.from;
            f.to = q.to;
            if (q.cursor) {
              const size_t sep = q.cursor->find('~');
              f.after_at = q.cursor->substr(0, sep);
              f.after_id = *http::ParseId(q.cursor->substr(sep + 1));
            }
            return svc->PublicList(f, q.lang, static_cast<int>(q.limit));
          },
      .to_json = PageJson});
  routes.Add(Endpoint<LangQuery, EventView>{
      .method = "GET",
      .path = "/api/v1/public/events/{id}",
      .handle = [svc](const Call& c,
                      const LangQuery& q) { return svc->PublicGet(c.actor, c.Id(), q.lang); },
      .to_json = EventJson});
  routes.Add(Endpoint<http::NoBody, std::vector<EventView>>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/events",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->List(c.actor, c.Id()); },
      .to_json = ListJson});
  routes.Add(Endpoint<DraftBody, EventView>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/events",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const DraftBody& b) { return svc->Create(c.actor, c.Id(), DraftOf(b)); },
      .to_json = EditorJson});
  routes.Add(Endpoint<http::NoBody, EventView>{
      .method = "GET",
      .path = "/api/v1/events/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .to_json = EditorJson});
  routes.Add(Endpoint<DraftBody, EventView>{
      .method = "PUT",
      .path = "/api/v1/events/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const DraftBody& b) { return svc->Update(c.actor, c.Id(), DraftOf(b)); },
      .to_json = EditorJson});
  routes.Add(Endpoint<CancelBody, EventView>{
      .method = "POST",
      .path = "/api/v1/events/{id}/cancel",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const CancelBody& b) { return svc->Cancel(c.actor, c.Id(), b.reason); },
      .to_json = EditorJson});
  routes.Add(Endpoint<ReportBody, EventView>{
      .method = "POST",
      .path = "/api/v1/events/{id}/report",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const ReportBody& b) { return svc->Report(c.actor, c.Id(), b.report); },
      .to_json = EditorJson});
}

}  // namespace kenes::events
