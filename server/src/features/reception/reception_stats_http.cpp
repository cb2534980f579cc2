#include "features/reception/reception_stats_http.hpp"

#include <set>

#include "platform/http/endpoint.hpp"

namespace kenes::reception {

using http::Json;
using http::Schema;

struct StatsRequest {
  std::optional<std::string> from, to;
  std::string lang;  // the XLSX's words; empty: the caller's language
};
void Describe(Schema<StatsRequest>& s) {
  s.Add("from", &StatsRequest::from, {.max = 7});
  s.Add("to", &StatsRequest::to, {.max = 7});
  s.Add("lang", &StatsRequest::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const StatsRequest& r) {
    if (!r.lang.empty() && r.lang != "kk" && r.lang != "ru" && r.lang != "en")
      src.Fail("lang", "invalid");
  });
}

namespace {

using http::Call;
using http::Endpoint;
using http::Response;

Json StatsJson(const StatsReport& r) {
  Json rows = Json::array();
  std::set<std::string> used;
  for (const auto& row : r.rows) {
    Json categories = Json::array();
    for (const auto& [key, n] : row.categories) {
      categories.push_back({{"key", key}, {"count", n}});
      used.insert(key);
    }
    rows.push_back({{"deputy_id", row.deputy_id ? Json(*row.deputy_id) : Json(nullptr)},
                    {"host_name_kk", row.host_name_kk},
                    {"host_name_ru", row.host_name_ru},
                    {"month", row.month},
                    {"sessions", row.sessions},
                    {"bookings", row.bookings},
                    {"visits", row.visits},
                    {"no_shows", row.no_shows},
                    {"appeals", row.appeals},
                    {"categories", categories}});
  }
  // The words of the categories that occur ("" is an appeal not yet categorized: the client's
  // words).
  used.erase("");
  Json names = Json::array();
  for (const auto& c : r.categories) {
    if (!used.erase(c.key)) continue;
    names.push_back(
        {{"key", c.key}, {"name_kk", c.name_kk}, {"name_ru", c.name_ru}, {"name_en", c.name_en}});
  }
  for (const auto& key : used)
    names.push_back({{"key", key}, {"name_kk", key}, {"name_ru", key}, {"name_en", key}});
  return Json{{"maslikhat_id", r.maslikhat_id},
              {"from", r.from},
              {"to", r.to},
              {"rows", rows},
              {"categories", names}};
}

}  // namespace

void RegisterReceptionStatsRoutes(http::Routes& routes,
                                  const std::shared_ptr<ReceptionStatsService>& svc) {
  routes.Add(
      Endpoint<StatsRequest, StatsReport>{.method = "GET",
                                          .path = "/api/v1/maslikhats/{id}/reception-stats",
                                          .access = http::Access::kSignedIn,
                                          .handle =
                                              [svc](const Call& c, const StatsRequest& q) {
                                                return svc->Stats(c.actor, c.Id(), {q.from, q.to});
                                              },
                                          .to_json = StatsJson});
  routes.Add(Endpoint<StatsRequest, Response>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/reception-stats.xlsx",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,
      .handle = [svc](const Call& c, const StatsRequest& q) -> Result<Response> {
        auto report = svc->Stats(c.actor, c.Id(), {q.from, q.to});
        if (!report.ok()) return report.take_error();
        const std::string lang = q.lang.empty() ? svc->ExportLanguage(c.actor) : q.lang;
        Response res;
        res.SetHeader("Content-Type",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        res.SetHeader("Content-Disposition", "attachment; filename=\"reception-stats-" +
                                                 report->from + "-" + report->to + ".xlsx\"");
        res.body = StatsXlsx(*report, lang);
        return res;
      }});
}

}  // namespace kenes::reception
