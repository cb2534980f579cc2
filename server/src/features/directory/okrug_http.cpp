#include "features/directory/directory_http_support.hpp"

namespace kenes::directory {

// A new okrug; its maslikhat comes from the path.
void Describe(http::Schema<Okrug>& s) {
  s.Add("number", &Okrug::number, {.required = true});
  s.Add("name_kk", &Okrug::name_kk, {.max = 300});
  s.Add("name_ru", &Okrug::name_ru, {.max = 300});
  s.Add("center_kk", &Okrug::center_kk, {.max = 300});
  s.Add("center_ru", &Okrug::center_ru, {.max = 300});
}

void Describe(http::Schema<OkrugPatch>& s) {
  s.Add("number", &OkrugPatch::number);
  s.Add("name_kk", &OkrugPatch::name_kk, {.max = 300});
  s.Add("name_ru", &OkrugPatch::name_ru, {.max = 300});
  s.Add("center_kk", &OkrugPatch::center_kk, {.max = 300});
  s.Add("center_ru", &OkrugPatch::center_ru, {.max = 300});
}

void Describe(http::Schema<CoverageRow>& s) {
  s.Add("settlement_kk", &CoverageRow::settlement_kk, {.max = 200});
  s.Add("settlement_ru", &CoverageRow::settlement_ru, {.max = 200});
  s.Add("street_kk", &CoverageRow::street_kk, {.max = 200});
  s.Add("street_ru", &CoverageRow::street_ru, {.max = 200});
  s.Add("houses", &CoverageRow::houses, {.max = 100});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using routes_support::ItemsJson;

Json OkrugPageJson(const OkrugView& v) {
  Json j = OkrugJson(v.okrug);
  j["coverage"] = ItemsJson(v.coverage, CoverageJson)["items"];
  j["deputies"] =
      ItemsJson(v.deputies, [](const Deputy& d) { return DeputyJson(d, false); })["items"];
  j["maslikhat"] = MaslikhatJson(v.maslikhat);
  j["can_edit"] = v.can_edit;
  return j;
}

}  // namespace

// Okrugs of a maslikhat and the addresses each covers.
void RegisterOkrugRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add(Endpoint<NoBody, std::vector<Okrug>>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/okrugs",
      .handle = [svc](const Call& c) { return svc->ListOkrugs(c.Id()); },
      .to_json = [](const std::vector<Okrug>& list) { return ItemsJson(list, OkrugJson); }});
  routes.Add(Endpoint<Okrug, Okrug>{.method = "POST",
                                    .path = "/api/v1/maslikhats/{id}/okrugs",
                                    .access = http::Access::kSignedIn,
                                    .status = 201,
                                    .handle =
                                        [svc](const Call& c, Okrug o) {
                                          o.maslikhat_id = c.Id();
                                          return svc->CreateOkrug(c.actor, c.Id(), std::move(o));
                                        },
                                    .to_json = OkrugJson});
  routes.Add(Endpoint<NoBody, OkrugView>{
      .method = "GET",
      .path = "/api/v1/okrugs/{id}",
      .handle = [svc](const Call& c) { return svc->GetOkrug(c.actor, c.Id()); },
      .to_json = OkrugPageJson});
  routes.Add(Endpoint<OkrugPatch, Okrug>{
      .method = "PATCH",
      .path = "/api/v1/okrugs/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const OkrugPatch& p) { return svc->UpdateOkrug(c.actor, c.Id(), p); },
      .to_json = OkrugJson});
  routes.Add(Endpoint<NoBody, Unit>{
      .method = "DELETE",
      .path = "/api/v1/okrugs/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->DeleteOkrug(c.actor, c.Id()); }});
  routes.Add(Endpoint<CoverageRow, CoverageRow>{.method = "POST",
                                                .path = "/api/v1/okrugs/{id}/coverage",
                                                .access = http::Access::kSignedIn,
                                                .status = 201,
                                                .handle =
                                                    [svc](const Call& c, CoverageRow row) {
                                                      return svc->AddCoverage(c.actor, c.Id(),
                                                                              std::move(row));
                                                    },
                                                .to_json = CoverageJson});
  routes.Add(Endpoint<NoBody, Unit>{.method = "DELETE",
                                    .path = "/api/v1/okrugs/{id}/coverage/{row}",
                                    .access = http::Access::kSignedIn,
                                    .handle = [svc](const Call& c) {
                                      return svc->DeleteCoverage(c.actor, c.Id(), c.Id("row"));
                                    }});
}

}  // namespace kenes::directory
