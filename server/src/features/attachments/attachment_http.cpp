#include "features/attachments/attachment_http.hpp"

#include <cctype>
#include <cstdio>

#include "platform/http/endpoint.hpp"

namespace kenes::attachments {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using http::Response;

// The upload's body is the file itself, so what it is comes in the query string.
struct UploadQuery {
  AttachmentKind kind = AttachmentKind::kAppeal;
  std::string name = "file";  // the service cleans it for storage and headers
};

void Describe(http::Schema<UploadQuery>& s) {
  s.Enum("kind", &UploadQuery::kind, ParseKind);
  s.Add("name", &UploadQuery::name);
}

Json AttachmentJson(const Attachment& a) {
  return Json{{"id", a.id},
              {"kind", KindName(a.kind)},
              {"original_name", a.original_name},
              {"mime", a.mime},
              {"size_bytes", a.size_bytes},
              {"created_at", a.created_at},
              {"url", "/api/v1/appeals/" + std::to_string(a.appeal_id) + "/attachments/" +
                          std::to_string(a.id)}};
}

Json AttachmentsJson(const std::vector<Attachment>& list) {
  Json items = Json::array();
  for (const auto& a : list) items.push_back(AttachmentJson(a));
  return Json{{"items", items}};
}

// Always a download: an uploaded file is never rendered in the site's origin.
Response Download(const Attachment& a, std::string bytes) {
  std::string encoded;
  for (unsigned char c : a.original_name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      encoded += buf;
    }
  }
  Response res;
  res.SetHeader("Content-Type", a.mime);
  res.SetHeader("Content-Disposition",
                "attachment; filename=\"file\"; filename*=UTF-8''" + encoded);
  res.SetHeader("Cache-Control", "private, no-store");
  res.body = std::move(bytes);
  return res;
}

}  // namespace

void RegisterAttachmentRoutes(http::Routes& routes,
                              const std::shared_ptr<AttachmentService>& attachments) {
  // NoBody: the edge reads a JSON body or a GET's query, and this body is neither.
  routes.Add(Endpoint<NoBody, Attachment>{
      .method = "POST",
      .path = "/api/v1/appeals/{id}/attachments",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [attachments](const Call& c) -> Result<Attachment> {
        auto q = http::DecodeFields<UploadQuery>(http::FieldSource::Query(c.req.query));
        if (!q.ok()) return q.take_error();
        return attachments->Add(c.actor, c.Id(), q->kind, q->name, c.req.body);
      },
      .to_json = AttachmentJson});

  routes.Add(Endpoint<NoBody, std::vector<Attachment>>{
      .method = "GET",
      .path = "/api/v1/appeals/{id}/attachments",
      .access = http::Access::kSignedIn,
      .handle = [attachments](const Call& c) { return attachments->List(c.actor, c.Id()); },
      .to_json = AttachmentsJson});

  routes.Add(Endpoint<NoBody, Response>{.method = "GET",
                                        .path = "/api/v1/appeals/{id}/attachments/{attachment_id}",
                                        .access = http::Access::kSignedIn,
                                        .handle = [attachments](const Call& c) -> Result<Response> {
                                          auto r = attachments->Download(c.actor, c.Id(),
                                                                         c.Id("attachment_id"));
                                          if (!r.ok()) return r.take_error();
                                          return Download(r->first, std::move(r->second));
                                        }});
}

}  // namespace kenes::attachments
