#include "features/appeals/appeal_http.hpp"

#include <chrono>

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

Json ViewJson(const AppealView& v) {
  const Appeal& a = v.appeal;
  Json j = SummaryJson(a);
  j["body"] = a.body;
  j["problem_address"] = a.problem_address;
  j["applicant"] = {
      {"name", a.applicant_name},
      {"email", a.applicant_email},
      {"phone", a.applicant_phone},
      {"address", a.applicant_address},
      {"iin_masked", a.applicant_iin ? Json(MaskIin(*a.applicant_iin)) : Json(nullptr)}};
  j["contact_preference"] = a.contact_preference;
  j["cosigners"] = Json::parse(a.cosigners_json, nullptr, false);
  j["public_consent"] = a.public_consent;
  j["answer_text"] = Nullable(a.answer_text);
  j["answered_at"] = Nullable(a.answered_at);
  j["feedback_solved"] = Nullable(a.feedback_solved);
  j["feedback_comment"] = Nullable(a.feedback_comment);
  j["overdue"] = v.overdue;
  j["access"] = v.access == Access::kStaff    ? "staff"
                : v.access == Access::kDeputy ? "deputy"
                                              : "applicant";
  Json events = Json::array();
  for (const auto& e : v.events) {
    events.push_back({{"at", e.at},
                      {"action", e.action},
                      {"from_status", e.from_status},
                      {"to_status", e.to_status},
                      {"reason", e.reason},
                      {"details", Json::parse(e.details_json, nullptr, false)}});
  }
  j["events"] = events;
  return j;
}

}  // namespace

