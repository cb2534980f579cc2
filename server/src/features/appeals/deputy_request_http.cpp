#include "features/appeals/deputy_request_http.hpp"

#include "features/appeals/appeal_json.hpp"

namespace kenes::appeals {
namespace {

using http::BodyReader;
using http::Fail;
using http::Json;
using http::JsonResponse;
using http::Request;
using http::Response;

}  // namespace

void RegisterDeputyRequestRoutes(http::Routes& routes,
                                 const std::shared_ptr<DeputyRequestService>& requests) {
  routes.Add("GET", "/api/v1/executive-bodies", [requests](const Request& req, const Actor&) {
    auto r = requests->Bodies();
    if (!r.ok()) return Fail(r.error(), req);
    Json items = Json::array();
    for (const auto& b : *r) {
      items.push_back({{"id", b.id},
                       {"maslikhat_id", Nullable(b.maslikhat_id)},
                       {"name_kk", b.name_kk},
                       {"name_ru", b.name_ru}});
    }
    return JsonResponse(200, {{"items", items}});
  });

  routes.Add(
      "POST", "/api/v1/executive-bodies",
      [requests](const Request& req, const Actor& actor) {
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        ExecutiveBody body;
        body.maslikhat_id = b->Int("maslikhat_id", false);
        body.name_kk = b->Str("name_kk", true, 1, 300).value_or("");
        body.name_ru = b->Str("name_ru", true, 1, 300).value_or("");
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        auto r = requests->CreateBody(actor, body);
        if (!r.ok()) return Fail(r.error(), req);
        return JsonResponse(201, {{"id", r->id},
                                  {"maslikhat_id", Nullable(r->maslikhat_id)},
                                  {"name_kk", r->name_kk},
                                  {"name_ru", r->name_ru}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/appeals/{id}/deputy-requests",
      [requests](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          auto body_id = b.Int("body_id", true);
          auto text = b.Str("text", true, 1, 20000);
          auto days = b.Int("due_working_days", false);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = requests->Send(actor, id, *body_id, *text,
                                  static_cast<int>(days.value_or(kDefaultRequestWorkingDays)));
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(201, RequestJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/deputy-requests",
      [requests](const Request& req, const Actor& actor) {
        bool bad = false;
        auto appeal = http::QueryId(req, "appeal_id", &bad);
        if (bad) return Fail(Error::Invalid("appeal_id", "invalid"), req);
        auto r = requests->List(actor, appeal);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& d : *r) items.push_back(RequestJson(d));
        return JsonResponse(200, {{"items", items}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/deputy-requests/{id}/answer",
      [requests](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          auto text = b.Str("text", true, 1, 20000);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = requests->Answer(actor, id, *text);
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(200, RequestJson(*r));
        });
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::appeals
