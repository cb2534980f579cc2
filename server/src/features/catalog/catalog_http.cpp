#include "features/catalog/catalog_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::catalog {

// The request types' fields (found by argument-dependent lookup from the edge).
void Describe(http::Schema<Category>& s) {
  // Item checks beyond the shape (key syntax, duplicates) are CategoryProblems', in the service.
  s.Add("key", &Category::key, {.required = true, .max = 200});
  s.Add("name_kk", &Category::name_kk, {.required = true, .max = 200});
  s.Add("name_ru", &Category::name_ru, {.required = true, .max = 200});
  s.Add("name_en", &Category::name_en, {.required = true, .max = 200});
}

void Describe(http::Schema<AnswerTemplate>& s) {
  s.Add("language", &AnswerTemplate::language, {.required = true, .min = 2, .max = 2});
  s.Add("title", &AnswerTemplate::title, {.required = true, .min = 1, .max = 200});
  s.Add("body", &AnswerTemplate::body, {.required = true, .min = 1, .max = kMaxTemplateBodyChars});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;

struct Taxonomy {
  std::vector<Category> items;
};

void Describe(http::Schema<Taxonomy>& s) {
  // Twice the service's limit, so that a list slightly too long is told apart from garbage.
  s.List("items", &Taxonomy::items, {.required = true, .max = 2 * kMaxCategories});
}

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

Json TemplatesJson(const std::vector<AnswerTemplate>& list) {
  Json items = Json::array();
  for (const auto& t : list) items.push_back(TemplateJson(t));
  return Json{{"items", items}};
}

}  // namespace

void RegisterCatalogRoutes(http::Routes& routes, const std::shared_ptr<CatalogService>& svc) {
  using Categories = std::vector<Category>;
  using Templates = std::vector<AnswerTemplate>;

  routes.Add(
      Endpoint<NoBody, Categories>{.method = "GET",
                                   .path = "/api/v1/appeal-categories",
                                   .handle = [svc](const Call&) { return svc->Categories(); },
                                   .to_json = CategoriesJson});
  routes.Add(Endpoint<Taxonomy, Categories>{
      .method = "PUT",
      .path = "/api/v1/appeal-categories",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      Taxonomy in) { return svc->SetCategories(c.actor, std::move(in.items)); },
      .to_json = CategoriesJson});

  routes.Add(Endpoint<NoBody, Templates>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/answer-templates",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Templates(c.actor, c.Id()); },
      .to_json = TemplatesJson});
  routes.Add(
      Endpoint<AnswerTemplate, AnswerTemplate>{.method = "POST",
                                               .path = "/api/v1/maslikhats/{id}/answer-templates",
                                               .access = http::Access::kSignedIn,
                                               .status = 201,
                                               .handle =
                                                   [svc](const Call& c, AnswerTemplate t) {
                                                     t.maslikhat_id = c.Id();
                                                     return svc->AddTemplate(c.actor, std::move(t));
                                                   },
                                               .to_json = TemplateJson});
  routes.Add(Endpoint<AnswerTemplate, AnswerTemplate>{
      .method = "PUT",
      .path = "/api/v1/maslikhats/{id}/answer-templates/{template_id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, AnswerTemplate t) {
            t.id = c.Id("template_id");
            t.maslikhat_id = c.Id();
            return svc->UpdateTemplate(c.actor, std::move(t));
          },
      .to_json = TemplateJson});
  routes.Add(
      Endpoint<NoBody, Unit>{.method = "DELETE",
                             .path = "/api/v1/maslikhats/{id}/answer-templates/{template_id}",
                             .access = http::Access::kSignedIn,
                             .handle = [svc](const Call& c) {
                               return svc->DeleteTemplate(c.actor, c.Id(), c.Id("template_id"));
                             }});
}

}  // namespace kenes::catalog