void RegisterAppealRoutes(http::Routes& routes, std::shared_ptr<AppealService> svc) {
  routes.Add(
      "POST", "/api/v1/appeals",
      [svc](const Request& req, const Actor& actor) {
        auto b = BodyReader::Parse(req);
        if (!b.ok()) return Fail(b.error(), req);
        IntakeInput in;
        in.type = b->Str("type", true, 1, 20).value_or("");
        in.language = b->Str("language", true, 2, 2).value_or("");
        in.subject = b->Str("subject", true, 1, 300).value_or("");
        in.body = b->Str("body", true, 1, 20000).value_or("");
        in.problem_address = b->Str("problem_address", false, 0, 300).value_or("");
        in.addressee = b->Str("addressee", true, 1, 20).value_or("");
        in.deputy_id = b->Int("deputy_id", false);
        in.commission_id = b->Int("commission_id", false);
        in.maslikhat_id = b->Int("maslikhat_id", false);
        in.contact_preference = b->Str("contact_preference", false, 1, 20).value_or("email");
        in.collective = b->Bool("collective", false).value_or(false);
        if (const Json* c = b->Raw("cosigners")) {
          if (!c->is_array())
            b->Fail("cosigners", "wrong_type");
          else
            in.cosigners_json = c->dump();
        }
        in.public_consent = b->Bool("public_consent", false).value_or(false);
        in.repeat_of = b->Int("repeat_of", false);
        in.channel = b->Str("channel", false, 1, 20);
        in.anonymous = b->Bool("anonymous", false).value_or(false);
        in.urgent_redirect = b->Bool("urgent_redirect", false).value_or(false);
        in.applicant_name = b->Str("applicant_name", false, 0, 300).value_or("");
        in.applicant_email = b->Str("applicant_email", false, 0, 254).value_or("");
        in.applicant_phone = b->Str("applicant_phone", false, 0, 40).value_or("");
        in.applicant_address = b->Str("applicant_address", false, 0, 300).value_or("");
        in.applicant_iin = b->Str("applicant_iin", false, 0, 20);
        if (auto ms = b->Int("received_at_ms", false)) in.received_at_ms = *ms;
        if (auto s = b->Done(); !s.ok()) return Fail(s.error(), req);
        auto r = svc->File(actor, std::move(in));
        if (!r.ok()) return Fail(r.error(), req);
        AppealView v{*r, {}, Access::kApplicant, false};
        Json j = ViewJson(v);
        j["talon"] = {{"number", r->number},
                      {"registered_on", r->registered_on},
                      {"received_at", r->received_at},
                      {"due_on", r->due_on}};
        return JsonResponse(201, j);
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/appeals",
      [svc](const Request& req, const Actor& actor) {
        bool bad = false;
        AppealFilter f = ParseFilter(req, &bad);
        if (bad || http::Utf8Length(f.query) > 200)
          return Fail(Error::Invalid("query", "invalid"), req);
        auto r = svc->List(actor, f);
        if (!r.ok()) return Fail(r.error(), req);
        std::string body;
        body.reserve(512 * r->items.size() + 64);
        http::JsonWriter w(body);
        w.BeginObject().Key("items").BeginArray();
        for (const auto& a : r->items) WriteSummary(w, a);
        w.EndArray().Key("next_cursor");
        if (r->next_after)
          w.String(std::to_string(*r->next_after));
        else
          w.Null();
        w.EndObject();
        return http::JsonText(200, std::move(body));
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/appeals/{id}",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        auto r = svc->Get(actor, *id);
        if (!r.ok()) return Fail(r.error(), req);
        return JsonResponse(200, ViewJson(*r));
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/appeals/{id}/talon.pdf",
      [svc](const Request& req, const Actor& actor) {
        auto id = http::PathId(req, "id");
        if (!id) return Fail(Error::NotFound(), req);
        auto pdf = svc->TalonPdf(actor, *id);
        if (!pdf.ok()) return Fail(pdf.error(), req);
        Response res;
        res.SetHeader("Content-Type", "application/pdf");
        res.SetHeader("Content-Disposition", "inline; filename=\"talon.pdf\"");
        res.body = std::move(*pdf);
        return res;
      },
      http::Access::kSignedIn, http::Cost::kHeavy);

  routes.Add(
      "POST", "/api/v1/appeals/{id}/actions",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          TransitionInput in;
          if (auto name = b.Str("action", true, 1, 20)) {
            if (auto action = ParseAction(*name))
              in.action = *action;
            else
              b.Fail("action", "invalid");
          }
          in.reason = b.Str("reason", false, 0, 2000).value_or("");
          in.deputy_id = b.Int("deputy_id", false);
          in.commission_id = b.Int("commission_id", false);
          in.extend_until = b.Str("extend_until", false, 0, 10);
          in.answer_text = b.Str("answer_text", false, 0, 20000);
          in.outcome = b.Str("outcome", false, 0, 20);
          in.forward_to = b.Str("forward_to", false, 0, 300);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = svc->Act(actor, id, in);
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(200, ViewJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/appeals/{id}/feedback",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          auto solved = b.Bool("solved", true);
          auto comment = b.Str("comment", false, 0, 2000).value_or("");
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = svc->Feedback(actor, id, *solved, comment);
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(200, ViewJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "PATCH", "/api/v1/appeals/{id}",
      [svc](const Request& req, const Actor& actor) {
        return http::WithIdAndBody(req, "id", [&](int64_t id, BodyReader& b) {
          auto category = b.Str("category", true, 0, 40);
          if (auto s = b.Done(); !s.ok()) return Fail(s.error(), req);
          auto r = svc->Categorize(actor, id, *category);
          if (!r.ok()) return Fail(r.error(), req);
          return JsonResponse(200, ViewJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "GET", "/api/v1/appeals-export",
      [svc](const Request& req, const Actor& actor) {
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
        if (lang.empty()) lang = svc->ExportLanguage(actor);
        // ExportRows has checked that the caller may export this maslikhat.
        const ExportNames names = svc->NamesForExport(f.maslikhat_id.value_or(0), lang);
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
                           {"status", StatusName(a.status)},
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
}

}  // namespace kenes::appeals
