#include "features/appeals/appeal_control_http.hpp"

#include <cctype>
#include <cstdio>

#include "features/appeals/appeal_export.hpp"
#include "features/appeals/appeal_json.hpp"

namespace kenes::appeals {
namespace {

using http::BodyReader;
using http::ErrorResponse;
using http::Fail;
using http::Json;
using http::JsonResponse;
using http::Request;
using http::Response;

}  // namespace

void RegisterAppealControlRoutes(http::Routes& routes, const ControlDeps& deps) {
  auto svc = deps.service;
  auto control = deps.control;
  auto requests = deps.requests;
  auto attachments = deps.attachments;

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

  routes.Add(
      "GET", "/api/v1/appeals-dashboard",
      [control](const Request& req, const Actor& actor) {
        bool bad = false;
        auto m = http::QueryId(req, "maslikhat_id", &bad);
        if (bad || !m) return Fail(Error::Invalid("maslikhat_id", m ? "invalid" : "required"), req);
        auto r = control->Dashboard(actor, *m);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& h : *r) {
          items.push_back({{"deputy_id", Nullable(h.deputy_id)},
                           {"commission_id", Nullable(h.commission_id)},
                           {"open", h.open},
                           {"due_soon", h.due_soon},
                           {"overdue", h.overdue}});
        }
        return JsonResponse(200, {{"items", items}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/appeals-export",
      [svc, control](const Request& req, const Actor& actor) {
        bool bad = false;
        AppealFilter f = ParseFilter(req, &bad);
        if (bad) return Fail(Error::Invalid("query", "invalid"), req);
        std::string format = req.Query("format").value_or("csv");
        if (format != "csv" && format != "xlsx")
          return Fail(Error::Invalid("format", "invalid"), req);
        std::string lang = req.Query("lang").value_or("");
        if (!lang.empty() && lang != "kk" && lang != "ru" && lang != "en")
          return Fail(Error::Invalid("lang", "invalid"), req);
        auto rows = svc->ExportRows(actor, f);
        if (!rows.ok()) return Fail(rows.error(), req);
        if (lang.empty()) lang = control->ExportLanguage(actor);
        // ExportRows has checked that the caller may export this maslikhat.
        const ExportNames names = control->NamesForExport(f.maslikhat_id.value_or(0), lang);
        Response res;
        if (format == "csv") {
          res.body = ExportCsv(*rows, lang, names);
          res.SetHeader("Content-Type", "text/csv; charset=utf-8");
          res.SetHeader("Content-Disposition", "attachment; filename=\"appeals.csv\"");
        } else {
          res.body = ExportXlsx(*rows, lang, names);
          res.SetHeader("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
          res.SetHeader("Content-Disposition", "attachment; filename=\"appeals.xlsx\"");
        }
        return res;
      },
      http::Access::kSignedIn, http::Cost::kHeavy);

  routes.Add(
      "GET", "/api/v1/public/appeals",
      [svc](const Request& req, const Actor&) {
        bool bad = false;
        auto m = http::QueryId(req, "maslikhat_id", &bad);
        auto o = http::QueryId(req, "okrug_id", &bad);
        auto cursor = http::QueryId(req, "cursor", &bad);
        auto limit = http::QueryId(req, "limit", &bad);
        if (bad) return Fail(Error::Invalid("query", "invalid"), req);
        auto r =
            svc->PublicRegister(m, o, cursor.value_or(0), static_cast<int>(limit.value_or(50)));
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& a : r->items) {
          // Only what the applicant agreed to publish: no names, contacts, text of the appeal body.
          items.push_back({{"id", a.id},
                           {"number", a.number},
                           {"maslikhat_id", a.maslikhat_id},
                           {"okrug_id", Nullable(a.okrug_id)},
                           {"type", a.type},
                           {"subject", a.subject},
                           {"category", a.category},
                           {"status", a.status},
                           {"outcome", Nullable(a.outcome)},
                           {"answer_text", Nullable(a.answer_text)},
                           {"registered_on", a.registered_on}});
        }
        return JsonResponse(
            200, {{"items", items},
                  {"next_cursor",
                   r->next_after ? Json(std::to_string(*r->next_after)) : Json(nullptr)}});
      },
      http::Access::kPublic, http::Cost::kHeavy);

  routes.Add("GET", "/api/v1/executive-bodies", [requests](const Request& req, const Actor&) {
    auto r = requests->Bodies();
    if (!r.ok()) return Fail(r.error(), req);
    Json items = Json::array();
    for (const auto& b : *r) {
      items.push_back({{"id", b.id},
                       {"maslikhat_id", Nullable(b.maslikhat_id)},
                       {"name_kk", b.name_kk},
                       {"name_ru", b.name_ru}});
    }
    return JsonResponse(200, {{"items", items}});
  });

  routes.Add(
      "POST", "/api/v1/executive-bodies",
      [requests](const Request& req, const Actor& actor) {
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        ExecutiveBody body;
        body.maslikhat_id = b->Int("maslikhat_id", false);
        body.name_kk = b->Str("name_kk", true, 1, 300).value_or("");
        body.name_ru = b->Str("name_ru", true, 1, 300).value_or("");
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        auto r = requests->CreateBody(actor, body);
        if (!r.ok()) return Fail(r.error(), req);
        return JsonResponse(201, {{"id", r->id},
                                  {"maslikhat_id", Nullable(r->maslikhat_id)},
                                  {"name_kk", r->name_kk},
                                  {"name_ru", r->name_ru}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/appeals/{id}/deputy-requests",
      [requests](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          auto body_id = b.Int("body_id", true);
          auto text = b.Str("text", true, 1, 20000);
          auto days = b.Int("due_working_days", false);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = requests->Send(actor, id, *body_id, *text,
                                  static_cast<int>(days.value_or(kDefaultRequestWorkingDays)));
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(201, RequestJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/deputy-requests",
      [requests](const Request& req, const Actor& actor) {
        bool bad = false;
        auto appeal = http::QueryId(req, "appeal_id", &bad);
        if (bad) return Fail(Error::Invalid("appeal_id", "invalid"), req);
        auto r = requests->List(actor, appeal);
        if (!r.ok()) return Fail(r.error(), req);
        Json items = Json::array();
        for (const auto& d : *r) items.push_back(RequestJson(d));
        return JsonResponse(200, {{"items", items}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/deputy-requests/{id}/answer",
      [requests](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          auto text = b.Str("text", true, 1, 20000);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = requests->Answer(actor, id, *text);
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(200, RequestJson(*r));
        });
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::appeals
