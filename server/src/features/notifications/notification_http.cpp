#include "features/notifications/notification_http.hpp"

#include "platform/http/endpoint.hpp"
#include "platform/http/event_stream.hpp"

namespace kenes::notifications {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;

constexpr int64_t kMaxPage = 1'000'000;

struct InboxQuery {
  bool unread_only = false;
  int64_t page = 1;
  int64_t page_size = 20;
};

void Describe(http::Schema<InboxQuery>& s) {
  s.Add("unread_only", &InboxQuery::unread_only);
  s.Add("page", &InboxQuery::page);
  s.Add("page_size", &InboxQuery::page_size);
  // A number out of range is "invalid" like one that is not a number: the pager reads one reason.
  s.Check([](http::FieldSource& src, const InboxQuery& q) {
    if (q.page < 1 || q.page > kMaxPage) src.Fail("page", "invalid");
    if (q.page_size < 1 || q.page_size > NotificationService::kMaxPageSize) {
      src.Fail("page_size", "invalid");
    }
  });
}

struct MarkRead {
  std::optional<bool> all;
  std::optional<std::vector<int64_t>> ids;
};

void Describe(http::Schema<MarkRead>& s) {
  s.Add("all", &MarkRead::all);
  s.Add("ids", &MarkRead::ids, {.max = NotificationService::kMaxMarkIds});
  s.Check([](http::FieldSource& src, const MarkRead& m) {
    if (!m.all.value_or(false) && !m.ids) src.Fail("ids", "required");
  });
}

Json NotificationJson(const Notification& n) {
  return Json{{"id", n.id},
              {"kind", n.kind},
              {"appeal_id", n.appeal_id ? Json(*n.appeal_id) : Json(nullptr)},
              {"appeal_number", n.appeal_number},
              {"booking_id", n.booking_id ? Json(*n.booking_id) : Json(nullptr)},
              {"event_id", n.event_id ? Json(*n.event_id) : Json(nullptr)},
              {"post_id", n.post_id ? Json(*n.post_id) : Json(nullptr)},
              {"draft_id", n.draft_id ? Json(*n.draft_id) : Json(nullptr)},
              {"detail", n.detail},
              {"created_at", n.created_at},
              {"read_at", n.read_at ? Json(*n.read_at) : Json(nullptr)}};
}

Json PageJson(const NotificationPage& p) {
  Json items = Json::array();
  for (const auto& n : p.items) items.push_back(NotificationJson(n));
  return Json{{"items", items},
              {"total", p.total},
              {"unread", p.unread},
              {"page", p.page},
              {"page_size", p.page_size}};
}

}  // namespace

void RegisterNotificationRoutes(http::Routes& routes,
                                const std::shared_ptr<NotificationService>& svc) {
  routes.Add(Endpoint<InboxQuery, NotificationPage>{
      .method = "GET",
      .path = "/api/v1/me/notifications",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, InboxQuery q) {
            // The schema's check keeps both within int.
            return svc->List(c.actor, q.unread_only, static_cast<int>(q.page),
                             static_cast<int>(q.page_size));
          },
      .to_json = PageJson});

  // The bell's live stream (text/event-stream): instead of asking every minute, the page hears
  // of each new notification as its transaction commits, on whichever node it happened.
  routes.Add(Endpoint<http::NoBody, http::Response>{
      .method = "GET",
      .path = "/api/v1/me/events",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) -> Result<http::Response> {
        auto stream = svc->OpenStream(c.actor);
        if (!stream.ok()) return stream.error();
        http::Response res;
        res.SetHeader("Content-Type", "text/event-stream; charset=utf-8");
        res.SetHeader("Cache-Control", "no-store");
        res.SetHeader("X-Accel-Buffering", "no");  // nginx passes each frame on at once
        res.stream = std::move(stream.value());
        // The first frame tells the client it is connected (and when to retry after a drop).
        res.stream->Push("retry: 5000\n\n" + http::EventStream::Frame("ready", "{}"));
        return res;
      }});

  routes.Add(Endpoint<MarkRead, int64_t>{.method = "POST",
                                         .path = "/api/v1/me/notifications/read",
                                         .access = http::Access::kSignedIn,
                                         .handle =
                                             [svc](const Call& c, MarkRead m) {
                                               return m.all.value_or(false)
                                                          ? svc->MarkAllRead(c.actor)
                                                          : svc->MarkRead(c.actor, *m.ids);
                                             },
                                         .to_json =
                                             [](const int64_t& unread) {
                                               return Json{{"unread", unread}};
                                             }});
}

}  // namespace kenes::notifications
