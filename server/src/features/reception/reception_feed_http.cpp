#include "features/reception/reception_feed_http.hpp"

#include "features/reception/reception_feed.hpp"
#include "platform/http/endpoint.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::reception {

using http::Schema;

struct FeedQuery {
  std::string lang = "ru";
};
void Describe(Schema<FeedQuery>& s) {
  s.Add("lang", &FeedQuery::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const FeedQuery& q) {
    if (q.lang != "kk" && q.lang != "ru" && q.lang != "en") src.Fail("lang", "invalid");
  });
}

struct CancelLink {
  std::string token;
};
void Describe(Schema<CancelLink>& s) {
  s.Add("token", &CancelLink::token, {.required = true, .min = 1, .max = 200});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::Response;

Result<Response> Ics(Result<std::string> text, const char* filename) {
  if (!text.ok()) return text.error();
  Response res;
  res.SetHeader("Content-Type", "text/calendar; charset=utf-8");
  res.SetHeader("Content-Disposition", std::string("inline; filename=\"") + filename + "\"");
  res.body = std::move(text).value();
  return res;
}

// What the cancel page shows: the session and the slot, without the person's contacts (the link
// may have been forwarded).
Json LinkedJson(const BookingView& v) {
  const Session& s = v.session.session;
  const Booking& b = v.booking;
  return Json{{"id", b.id},
              {"status", BookingStatusName(b.status)},
              {"slot", b.slot ? Json(*b.slot) : Json(nullptr)},
              {"topic", b.topic},
              {"session",
               {{"id", s.id},
                {"deputy_id", s.deputy_id ? Json(*s.deputy_id) : Json(nullptr)},
                {"host_name", s.host_name},
                {"host_name_kk", v.session.host_name_kk},
                {"host_name_ru", v.session.host_name_ru},
                {"day", s.day},
                {"starts_at", s.starts_at},
                {"ends_at", s.ends_at},
                {"place_kind", PlaceKindName(s.place_kind)},
                {"place", s.place},
                {"address", s.address},
                {"video_url", s.video_url},
                {"status", SessionStatusName(s.status)}}}};
}

}  // namespace

void RegisterReceptionFeeds(ModuleContext& ctx, const std::shared_ptr<ReceptionService>& svc,
                            const std::shared_ptr<directory::DirectoryService>& directory) {
  svc->SetPublicUrl(ctx.config.http.public_url);
  auto feeds =
      std::make_shared<ReceptionFeeds>(ctx.db, ctx.clock, directory, ctx.config.http.public_url);
  http::Routes& routes = ctx.routes;
  routes.Add(Endpoint<FeedQuery, Response>{.method = "GET",
                                           .path = "/api/v1/reception-bookings/{id}/booking.ics",
                                           .access = http::Access::kSignedIn,
                                           .handle = [feeds](const Call& c, const FeedQuery& q) {
                                             return Ics(feeds->Booking(c.actor, c.Id(), q.lang),
                                                        "booking.ics");
                                           }});
  routes.Add(Endpoint<FeedQuery, Response>{.method = "GET",
                                           .path = "/api/v1/deputies/{id}/receptions.ics",
                                           .handle = [feeds](const Call& c, const FeedQuery& q) {
                                             return Ics(feeds->Deputy(c.Id(), q.lang),
                                                        "receptions.ics");
                                           }});
  routes.Add(Endpoint<FeedQuery, Response>{.method = "GET",
                                           .path = "/api/v1/maslikhats/{id}/receptions.ics",
                                           .handle = [feeds](const Call& c, const FeedQuery& q) {
                                             return Ics(feeds->Maslikhat(c.Id(), q.lang),
                                                        "receptions.ics");
                                           }});
  // The token travels in a body, never in a URL the server would log.
  routes.Add(Endpoint<CancelLink, BookingView>{
      .method = "POST",
      .path = "/api/v1/reception-bookings/by-link",
      .handle = [svc](const Call&, const CancelLink& in) { return svc->LinkedBooking(in.token); },
      .to_json = LinkedJson});
  routes.Add(Endpoint<CancelLink, BookingView>{
      .method = "POST",
      .path = "/api/v1/reception-bookings/cancel-by-link",
      .handle = [svc](const Call&, const CancelLink& in) { return svc->CancelByLink(in.token); },
      .to_json = LinkedJson});

  // A daily scan of tomorrow's bookings rather than one job per booking: a booking made, promoted
  // from the waitlist or cancelled at any time needs no job of its own to add or withdraw, the
  // scan sees the bookings as they are at 09:00, and `reminded_at` (set in the transaction that
  // queues the mail) keeps it to one reminder across reruns and restarts.
  const Clock& clock = ctx.clock;
  db::Database& db = ctx.db;
  ctx.jobs.Register(kRemindersJob, [svc, &clock, &db](const jobs::Job&) {
    const int64_t now = clock.NowMs();
    svc->SendReminders(calendar::LocalDate(now).AddDays(1).ToString());
    jobs::EnsureQueued(db, kRemindersJob, now, NextReminderRun(now));
  });
  jobs::EnsureQueued(ctx.db, kRemindersJob, ctx.clock.NowMs(), NextReminderRun(ctx.clock.NowMs()));
}

}  // namespace kenes::reception
