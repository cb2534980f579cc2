#include "features/directory/directory_http_support.hpp"

namespace kenes::directory {

void Describe(http::Schema<Territory>& s) {
  s.Add("parent_id", &Territory::parent_id);
  s.Add("level", &Territory::level, {.required = true, .min = 1, .max = 40});
  s.Add("name_kk", &Territory::name_kk, {.required = true, .min = 1, .max = 200});
  s.Add("name_ru", &Territory::name_ru, {.required = true, .min = 1, .max = 200});
  s.Add("kato_code", &Territory::kato_code, {.max = 20});
  s.Add("valid_from", &Territory::valid_from, {.required = true, .min = 10, .max = 10});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using routes_support::ItemsJson;

struct TerritoryQuery {
  std::optional<int64_t> parent_id;
  std::optional<std::string> level;
};

void Describe(http::Schema<TerritoryQuery>& s) {
  s.Add("parent_id", &TerritoryQuery::parent_id, {.lo = 0});
  s.Add("level", &TerritoryQuery::level);
}

struct TerritoryChanges {
  http::Field<int64_t> parent_id;
  std::optional<std::string> level, name_kk, name_ru;
  http::Field<std::string> kato_code;
  std::optional<std::string> valid_from;
};

void Describe(http::Schema<TerritoryChanges>& s) {
  s.Add("parent_id", &TerritoryChanges::parent_id);
  s.Add("level", &TerritoryChanges::level, {.max = 40});
  s.Add("name_kk", &TerritoryChanges::name_kk, {.max = 200});
  s.Add("name_ru", &TerritoryChanges::name_ru, {.max = 200});
  s.Add("kato_code", &TerritoryChanges::kato_code, {.max = 20});
  s.Add("valid_from", &TerritoryChanges::valid_from, {.max = 10});
}

Json TerritoriesJson(const std::vector<Territory>& list) { return ItemsJson(list, TerritoryJson); }

Json HistoryJson(const std::vector<TerritoryVersion>& list) {
  return ItemsJson(list, [](const TerritoryVersion& v) {
    return Json{{"parent_id", v.parent_id ? Json(*v.parent_id) : Json(nullptr)},
                {"name_kk", v.name_kk},
                {"name_ru", v.name_ru},
                {"valid_from", v.valid_from},
                {"valid_to", v.valid_to ? Json(*v.valid_to) : Json(nullptr)}};
  });
}

}  // namespace

// /api/v1/territories: the territory tree and its history.
void RegisterTerritoryRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add(Endpoint<TerritoryQuery, std::vector<Territory>>{
      .method = "GET",
      .path = "/api/v1/territories",
      .handle =
          [svc](const Call&, const TerritoryQuery& q) {
            return svc->ListTerritories(q.parent_id, q.level.value_or(""));
          },
      .to_json = TerritoriesJson});
  routes.Add(Endpoint<Territory, Territory>{
      .method = "POST",
      .path = "/api/v1/territories",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      Territory t) { return svc->CreateTerritory(c.actor, std::move(t)); },
      .to_json = TerritoryJson});
  routes.Add(Endpoint<TerritoryChanges, Territory>{
      .method = "PATCH",
      .path = "/api/v1/territories/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const TerritoryChanges& in) {
            const TerritoryPatch p{.parent_id = in.parent_id.patch(),
                                   .level = in.level,
                                   .name_kk = in.name_kk,
                                   .name_ru = in.name_ru,
                                   .kato_code = in.kato_code.patch(),
                                   .valid_from = in.valid_from};
            return svc->UpdateTerritory(c.actor, c.Id(), p);
          },
      .to_json = TerritoryJson});
  routes.Add(Endpoint<NoBody, std::vector<TerritoryVersion>>{
      .method = "GET",
      .path = "/api/v1/territories/{id}/history",
      .handle = [svc](const Call& c) { return svc->TerritoryHistory(c.Id()); },
      .to_json = HistoryJson});
}

}  // namespace kenes::directory
