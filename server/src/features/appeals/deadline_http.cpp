#include "features/appeals/deadline_http.hpp"

#include "features/appeals/appeal_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::appeals {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;

struct DashboardQuery {
  int64_t maslikhat_id = 0;
};

void Describe(http::Schema<DashboardQuery>& s) {
  s.Add("maslikhat_id", &DashboardQuery::maslikhat_id, {.required = true, .lo = 0});
}

Json LoadsJson(const std::vector<HandlerLoad>& loads) {
  Json items = Json::array();
  for (const auto& h : loads) {
    items.push_back({{"deputy_id", Nullable(h.deputy_id)},
                     {"commission_id", Nullable(h.commission_id)},
                     {"open", h.open},
                     {"due_soon", h.due_soon},
                     {"overdue", h.overdue},
                     {"forward_due_soon", h.forward_due_soon},
                     {"forward_overdue", h.forward_overdue}});
  }
  return Json{{"items", items}};
}

}  // namespace

void RegisterDeadlineRoutes(http::Routes& routes, const std::shared_ptr<DeadlineService>& control) {
  routes.Add(Endpoint<DashboardQuery, std::vector<HandlerLoad>>{
      .method = "GET",
      .path = "/api/v1/appeals-dashboard",
      .access = http::Access::kSignedIn,
      .handle =
          [control](const Call& c, const DashboardQuery& q) {
            return control->Dashboard(c.actor, q.maslikhat_id);
          },
      .to_json = LoadsJson});
}

}  // namespace kenes::appeals
