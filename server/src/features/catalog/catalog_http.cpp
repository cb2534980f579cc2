#include "features/catalog/catalog_http.hpp"

namespace kenes::catalog {
namespace {

using http::BodyReader;
using http::Fail;
using http::Json;
using http::JsonResponse;
using http::Request;

Json CategoriesJson(const std::vector<Category>& list) {
  Json items = Json::array();
  for (const auto& c : list) {
    items.push_back(
        {{"key", c.key}, {"name_kk", c.name_kk}, {"name_ru", c.name_ru}, {"name_en", c.name_en}});
  }
  return Json{{"items", items}};
}

Json TemplateJson(const AnswerTemplate& t) {
  return Json{{"id", t.id},
              {"maslikhat_id", t.maslikhat_id},
              {"language", t.language},
              {"title", t.title},
              {"body", t.body},
              {"created_at", t.created_at}};
}

}  // namespace

void RegisterCatalogRoutes(http::Routes& routes, const std::shared_ptr<CatalogService>& svc) {
  routes.Add("GET", "/api/v1/appeal-categories", [svc](const Request& req, const Actor&) {
    auto r = svc->Categories();
    if (!r.ok()) return Fail(r.error(), req);
    return JsonResponse(200, CategoriesJson(*r));
  });
  routes.Add(
      "PUT", "/api/v1/appeal-categories",
      [svc](const Request& req, const Actor& actor) {
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        std::vector<Category> list;
        const Json* items = b->Raw("items");
        if (!items || !items->is_array()) {
          b->Fail("items", items ? "wrong_type" : "required");
        } else {
          for (const auto& c : *items) {
            if (!c.is_object() || !c.contains("key") || !c["key"].is_string() ||
                !c.contains("name_kk") || !c["name_kk"].is_string() || !c.contains("name_ru") ||
                !c["name_ru"].is_string() || !c.contains("name_en") || !c["name_en"].is_string()) {
              b->Fail("items", "invalid");
              break;
            }
            list.push_back({c["key"], c["name_kk"], c["name_ru"], c["name_en"]});
          }
        }
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        auto r = svc->SetCategories(actor, std::move(list));
        if (!r.ok()) return Fail(r.error(), req);
        return JsonResponse(200, CategoriesJson(*r));
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/maslikhats/{id}/answer-templates",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        auto r = svc->Templates(actor, *id);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& t : *r) items.push_back(TemplateJson(t));
        return JsonResponse(200, {{"items", items}});
      },
      http::Access::kSignedIn);
  routes.Add(
      "POST", "/api/v1/maslikhats/{id}/answer-templates",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          AnswerTemplate t;
          t.maslikhat_id = id;
          t.language = b.Str("language", true, 2, 2).value_or("");
          t.title = b.Str("title", true, 1, 200).value_or("");
          t.body = b.Str("body", true, 1, 20000).value_or("");
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = svc->AddTemplate(actor, t);
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(201, TemplateJson(*r));
        });
      },
      http::Access::kSignedIn);
  routes.Add(
      "PUT", "/api/v1/maslikhats/{id}/answer-templates/{template_id}",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        auto tid = http::PathId(req, "template_id");
        if (!id || !tid) return Fail(Error::NotFound(), req);
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        AnswerTemplate t;
        t.id = *tid;
        t.maslikhat_id = *id;
        t.language = b->Str("language", true, 2, 2).value_or("");
        t.title = b->Str("title", true, 1, 200).value_or("");
        t.body = b->Str("body", true, 1, 20000).value_or("");
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        auto r = svc->UpdateTemplate(actor, t);
        if (!r.ok()) return Fail(r.error(), req);
        return JsonResponse(200, TemplateJson(*r));
      },
      http::Access::kSignedIn);
  routes.Add(
      "DELETE", "/api/v1/maslikhats/{id}/answer-templates/{template_id}",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        auto tid = http::ParseId(req.Param("template_id"));
        if (!id || !tid) return Fail(Error::NotFound(), req);
        if (auto s = svc->DeleteTemplate(actor, *id, *tid); !s.ok()) return Fail(s.error(), req);
        return http::NoContent();
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::catalog
