#include "features/directory/directory_http.hpp"

#include <chrono>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "features/directory/directory_json.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {
namespace {

using http::BodyReader;
using http::ErrorResponse;
using http::Fail;
using http::Json;
using http::JsonResponse;
using http::Request;
using http::Response;

// Optional text fields: absent → no change; present → value (validated for length).
void Text(BodyReader& b, const char* key, std::optional<std::string>& out, size_t max = 300) {
  if (auto v = b.Str(key, false, 0, max)) out = *v;
}
void NullableId(BodyReader& b, const char* key, Opt<Opt<int64_t>>& out, bool present) {
  if (present) out = b.Int(key, false);
}
// A JSON object/array field kept as text (social links, phones).
void JsonText(const Json& body, BodyReader& b, const char* key, std::optional<std::string>& out,
              bool array) {
  (void)body;
  const Json* v = b.Raw(key);
  if (!v) return;
  if (array ? !v->is_array() : !v->is_object()) {
    b.Fail(key, "wrong_type");
    return;
  }
  out = v->dump();
}

Json ParseBodyJson(const Request& req) { return Json::parse(req.body, nullptr, false); }

class PublicPageCache {
 public:
  std::optional<std::string> Get(int64_t id, uint64_t generation) {
    const auto now = std::chrono::steady_clock::now();
    std::shared_lock lock(mu_);
    auto it = entries_.find(id);
    if (it == entries_.end() || it->second.generation != generation || now > it->second.expires) {
      return std::nullopt;
    }
    return it->second.body;
  }
  void Put(int64_t id, uint64_t generation, const std::string& body) {
    std::unique_lock lock(mu_);
    if (entries_.size() > 10000) entries_.clear();  // bounded; a full cache just starts again
    entries_[id] = {generation, std::chrono::steady_clock::now() + std::chrono::seconds(2), body};
  }

 private:
  struct Entry {
    uint64_t generation;
    std::chrono::steady_clock::time_point expires;
    std::string body;
  };
  std::shared_mutex mu_;
  std::unordered_map<int64_t, Entry> entries_;
};

Response ReadTerritory(BodyReader& b, Territory& t) {
  if (b.Has("parent_id")) t.parent_id = b.Int("parent_id", false);
  t.level = b.Str("level", true, 1, 40).value_or("");
  t.name_kk = b.Str("name_kk", true, 1, 200).value_or("");
  t.name_ru = b.Str("name_ru", true, 1, 200).value_or("");
  t.kato_code = b.Str("kato_code", false, 0, 20);
  t.valid_from = b.Str("valid_from", true, 10, 10).value_or("");
  return Response{};
}

}  // namespace

void RegisterDirectoryRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;
  auto find = deps.find;
  auto imports = deps.imports;
  auto store = deps.store;
  const Config& config = *deps.config;

  // Territories ------------------------------------------------------------
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

  // Maslikhats ----------------------------------------------------------------
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

  // Okrugs and coverage ----------------------------------------------------------
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

  // Deputies -------------------------------------------------------------------
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

  // Commissions ----------------------------------------------------------------
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

  // Find my deputy ---------------------------------------------------------------
  auto pairs_json = [](const std::vector<NamePair>& list) {
    Json items = Json::array();
    for (const auto& p : list)
      items.push_back({{"key", p.key}, {"name_kk", p.name_kk}, {"name_ru", p.name_ru}});
    return Json{{"items", items}};
  };
  routes.Add(
      "GET", "/api/v1/addresses/settlements", [find, pairs_json](const Request& req, const Actor&) {
        std::string q = req.Query("q").value_or("");
        if (http::Utf8Length(q) > 100) return Fail(Error::Invalid("q", "too_long"), req);
        return http::Reply<std::vector<NamePair>>(find->Settlements(q), req, 200, pairs_json);
      });
  routes.Add("GET", "/api/v1/addresses/streets",
             [find, pairs_json](const Request& req, const Actor&) {
               std::string q = req.Query("q").value_or("");
               std::string s = req.Query("settlement").value_or("");
               if (http::Utf8Length(q) > 100 || http::Utf8Length(s) > 100) {
                 return Fail(Error::Invalid("q", "too_long"), req);
               }
               return http::Reply<std::vector<NamePair>>(find->Streets(s, q), req, 200, pairs_json);
             });
  routes.Add("GET", "/api/v1/addresses/lookup", [find](const Request& req, const Actor&) {
    std::string settlement = req.Query("settlement").value_or("");
    std::string street = req.Query("street").value_or("");
    std::string house = req.Query("house").value_or("");
    if (http::Utf8Length(settlement) > 100 || http::Utf8Length(street) > 100 ||
        http::Utf8Length(house) > 20) {
      return Fail(Error::Invalid("address", "too_long"), req);
    }
    return http::Reply<LookupResult>(find->Lookup(settlement, street, house), req, 200, LookupJson);
  });

  // Imports ----------------------------------------------------------------------
  for (std::string kind : {"coverage", "deputies"}) {
    routes.Add(
        "POST", "/api/v1/maslikhats/{id}/imports/" + kind,
        [imports, kind](const Request& req, const Actor& actor) {
          auto id = http::PathId(req, "id");
          if (!id) return Fail(Error::NotFound(), req);
          auto dry = req.Query("dry_run").value_or("true");
          if (dry != "true" && dry != "false")
            return Fail(Error::Invalid("dry_run", "invalid"), req);
          auto ct = req.Header("content-type").value_or("");
          if (ct.rfind("text/csv", 0) != 0 && ct.rfind("text/plain", 0) != 0) {
            return Fail(Error::Invalid("body", "wrong_type"), req);
          }
          auto r = kind == "coverage" ? imports->Coverage(actor, *id, req.body, dry == "true")
                                      : imports->Deputies(actor, *id, req.body, dry == "true");
          if (!r.ok()) return Fail(r.error(), req);
          // The first 200 problems tell what is wrong with a file; the count tells how much.
          Json errors = Json::array();
          for (size_t i = 0; i < r->errors.size() && i < 200; ++i) {
            const auto& e = r->errors[i];
            errors.push_back({{"line", e.line}, {"field", e.field}, {"reason", e.reason}});
          }
          Json body = {{"dry_run", r->dry_run},
                       {"errors_total", r->errors.size()},
                       {"rows", r->rows},
                       {"imported", r->imported},
                       {"errors", errors}};
          if (!r->errors.empty()) {
            body["error"] = {{"code", "invalid_argument"},
                             {"message", "the file has bad rows; nothing was imported"},
                             {"fields", {{"file", "invalid"}}},
                             {"request_id", req.request_id}};
            return JsonResponse(422, body);
          }
          return JsonResponse(200, body);
        },
        http::Access::kSignedIn, http::Cost::kHeavy);
  }
}

}  // namespace kenes::directory
