#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// Standing commissions of a maslikhat and their members.
void RegisterCommissionRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add("GET", "/api/v1/maslikhats/{id}/commissions", [svc](const Request& req, const Actor&) {
    auto id = http::PathId(req, "id");
    if (!id) return Fail(Error::NotFound(), req);
    return http::Reply<std::vector<Commission>>(svc->ListCommissions(*id), req, 200,
                                                [](const auto& list) {
                                                  Json items = Json::array();
                                                  for (const auto& c : list)
                                                    items.push_back(CommissionJson(c));
                                                  return Json{{"items", items}};
                                                });
  });
  auto read_commission = [](const Request& req, BodyReader& b, CommissionPatch& p, bool create) {
    Json body = ParseBodyJson(req);
    if (auto v = b.Str("kind", create, 1, 20)) p.kind = *v;
    if (auto v = b.Str("name_kk", create, 1, 300)) p.name_kk = *v;
    if (auto v = b.Str("name_ru", create, 1, 300)) p.name_ru = *v;
    Text(b, "remit_kk", p.remit_kk, 5000);
    Text(b, "remit_ru", p.remit_ru, 5000);
    if (body.contains("period_from"))
      p.period_from = b.Str("period_from", false, 0, 10);
    else
      b.Str("period_from", false);
    if (body.contains("period_to"))
      p.period_to = b.Str("period_to", false, 0, 10);
    else
      b.Str("period_to", false);
  };
  routes.Add(
      "POST", "/api/v1/maslikhats/{id}/commissions",
      [svc, read_commission](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          CommissionPatch p;
          read_commission(req, b, p, true);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          Commission c;
          c.kind = p.kind.value_or("");
          c.name_kk = p.name_kk.value_or("");
          c.name_ru = p.name_ru.value_or("");
          c.remit_kk = p.remit_kk.value_or("");
          c.remit_ru = p.remit_ru.value_or("");
          if (p.period_from) c.period_from = *p.period_from;
          if (p.period_to) c.period_to = *p.period_to;
          return http::Reply<Commission>(svc->CreateCommission(actor, id, c), req, 201,
                                         CommissionJson);
        });
      },
      http::Access::kSignedIn);
  routes.Add("GET", "/api/v1/commissions/{id}", [svc](const Request& req, const Actor& actor) {
    auto id = http::PathId(req, "id");
    if (!id) return Fail(Error::NotFound(), req);
    return http::Reply<CommissionView>(svc->GetCommission(actor, *id), req, 200,
                                       [](const CommissionView& v) {
                                         Json j = CommissionJson(v.commission);
                                         Json deputies = Json::array();
                                         for (const auto& d : v.members)
                                           deputies.push_back(DeputyJson(d, false));
                                         j["deputies"] = deputies;
                                         j["maslikhat"] = MaslikhatJson(v.maslikhat);
                                         j["can_edit"] = v.can_edit;
                                         return j;
                                       });
  });
  routes.Add(
      "PATCH", "/api/v1/commissions/{id}",
      [svc, read_commission](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          CommissionPatch p;
          read_commission(req, b, p, false);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          return http::Reply<Commission>(svc->UpdateCommission(actor, id, p), req, 200,
                                         CommissionJson);
        });
      },
      http::Access::kSignedIn);
  routes.Add(
      "PUT", "/api/v1/commissions/{id}/members",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          Json body = ParseBodyJson(req);
          std::vector<CommissionMember> members;
          if (!body.contains("members") || !body["members"].is_array() ||
              body["members"].size() > 100) {
            b.Fail("members", body.contains("members") ? "wrong_type" : "required");
          } else {
            for (const auto& m : body["members"]) {
              if (!m.is_object() || !m.contains("deputy_id") ||
                  !m["deputy_id"].is_number_integer() || !m.contains("role") ||
                  !m["role"].is_string() || m.size() != 2) {
                b.Fail("members", "invalid");
                break;
              }
              members.push_back({m["deputy_id"].get<int64_t>(), m["role"].get<std::string>()});
            }
          }
          b.Raw("members");
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          return http::Reply<Commission>(svc->SetCommissionMembers(actor, id, members), req, 200,
                                         CommissionJson);
        });
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::directory
