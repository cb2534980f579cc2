#include "features/appeals/attachment_http.hpp"

#include "features/appeals/appeal_json.hpp"

namespace kenes::appeals {
namespace {

using http::BodyReader;
using http::Fail;
using http::Json;
using http::JsonResponse;
using http::Request;
using http::Response;

}  // namespace

void RegisterAttachmentRoutes(http::Routes& routes,
                              const std::shared_ptr<AppealAttachments>& attachments) {
  auto attachment_json = [](const Attachment& a) {
    return Json{{"id", a.id},
                {"kind", a.kind},
                {"original_name", a.original_name},
                {"mime", a.mime},
                {"size_bytes", a.size_bytes},
                {"created_at", a.created_at},
                {"url", "/api/v1/appeals/" + std::to_string(a.appeal_id) + "/attachments/" +
                            std::to_string(a.id)}};
  };
  routes.Add(
      "POST", "/api/v1/appeals/{id}/attachments",
      [attachments, attachment_json](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        auto r = attachments->Add(actor, *id, req.Query("kind").value_or("appeal"),
                                  req.Query("name").value_or("file"), req.body);
        if (!r.ok()) return Fail(r.error(), req);
        return JsonResponse(201, attachment_json(*r));
      },
      http::Access::kSignedIn);
  routes.Add(
      "GET", "/api/v1/appeals/{id}/attachments",
      [attachments, attachment_json](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        auto r = attachments->List(actor, *id);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& a : *r) items.push_back(attachment_json(a));
        return JsonResponse(200, {{"items", items}});
      },
      http::Access::kSignedIn);
  routes.Add(
      "GET", "/api/v1/appeals/{id}/attachments/{attachment_id}",
      [attachments](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        auto aid = http::ParseId(req.Param("attachment_id"));
        if (!id || !aid) return Fail(Error::NotFound(), req);
        auto r = attachments->Download(actor, *id, *aid);
        if (!r.ok()) return Fail(r.error(), req);
        Response res;
        res.SetHeader("Content-Type", r->first.mime);
        // Always a download: an uploaded file is never rendered in the site's origin.
        std::string encoded;
        for (unsigned char c : r->first.original_name) {
          if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
            encoded.push_back(static_cast<char>(c));
          } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            encoded += buf;
          }
        }
        res.SetHeader("Content-Disposition",
                      "attachment; filename=\"file\"; filename*=UTF-8''" + encoded);
        res.SetHeader("Cache-Control", "private, no-store");
        res.body = std::move(r->second);
        return res;
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::appeals
