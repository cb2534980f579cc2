#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// /api/v1/deputies: deputies, their public pages (briefly cached) and photos.
void RegisterDeputyRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;
  auto store = deps.store;
  const Config& config = *deps.config;

  routes.Add("GET", "/api/v1/deputies", [svc](const Request& req, const Actor& actor) {
    bool bad = false;
    auto maslikhat = http::QueryId(req, "maslikhat_id", &bad);
    auto limit = http::QueryId(req, "limit", &bad);
    auto cursor = http::QueryId(req, "cursor", &bad);
    if (bad) return Fail(Error::Invalid("query", "invalid"), req);
    std::string q = req.Query("q").value_or("");
    if (http::Utf8Length(q) > 100) return Fail(Error::Invalid("q", "too_long"), req);
    auto r = svc->ListDeputies(actor, maslikhat, q, cursor.value_or(0),
                               static_cast<int>(limit.value_or(50)));
    return http::Reply<DeputyPage>(r, req, 200, [&](const DeputyPage& page) {
      Json items = Json::array();
      for (const auto& d : page.items) items.push_back(DeputyJson(d, false));
      return Json{{"items", items},
                  {"next_cursor",
                   page.next_after ? Json(std::to_string(*page.next_after)) : Json(nullptr)}};
    });
  });
  // The public deputy page is read far more than written: anonymous answers are kept for a
  // moment. A write on this node drops them at once (generation); other nodes' writes show within
  // the time-to-live.
  auto page_cache = std::make_shared<PublicPageCache>();
  routes.Add("GET", "/api/v1/deputies/{id}",
             [svc, page_cache](const Request& req, const Actor& actor) {
               auto id = http::PathId(req, "id");
               if (!id) return Fail(Error::NotFound(), req);
               const bool anonymous = !actor.IsAuthenticated();
               if (anonymous) {
                 if (auto body = page_cache->Get(*id, svc->generation())) {
                   Response res;
                   res.SetHeader("Content-Type", "application/json; charset=utf-8");
                   res.body = *body;
                   return res;
                 }
               }
               const uint64_t generation = svc->generation();
               Response res =
                   http::Reply<DeputyView>(svc->GetDeputy(actor, *id), req, 200, DeputyViewJson);
               if (anonymous && res.status == 200) page_cache->Put(*id, generation, res.body);
               return res;
             });
  auto read_deputy = [](const Request& req, BodyReader& b, DeputyPatch& p, bool create) {
    Json body = ParseBodyJson(req);
    NullableId(b, "okrug_id", p.okrug_id, body.contains("okrug_id"));
    if (!body.contains("okrug_id")) b.Int("okrug_id", false);
    NullableId(b, "user_id", p.user_id, body.contains("user_id"));
    if (!body.contains("user_id")) b.Int("user_id", false);
    if (auto v = b.Str("full_name_kk", create, 1, 200)) p.full_name_kk = *v;
    if (auto v = b.Str("full_name_ru", create, 1, 200)) p.full_name_ru = *v;
    if (auto v = b.Str("mandate_type", create, 1, 20)) p.mandate_type = *v;
    Text(b, "party_kk", p.party_kk, 200);
    Text(b, "party_ru", p.party_ru, 200);
    if (auto n = b.Int("convocation", false)) p.convocation = static_cast<int>(*n);
    Text(b, "bio_kk", p.bio_kk, 10000);
    Text(b, "bio_ru", p.bio_ru, 10000);
    Text(b, "email", p.email, 254);
    Text(b, "phone", p.phone, 40);
    Text(b, "private_phone", p.private_phone, 40);
    JsonText(body, b, "social_links", p.social_links_json, false);
    if (auto v = b.Bool("published", false)) p.published = *v;
  };
  routes.Add(
      "POST", "/api/v1/maslikhats/{id}/deputies",
      [svc, read_deputy](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          DeputyPatch p;
          read_deputy(req, b, p, true);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          Deputy d;
          if (p.okrug_id) d.okrug_id = *p.okrug_id;
          if (p.user_id) d.user_id = *p.user_id;
          d.full_name_kk = p.full_name_kk.value_or("");
          d.full_name_ru = p.full_name_ru.value_or("");
          d.mandate_type = p.mandate_type.value_or("");
          d.party_kk = p.party_kk.value_or("");
          d.party_ru = p.party_ru.value_or("");
          d.convocation = p.convocation.value_or(8);
          d.bio_kk = p.bio_kk.value_or("");
          d.bio_ru = p.bio_ru.value_or("");
          d.email = p.email.value_or("");
          d.phone = p.phone.value_or("");
          d.private_phone = p.private_phone.value_or("");
          d.social_links_json = p.social_links_json.value_or("{}");
          d.published = p.published.value_or(true);
          auto r = svc->CreateDeputy(actor, id, d);
          return http::Reply<Deputy>(r, req, 201,
                                     [](const Deputy& x) { return DeputyJson(x, true); });
        });
      },
      http::Access::kSignedIn);
  routes.Add(
      "PATCH", "/api/v1/deputies/{id}",
      [svc, read_deputy](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          DeputyPatch p;
          read_deputy(req, b, p, false);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = svc->UpdateDeputy(actor, id, p);
          return http::Reply<Deputy>(r, req, 200,
                                     [](const Deputy& x) { return DeputyJson(x, true); });
        });
      },
      http::Access::kSignedIn);
  routes.Add(
      "PUT", "/api/v1/deputies/{id}/photo",
      [svc, store, &config](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        if (auto s = svc->CanEditDeputy(actor, *id); !s.ok()) return Fail(s.error(), req);
        if (req.body.size() > static_cast<size_t>(config.files.max_photo_bytes)) {
          Error e = Error::Of(ErrorCode::kPayloadTooLarge, "photo too large");
          e.fields["photo"] = "too_large";
          return Fail(e, req);
        }
        auto type = files::DetectImageType(req.body);
        if (!type) return Fail(Error::Invalid("photo", "unsupported_type"), req);
        auto clean = files::StripImageMetadata(req.body);
        if (!clean) return Fail(Error::Invalid("photo", "invalid_image"), req);
        std::string name = store->Save(*clean, files::ExtensionOf(*type));
        auto r = svc->SetDeputyPhoto(actor, *id, name, std::string(files::MimeOf(*type)));
        return http::Reply<Deputy>(r, req, 200,
                                   [](const Deputy& x) { return DeputyJson(x, true); });
      },
      http::Access::kSignedIn);
  routes.Add(
      "GET", "/api/v1/deputies/{id}/photo", [svc, store](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        auto v = svc->GetDeputy(actor, *id);
        if (!v.ok()) return Fail(v.error(), req);
        if (!v->deputy.photo_file) return Fail(Error::NotFound(), req);
        auto bytes = store->Read(*v->deputy.photo_file);
        if (!bytes) return Fail(Error::NotFound(), req);
        Response res;
        res.SetHeader("Content-Type", v->deputy.photo_mime.value_or("application/octet-stream"));
        // The URL carries a version (?v=), so the bytes behind it never change.
        res.SetHeader("Cache-Control", "public, max-age=31536000, immutable");
        res.body = std::move(*bytes);
        return res;
      });
}

}  // namespace kenes::directory
