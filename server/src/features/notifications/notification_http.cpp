#include "features/notifications/notification_http.hpp"

namespace kenes::notifications {
namespace {

using http::Fail;
using http::Json;
using http::Request;
using http::Response;

// The query parameter as a number within [1, max] (fallback when absent), or nullopt.
std::optional<int> PageParam(const Request& req, const char* name, const char* fallback, int max) {
  auto v = http::ParseId(req.Query(name).value_or(fallback));
  if (!v || *v < 1 || *v > max) return std::nullopt;
  return static_cast<int>(*v);
}

Json NotificationJson(const Notification& n) {
  return Json{{"id", n.id},
              {"kind", n.kind},
              {"appeal_id", n.appeal_id},
              {"appeal_number", n.appeal_number},
              {"created_at", n.created_at},
              {"read_at", n.read_at ? Json(*n.read_at) : Json(nullptr)}};
}

}  // namespace

void RegisterNotificationRoutes(http::Routes& routes,
                                const std::shared_ptr<NotificationService>& svc) {
  routes.Add(
      "GET", "/api/v1/me/notifications",
      [svc](const Request& req, const Actor& actor) {
        const std::string unread = req.Query("unread_only").value_or("false");
        if (unread != "true" && unread != "false")
          return Fail(Error::Invalid("unread_only", "invalid"), req);
        auto page = PageParam(req, "page", "1", 1'000'000);
        if (!page) return Fail(Error::Invalid("page", "invalid"), req);
        auto size = PageParam(req, "page_size", "20", NotificationService::kMaxPageSize);
        if (!size) return Fail(Error::Invalid("page_size", "invalid"), req);
        auto r = svc->List(actor, unread == "true", *page, *size);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& n : r->items) items.push_back(NotificationJson(n));
        return http::JsonResponse(200, {{"items", items},
                                        {"total", r->total},
                                        {"unread", r->unread},
                                        {"page", r->page},
                                        {"page_size", r->page_size}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/me/notifications/read",
      [svc](const Request& req, const Actor& actor) {
        auto b = http::BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        const bool all = b->Bool("all", false).value_or(false);
        std::vector<int64_t> ids;
        if (const Json* raw = b->Raw("ids")) {
          if (!raw->is_array() || raw->size() > NotificationService::kMaxMarkIds) {
            b->Fail("ids", raw->is_array() ? "too_many" : "wrong_type");
          } else {
            for (const auto& v : *raw) {
              if (!v.is_number_integer()) {
                b->Fail("ids", "wrong_type");
                break;
              }
              ids.push_back(v.get<int64_t>());
            }
          }
        }
        if (!all && !b->Has("ids")) b->Fail("ids", "required");
        if (auto done = b->Done(); !done.ok()) return Fail(done.error(), req);
        auto r = all ? svc->MarkAllRead(actor) : svc->MarkRead(actor, ids);
        if (!r.ok()) return Fail(r.error(), req);
        return http::JsonResponse(200, {{"unread", *r}});
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::notifications
