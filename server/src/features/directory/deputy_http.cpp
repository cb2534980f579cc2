#include <algorithm>

#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {
namespace {

using http::Call;
using http::Endpoint;
using http::Field;
using http::Json;
using http::NoBody;
using http::Response;
using routes_support::IsJsonObject;
using routes_support::ItemsJson;
using routes_support::JsonTextOf;
using routes_support::PublicPageCache;

struct DeputyQuery {
  std::optional<int64_t> maslikhat_id, limit, cursor;
  std::optional<std::string> q;
};

void Describe(http::Schema<DeputyQuery>& s) {
  s.Add("maslikhat_id", &DeputyQuery::maslikhat_id, {.lo = 0});
  s.Add("limit", &DeputyQuery::limit, {.lo = 0});
  s.Add("cursor", &DeputyQuery::cursor, {.lo = 0});
  s.Add("q", &DeputyQuery::q, {.max = 100});
}

// A new deputy (IsNew: names and mandate required) or a change to one.
template <bool IsNew>
struct DeputyIn {
  Field<int64_t> okrug_id, user_id;
  std::optional<std::string> full_name_kk, full_name_ru, mandate_type, party_kk, party_ru;
  std::optional<int> convocation;
  std::optional<std::string> bio_kk, bio_ru, email, phone, private_phone;
  std::optional<Json> social_links;
  std::optional<bool> published;
};

template <bool IsNew>
void Describe(http::Schema<DeputyIn<IsNew>>& s) {
  using In = DeputyIn<IsNew>;
  s.Add("okrug_id", &In::okrug_id);
  s.Add("user_id", &In::user_id);
  s.Add("full_name_kk", &In::full_name_kk, {.required = IsNew, .min = 1, .max = 200});
  s.Add("full_name_ru", &In::full_name_ru, {.required = IsNew, .min = 1, .max = 200});
  s.Add("mandate_type", &In::mandate_type, {.required = IsNew, .min = 1, .max = 20});
  s.Add("party_kk", &In::party_kk, {.max = 200});
  s.Add("party_ru", &In::party_ru, {.max = 200});
  s.Add("convocation", &In::convocation);
  s.Add("bio_kk", &In::bio_kk, {.max = 10000});
  s.Add("bio_ru", &In::bio_ru, {.max = 10000});
  s.Add("email", &In::email, {.max = 254});
  s.Add("phone", &In::phone, {.max = 40});
  s.Add("private_phone", &In::private_phone, {.max = 40});
  s.Json("social_links", &In::social_links, IsJsonObject);
  s.Add("published", &In::published);
}

using NewDeputy = DeputyIn<true>;
using DeputyChanges = DeputyIn<false>;

Deputy ToDeputy(const NewDeputy& in) {
  Deputy d;
  d.okrug_id = in.okrug_id.get();
  d.user_id = in.user_id.get();
  d.full_name_kk = in.full_name_kk.value_or("");
  d.full_name_ru = in.full_name_ru.value_or("");
  d.mandate_type = in.mandate_type.value_or("");
  d.party_kk = in.party_kk.value_or("");
  d.party_ru = in.party_ru.value_or("");
  d.convocation = in.convocation.value_or(8);
  d.bio_kk = in.bio_kk.value_or("");
  d.bio_ru = in.bio_ru.value_or("");
  d.email = in.email.value_or("");
  d.phone = in.phone.value_or("");
  d.private_phone = in.private_phone.value_or("");
  d.social_links_json = JsonTextOf(in.social_links).value_or("{}");
  d.published = in.published.value_or(true);
  return d;
}

DeputyPatch ToPatch(const DeputyChanges& in) {
  return DeputyPatch{.okrug_id = in.okrug_id.patch(),
                     .user_id = in.user_id.patch(),
                     .full_name_kk = in.full_name_kk,
                     .full_name_ru = in.full_name_ru,
                     .mandate_type = in.mandate_type,
                     .party_kk = in.party_kk,
                     .party_ru = in.party_ru,
                     .convocation = in.convocation,
                     .bio_kk = in.bio_kk,
                     .bio_ru = in.bio_ru,
                     .email = in.email,
                     .phone = in.phone,
                     .private_phone = in.private_phone,
                     .social_links_json = JsonTextOf(in.social_links),
                     .published = in.published};
}

// Written by its editors, so the private fields are shown.
Json EditedDeputyJson(const Deputy& d) { return DeputyJson(d, true); }

Json DeputyPageJson(const DeputyPage& page) {
  Json j = ItemsJson(page.items, [](const Deputy& d) { return DeputyJson(d, false); });
  j["next_cursor"] = page.next_after ? Json(std::to_string(*page.next_after)) : Json(nullptr);
  return j;
}

}  // namespace

