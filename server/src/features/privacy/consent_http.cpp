// GET /api/v1/consent?lang=kk&maslikhat_id=…: the consent text in force, public (read before
// registering). Giving and withdrawing consent are identity's routes (/api/v1/me/consent…).
#include "features/privacy/consent_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::privacy {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;

struct ConsentQuery {
  std::string lang = "kk";
  std::optional<int64_t> maslikhat_id;
};
void Describe(http::Schema<ConsentQuery>& s) {
  s.Add("lang", &ConsentQuery::lang, {.min = 2, .max = 2});
  s.Add("maslikhat_id", &ConsentQuery::maslikhat_id);
}

Json ConsentJson(const ConsentText& t) {
  Json sections = Json::array();
  for (const auto& s : t.sections) sections.push_back({{"title", s.title}, {"text", s.text}});
  return {{"version", t.version},
          {"lang", t.lang},
          {"operator",
           {{"name", t.op.name}, {"bin", t.op.bin.empty() ? Json(nullptr) : Json(t.op.bin)}}},
          {"sections", sections}};
}

}  // namespace

void RegisterConsentRoutes(http::Routes& routes, const std::shared_ptr<ConsentService>& svc) {
  routes.Add(Endpoint<ConsentQuery, ConsentText>{
      .method = "GET",
      .path = "/api/v1/consent",
      .handle = [svc](const Call&,
                      const ConsentQuery& q) { return svc->Current(q.lang, q.maslikhat_id); },
      .to_json = ConsentJson});
}

}  // namespace kenes::privacy
