#include <string_view>
#include <utility>

#include "features/directory/directory_http_support.hpp"

namespace kenes::directory {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using http::Response;

// The import's own answer: 200, or 422 with the error shape and the rows' problems beside it.
Response ImportResponse(const ImportReport& r, const std::string& request_id) {
  // The first 200 problems tell what is wrong with a file; the count tells how much.
  Json errors = Json::array();
  for (size_t i = 0; i < r.errors.size() && i < 200; ++i) {
    const auto& e = r.errors[i];
    errors.push_back({{"line", e.line}, {"field", e.field}, {"reason", e.reason}});
  }
  Json body = {{"dry_run", r.dry_run},
               {"errors_total", r.errors.size()},
               {"rows", r.rows},
               {"imported", r.imported},
               {"errors", errors}};
  if (r.errors.empty()) return http::JsonResponse(200, body);
  body["error"] = {{"code", "invalid_argument"},
                   {"message", "the file has bad rows; nothing was imported"},
                   {"fields", {{"file", "invalid"}}},
                   {"request_id", request_id}};
  return http::JsonResponse(422, body);
}

}  // namespace

// CSV imports of okrug coverage and deputies (dry run first). The body is the CSV file, so the
// route reads it and its one query parameter itself.
void RegisterImportRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto imports = deps.imports;

  // The declaration keeps the path as a pointer: string literals, not a path built here.
  const std::pair<std::string_view, const char*> kinds[] = {
      {"coverage", "/api/v1/maslikhats/{id}/imports/coverage"},
      {"deputies", "/api/v1/maslikhats/{id}/imports/deputies"}};
  for (const auto& entry : kinds) {
    const std::string_view kind = entry.first;
    routes.Add(Endpoint<NoBody, Response>{
        .method = "POST",
        .path = entry.second,
        .access = http::Access::kSignedIn,
        .cost = http::Cost::kHeavy,
        .handle = [imports, kind](const Call& c) -> Result<Response> {
          const auto dry = c.req.Query("dry_run").value_or("true");
          if (dry != "true" && dry != "false") return Error::Invalid("dry_run", "invalid");
          const auto type = c.req.Header("content-type").value_or("");
          if (type.rfind("text/csv", 0) != 0 && type.rfind("text/plain", 0) != 0) {
            return Error::Invalid("body", "wrong_type");
          }
          const bool dry_run = dry == "true";
          auto r = kind == "coverage" ? imports->Coverage(c.actor, c.Id(), c.req.body, dry_run)
                                      : imports->Deputies(c.actor, c.Id(), c.req.body, dry_run);
          if (!r.ok()) return r.take_error();
          return ImportResponse(r.value(), c.req.request_id);
        }});
  }
}

}  // namespace kenes::directory
