#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// /api/v1/territories: the territory tree and its history.
void RegisterTerritoryRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add("GET", "/api/v1/territories", [svc](const Request& req, const Actor&) {
    bool bad = false;
    auto parent = http::QueryId(req, "parent_id", &bad);
    if (bad) return Fail(Error::Invalid("parent_id", "invalid"), req);
    return http::Reply<std::vector<Territory>>(
        svc->ListTerritories(parent, req.Query("level").value_or("")), req, 200,
        [](const auto& list) {
          Json items = Json::array();
          for (const auto& t : list) items.push_back(TerritoryJson(t));
          return Json{{"items", items}};
        });
  });
  routes.Add(
      "POST", "/api/v1/territories",
      [svc](const Request& req, const Actor& actor) {
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        Territory t;
        ReadTerritory(*b, t);
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        return http::Reply<Territory>(svc->CreateTerritory(actor, t), req, 201, TerritoryJson);
      },
      http::Access::kSignedIn);
  routes.Add(
      "PATCH", "/api/v1/territories/{id}",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          TerritoryPatch p;
          if (b.Has("parent_id"))
            p.parent_id = b.Int("parent_id", false);
          else
            b.Int("parent_id", false);
          Text(b, "level", p.level, 40);
          Text(b, "name_kk", p.name_kk, 200);
          Text(b, "name_ru", p.name_ru, 200);
          if (b.Has("kato_code"))
            p.kato_code = b.Str("kato_code", false, 0, 20);
          else
            b.Str("kato_code", false);
          Text(b, "valid_from", p.valid_from, 10);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          return http::Reply<Territory>(svc->UpdateTerritory(actor, id, p), req, 200,
                                        TerritoryJson);
        });
      },
      http::Access::kSignedIn);
  routes.Add("GET", "/api/v1/territories/{id}/history", [svc](const Request& req, const Actor&) {
    auto id = http::PathId(req, "id");
    if (!id) return Fail(Error::NotFound(), req);
    return http::Reply<std::vector<TerritoryVersion>>(
        svc->TerritoryHistory(*id), req, 200, [](const auto& list) {
          Json items = Json::array();
          for (const auto& v : list) {
            items.push_back({{"parent_id", v.parent_id ? Json(*v.parent_id) : Json(nullptr)},
                             {"name_kk", v.name_kk},
                             {"name_ru", v.name_ru},
                             {"valid_from", v.valid_from},
                             {"valid_to", v.valid_to ? Json(*v.valid_to) : Json(nullptr)}});
          }
          return Json{{"items", items}};
        });
  });
}

}  // namespace kenes::directory
