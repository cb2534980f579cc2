#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// /api/v1/maslikhats[/{id}]: maslikhats and their pages.
void RegisterMaslikhatRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add("GET", "/api/v1/maslikhats", [svc](const Request& req, const Actor&) {
    return http::Reply<std::vector<Maslikhat>>(svc->ListMaslikhats(), req, 200,
                                               [](const auto& list) {
                                                 Json items = Json::array();
                                                 for (const auto& m : list)
                                                   items.push_back(MaslikhatJson(m));
                                                 return Json{{"items", items}};
                                               });
  });
  routes.Add("GET", "/api/v1/maslikhats/{id}", [svc](const Request& req, const Actor& actor) {
    auto id = http::PathId(req, "id");
    if (!id) return Fail(Error::NotFound(), req);
    return http::Reply<MaslikhatView>(
        svc->GetMaslikhat(actor, *id), req, 200, [](const MaslikhatView& v) {
          Json j = MaslikhatJson(v.maslikhat);
          Json okrugs = Json::array(), commissions = Json::array(), deputies = Json::array();
          for (const auto& o : v.okrugs) okrugs.push_back(OkrugJson(o));
          for (const auto& c : v.commissions) commissions.push_back(CommissionJson(c));
          for (const auto& d : v.deputies) deputies.push_back(DeputyJson(d, false));
          j["okrugs"] = okrugs;
          j["commissions"] = commissions;
          j["deputies"] = deputies;
          j["can_edit"] = v.can_edit;
          return j;
        });
  });
  auto read_maslikhat_patch = [](const Request& req, BodyReader& b, MaslikhatPatch& p) {
    Json body = ParseBodyJson(req);
    Text(b, "name_kk", p.name_kk, 300);
    Text(b, "name_ru", p.name_ru, 300);
    if (b.Has("convocation")) {
      if (auto c = b.Object("convocation", false)) {
        if (auto n = c->Int("number", false)) p.convocation_number = static_cast<int>(*n);
        if (body["convocation"].contains("start"))
          p.convocation_start = c->Str("start", false, 0, 10);
        else
          c->Str("start", false);
        if (body["convocation"].contains("end"))
          p.convocation_end = c->Str("end", false, 0, 10);
        else
          c->Str("end", false);
        b.Absorb(c->Done());
      }
    } else {
      b.Object("convocation", false);
    }
    NullableId(b, "chair_deputy_id", p.chair_deputy_id, body.contains("chair_deputy_id"));
    if (!body.contains("chair_deputy_id")) b.Int("chair_deputy_id", false);
    NullableId(b, "parent_id", p.parent_id, body.contains("parent_id"));
    if (!body.contains("parent_id")) b.Int("parent_id", false);
    Text(b, "address_kk", p.address_kk, 500);
    Text(b, "address_ru", p.address_ru, 500);
    Text(b, "email", p.email, 254);
    Text(b, "working_hours_kk", p.working_hours_kk, 500);
    Text(b, "working_hours_ru", p.working_hours_ru, 500);
    JsonText(body, b, "phones", p.phones_json, true);
    JsonText(body, b, "social_links", p.social_links_json, false);
  };
  routes.Add(
      "POST", "/api/v1/maslikhats",
      [svc, read_maslikhat_patch](const Request& req, const Actor& actor) {
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        Maslikhat m;
        m.territory_id = b->Int("territory_id", true).value_or(0);
        m.level = b->Str("level", true, 1, 20).value_or("");
        MaslikhatPatch p;
        read_maslikhat_patch(req, *b, p);
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        m.name_kk = p.name_kk.value_or("");
        m.name_ru = p.name_ru.value_or("");
        if (p.convocation_number) m.convocation_number = *p.convocation_number;
        if (p.convocation_start) m.convocation_start = *p.convocation_start;
        if (p.convocation_end) m.convocation_end = *p.convocation_end;
        if (p.parent_id) m.parent_id = *p.parent_id;
        m.address_kk = p.address_kk.value_or("");
        m.address_ru = p.address_ru.value_or("");
        m.phones_json = p.phones_json.value_or("[]");
        m.email = p.email.value_or("");
        m.working_hours_kk = p.working_hours_kk.value_or("");
        m.working_hours_ru = p.working_hours_ru.value_or("");
        m.social_links_json = p.social_links_json.value_or("{}");
        return http::Reply<Maslikhat>(svc->CreateMaslikhat(actor, m), req, 201, MaslikhatJson);
      },
      http::Access::kSignedIn);
  routes.Add(
      "PATCH", "/api/v1/maslikhats/{id}",
      [svc, read_maslikhat_patch](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          MaslikhatPatch p;
          read_maslikhat_patch(req, b, p);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          return http::Reply<Maslikhat>(svc->UpdateMaslikhat(actor, id, p), req, 200,
                                        MaslikhatJson);
        });
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::directory
