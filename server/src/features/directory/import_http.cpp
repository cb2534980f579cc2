#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// CSV imports of okrug coverage and deputies (dry run first).
void RegisterImportRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto imports = deps.imports;

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
