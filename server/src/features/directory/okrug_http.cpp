#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// Okrugs of a maslikhat and the addresses each covers.
void RegisterOkrugRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add("GET", "/api/v1/maslikhats/{id}/okrugs", [svc](const Request& req, const Actor&) {
    auto id = http::PathId(req, "id");
    if (!id) return Fail(Error::NotFound(), req);
    return http::Reply<std::vector<Okrug>>(svc->ListOkrugs(*id), req, 200, [](const auto& list) {
      Json items = Json::array();
      for (const auto& o : list) items.push_back(OkrugJson(o));
      return Json{{"items", items}};
    });
  });
  auto read_okrug = [](BodyReader& b, OkrugPatch& p, bool create) {
    if (auto n = b.Int("number", create)) p.number = static_cast<int>(*n);
    Text(b, "name_kk", p.name_kk, 300);
    Text(b, "name_ru", p.name_ru, 300);
    Text(b, "center_kk", p.center_kk, 300);
    Text(b, "center_ru", p.center_ru, 300);
  };
  routes.Add(
      "POST", "/api/v1/maslikhats/{id}/okrugs",
      [svc, read_okrug](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          OkrugPatch p;
          read_okrug(b, p, true);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          Okrug o{0,
                  id,
                  p.number.value_or(0),
                  p.name_kk.value_or(""),
                  p.name_ru.value_or(""),
                  p.center_kk.value_or(""),
                  p.center_ru.value_or("")};
          return http::Reply<Okrug>(svc->CreateOkrug(actor, id, o), req, 201, OkrugJson);
        });
      },
      http::Access::kSignedIn);
  routes.Add("GET", "/api/v1/okrugs/{id}", [svc](const Request& req, const Actor& actor) {
    auto id = http::PathId(req, "id");
    if (!id) return Fail(Error::NotFound(), req);
    return http::Reply<OkrugView>(svc->GetOkrug(actor, *id), req, 200, [](const OkrugView& v) {
      Json j = OkrugJson(v.okrug);
      Json coverage = Json::array(), deputies = Json::array();
      for (const auto& c : v.coverage) coverage.push_back(CoverageJson(c));
      for (const auto& d : v.deputies) deputies.push_back(DeputyJson(d, false));
      j["coverage"] = coverage;
      j["deputies"] = deputies;
      j["maslikhat"] = MaslikhatJson(v.maslikhat);
      j["can_edit"] = v.can_edit;
      return j;
    });
  });
  routes.Add(
      "PATCH", "/api/v1/okrugs/{id}",
      [svc, read_okrug](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          OkrugPatch p;
          read_okrug(b, p, false);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          return http::Reply<Okrug>(svc->UpdateOkrug(actor, id, p), req, 200, OkrugJson);
        });
      },
      http::Access::kSignedIn);
  routes.Add(
      "DELETE", "/api/v1/okrugs/{id}",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        if (auto s = svc->DeleteOkrug(actor, *id); !s.ok()) return Fail(s.error(), req);
        return http::NoContent();
      },
      http::Access::kSignedIn);
  routes.Add(
      "POST", "/api/v1/okrugs/{id}/coverage",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          CoverageRow row;
          row.settlement_kk = b.Str("settlement_kk", false, 0, 200).value_or("");
          row.settlement_ru = b.Str("settlement_ru", false, 0, 200).value_or("");
          row.street_kk = b.Str("street_kk", false, 0, 200).value_or("");
          row.street_ru = b.Str("street_ru", false, 0, 200).value_or("");
          row.houses = b.Str("houses", false, 0, 100).value_or("all");
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          return http::Reply<CoverageRow>(svc->AddCoverage(actor, id, row), req, 201, CoverageJson);
        });
      },
      http::Access::kSignedIn);
  routes.Add(
      "DELETE", "/api/v1/okrugs/{id}/coverage/{row}",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        auto row = http::PathId(req, "row");
        if (!id || !row) return Fail(Error::NotFound(), req);
        if (auto s = svc->DeleteCoverage(actor, *id, *row); !s.ok()) return Fail(s.error(), req);
        return http::NoContent();
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::directory