// /api/v1/deputies: deputies, their public pages (briefly cached) and photos.
void RegisterDeputyRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;
  auto store = deps.store;
  const auto max_photo_bytes = static_cast<size_t>(deps.config->files.max_photo_bytes);

  routes.Add(Endpoint<DeputyQuery, DeputyPage>{
      .method = "GET",
      .path = "/api/v1/deputies",
      .handle =
          [svc](const Call& c, const DeputyQuery& q) {
            // Clamped so that a huge limit cannot wrap into the int range the service allows.
            const int64_t limit = std::min<int64_t>(q.limit.value_or(50), 1000);
            return svc->ListDeputies(c.actor, q.maslikhat_id, q.q.value_or(""),
                                     q.cursor.value_or(0), static_cast<int>(limit));
          },
      .to_json = DeputyPageJson});
  // The public deputy page is read far more than written: anonymous answers are kept for a
  // moment. A write on this node drops them at once (generation); other nodes' writes show within
  // the time-to-live.
  auto page_cache = std::make_shared<PublicPageCache>();
  routes.Add(Endpoint<NoBody, Response>{
      .method = "GET",
      .path = "/api/v1/deputies/{id}",
      .handle = [svc, page_cache](const Call& c) -> Result<Response> {
        const int64_t id = c.Id();
        const bool anonymous = !c.actor.IsAuthenticated();
        const uint64_t generation = svc->generation();
        if (anonymous) {
          if (auto body = page_cache->Get(id, generation)) return http::JsonText(200, *body);
        }
        auto v = svc->GetDeputy(c.actor, id);
        if (!v.ok()) return v.take_error();
        Response res = http::JsonResponse(200, DeputyViewJson(v.value()));
        if (anonymous) page_cache->Put(id, generation, res.body);
        return res;
      }});
  routes.Add(Endpoint<NewDeputy, Deputy>{.method = "POST",
                                         .path = "/api/v1/maslikhats/{id}/deputies",
                                         .access = http::Access::kSignedIn,
                                         .status = 201,
                                         .handle =
                                             [svc](const Call& c, const NewDeputy& in) {
                                               return svc->CreateDeputy(c.actor, c.Id(),
                                                                        ToDeputy(in));
                                             },
                                         .to_json = EditedDeputyJson});
  routes.Add(Endpoint<DeputyChanges, Deputy>{.method = "PATCH",
                                             .path = "/api/v1/deputies/{id}",
                                             .access = http::Access::kSignedIn,
                                             .handle =
                                                 [svc](const Call& c, const DeputyChanges& in) {
                                                   return svc->UpdateDeputy(c.actor, c.Id(),
                                                                            ToPatch(in));
                                                 },
                                             .to_json = EditedDeputyJson});
  // The body is the image itself, not JSON.
  routes.Add(Endpoint<NoBody, Deputy>{
      .method = "PUT",
      .path = "/api/v1/deputies/{id}/photo",
      .access = http::Access::kSignedIn,
      .handle = [svc, store, max_photo_bytes](const Call& c) -> Result<Deputy> {
        if (auto s = svc->CanEditDeputy(c.actor, c.Id()); !s.ok()) return s.take_error();
        const std::string& bytes = c.req.body;
        if (bytes.size() > max_photo_bytes) {
          Error e = Error::Of(ErrorCode::kPayloadTooLarge, "photo too large");
          e.fields["photo"] = "too_large";
          return e;
        }
        auto type = files::DetectImageType(bytes);
        if (!type) return Error::Invalid("photo", "unsupported_type");
        auto clean = files::StripImageMetadata(bytes);
        if (!clean) return Error::Invalid("photo", "invalid_image");
        std::string name = store->Save(*clean, files::ExtensionOf(*type));
        return svc->SetDeputyPhoto(c.actor, c.Id(), name, std::string(files::MimeOf(*type)));
      },
      .to_json = EditedDeputyJson});
  routes.Add(Endpoint<NoBody, Response>{
      .method = "GET",
      .path = "/api/v1/deputies/{id}/photo",
      .handle = [svc, store](const Call& c) -> Result<Response> {
        auto v = svc->GetDeputy(c.actor, c.Id());
        if (!v.ok()) return v.take_error();
        if (!v->deputy.photo_file) return Error::NotFound();
        auto bytes = store->Read(*v->deputy.photo_file);
        if (!bytes) return Error::NotFound();
        Response res;
        res.SetHeader("Content-Type", v->deputy.photo_mime.value_or("application/octet-stream"));
        // The URL carries a version (?v=), so the bytes behind it never change.
        res.SetHeader("Cache-Control", "public, max-age=31536000, immutable");
        res.body = std::move(*bytes);
        return res;
      }});
}

}  // namespace kenes::directory
