#include "features/appeals/deadline_http.hpp"

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

void RegisterDeadlineRoutes(http::Routes& routes, const std::shared_ptr<DeadlineService>& control) {
  routes.Add(
      "GET", "/api/v1/appeals-dashboard",
      [control](const Request& req, const Actor& actor) {
        bool bad = false;
        auto m = http::QueryId(req, "maslikhat_id", &bad);
        if (bad || !m) return Fail(Error::Invalid("maslikhat_id", m ? "invalid" : "required"), req);
        auto r = control->Dashboard(actor, *m);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& h : *r) {
          items.push_back({{"deputy_id", Nullable(h.deputy_id)},
                           {"commission_id", Nullable(h.commission_id)},
                           {"open", h.open},
                           {"due_soon", h.due_soon},
                           {"overdue", h.overdue}});
        }
        return JsonResponse(200, {{"items", items}});
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::appeals
