// Documents of agenda items. An upload's body is the file itself, as for posts' images; what it is
// comes in the query string. Downloads are always attachments, never rendered in the site's origin.
#include "features/sittings/sitting_documents_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::sittings {

using http::Json;
using http::Schema;

// The titles, language and place of a document: the query of an upload, the body of a change.
void Describe(Schema<DocumentInput>& s) {
  s.Add("title_kk", &DocumentInput::title_kk, {.max = kMaxDocumentTitleChars});
  s.Add("title_ru", &DocumentInput::title_ru, {.max = kMaxDocumentTitleChars});
  s.Enum("language", &DocumentInput::language, ParseLanguage);
  s.Add("position", &DocumentInput::position, {.lo = 1, .hi = 1000});
}

struct DownloadQuery {
  std::string lang = "ru";  // whose title names the file
};
void Describe(Schema<DownloadQuery>& s) { s.Add("lang", &DownloadQuery::lang, {.max = 2}); }

namespace {

using http::Call;
using http::Endpoint;
using http::NoBody;

std::string VersionUrl(int64_t document_id, int64_t version_id) {
  return "/api/v1/public/sitting-documents/" + std::to_string(document_id) + "/versions/" +
         std::to_string(version_id);
}

Json DocumentJson(const SittingDocument& d) {
  Json versions = Json::array();
  for (const auto& v : d.versions) {
    versions.push_back({{"id", v.id},
                        {"mime", v.mime},
                        {"size_bytes", v.size_bytes},
                        {"created_at", v.created_at},
                        {"url", VersionUrl(d.id, v.id)}});
  }
  return {{"id", d.id},
          {"sitting_id", d.sitting_id},
          {"agenda_item_id", d.agenda_item_id},
          {"title_kk", d.title_kk},
          {"title_ru", d.title_ru},
          {"language", LanguageName(d.language)},
          {"position", d.position},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at},
          {"versions", versions}};
}

std::string_view ExtensionOfMime(const std::string& mime) {
  if (mime == "application/pdf") return "pdf";
  if (mime.find("wordprocessingml") != std::string::npos) return "docx";
  if (mime.find("spreadsheetml") != std::string::npos) return "xlsx";
  if (mime.find("opendocument.text") != std::string::npos) return "odt";
  return "bin";
}

http::Response FileResponse(DocumentFile f, const std::string& lang) {
  const std::string_view ext = ExtensionOfMime(f.version.mime);
  const std::string& title = lang == "kk" ? f.document.title_kk : f.document.title_ru;
  http::Response res;
  res.SetHeader("Content-Type", f.version.mime);
  res.SetHeader("Content-Disposition", DownloadDisposition(DocumentFileName(title, ext), ext));
  res.SetHeader("X-Content-Type-Options", "nosniff");
  // A version's bytes never change, but a sitting may be closed or a document removed later.
  res.SetHeader("Cache-Control", f.is_public ? "public, max-age=300" : "private, no-store");
  res.body = std::move(f.bytes);
  return res;
}

}  // namespace

void RegisterSittingDocumentRoutes(http::Routes& routes,
                                   const std::shared_ptr<SittingDocumentsService>& svc) {
  // The edge lets a body this big through only on the two upload routes.
  constexpr size_t kUploadBody = kMaxDocumentBytes + (64u << 10);
  routes.Add(Endpoint<NoBody, SittingDocuments>{
      .method = "GET",
      .path = "/api/v1/public/sittings/{id}/documents",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->List(c.actor, c.Id()); },
      .to_json =
          [](const SittingDocuments& list) {
            Json items = Json::array();
            for (const auto& d : list.items) items.push_back(DocumentJson(d));
            return Json{{"hidden", list.hidden}, {"items", items}};
          }});
  routes.Add(Endpoint<NoBody, SittingDocument>{
      .method = "POST",
      .path = "/api/v1/sittings/{id}/agenda/{item_id}/documents",
      .access = http::Access::kSignedIn,
      // Up to 20 MB read, checked and written: capped like other heavy work.
      .cost = http::Cost::kHeavy,
      .status = 201,
      .handle = [svc](const Call& c) -> Result<SittingDocument> {
        auto in = http::DecodeFields<DocumentInput>(http::FieldSource::Query(c.req.query));
        if (!in.ok()) return in.take_error();
        return svc->Add(c.actor, c.Id(), c.Id("item_id"), *in, c.req.body);
      },
      .to_json = DocumentJson,
      .max_body_bytes = kUploadBody});
  routes.Add(Endpoint<NoBody, SittingDocument>{
      .method = "POST",
      .path = "/api/v1/sitting-documents/{id}/versions",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,
      .status = 201,
      .handle = [svc](const Call& c) { return svc->Replace(c.actor, c.Id(), c.req.body); },
      .to_json = DocumentJson,
      .max_body_bytes = kUploadBody});
  routes.Add(Endpoint<DocumentInput, SittingDocument>{
      .method = "PATCH",
      .path = "/api/v1/sitting-documents/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const DocumentInput& in) { return svc->Update(c.actor, c.Id(), in); },
      .to_json = DocumentJson});
  routes.Add(Endpoint<NoBody, Unit>{
      .method = "DELETE",
      .path = "/api/v1/sitting-documents/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Remove(c.actor, c.Id()); }});
  routes.Add(Endpoint<DownloadQuery, http::Response>{
      .method = "GET",
      .path = "/api/v1/public/sitting-documents/{id}/versions/{version_id}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c, const DownloadQuery& q) -> Result<http::Response> {
        auto file = svc->Download(c.actor, c.Id(), c.Id("version_id"));
        if (!file.ok()) return file.take_error();
        return FileResponse(std::move(file).value(), q.lang);
      }});
}

}  // namespace kenes::sittings
