#include "features/voter_reports/voter_reports_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::voter_reports {

using http::Json;
using http::Response;
using http::Schema;

struct NewReportBody {
  int year = 0;
};
void Describe(Schema<NewReportBody>& s) {
  s.Add("year", &NewReportBody::year, {.required = true, .lo = kFirstYear, .hi = 9999});
}

// A change to a draft; absent fields stay, a null meeting_event_id clears the meeting.
struct ReportBody {
  std::optional<std::string> text_kk, text_ru;
  http::Field<int64_t> meeting_event_id;
};
void Describe(Schema<ReportBody>& s) {
  s.Add("text_kk", &ReportBody::text_kk, {.max = kMaxTextChars});
  s.Add("text_ru", &ReportBody::text_ru, {.max = kMaxTextChars});
  s.Add("meeting_event_id", &ReportBody::meeting_event_id, {.lo = 1});
}

struct PdfQuery {
  std::string lang = "ru";
};
void Describe(Schema<PdfQuery>& s) {
  s.Add("lang", &PdfQuery::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const PdfQuery& q) {
    if (q.lang != "kk" && q.lang != "ru") src.Fail("lang", "invalid");
  });
}

namespace {

using http::Call;
using http::Endpoint;

Json FiguresJson(const Figures& f) {
  Json categories = Json::array();
  for (const auto& c : f.categories) {
    categories.push_back(Json{{"key", c.key},
                              {"name_kk", c.name_kk},
                              {"name_ru", c.name_ru},
                              {"name_en", c.name_en},
                              {"received", c.received},
                              {"resolved", c.resolved}});
  }
  return Json{{"appeals_received", f.appeals_received},
              {"appeals_resolved", f.appeals_resolved},
              {"categories", categories},
              {"receptions_held", f.receptions_held},
              {"reception_visits", f.reception_visits},
              {"events_held", f.events_held},
              {"requests_sent", f.requests_sent},
              {"requests_answered", f.requests_answered},
              {"counted_at", f.counted_at}};
}

Json OptText(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

// The list's entry: without the texts (a page of years and links).
Json SummaryJson(const Report& r) {
  return Json{{"id", r.id},
              {"deputy_id", r.deputy_id},
              {"year", r.year},
              {"state", StateName(r.state)},
              {"published_at", OptText(r.published_at)},
              {"updated_at", r.updated_at}};
}

Json ViewJson(const ReportView& v) {
  const Report& r = v.report;
  Json j = SummaryJson(r);
  j["maslikhat_id"] = r.maslikhat_id;
  j["deputy_name_kk"] = v.deputy_name_kk;
  j["deputy_name_ru"] = v.deputy_name_ru;
  j["text_kk"] = r.text_kk;
  j["text_ru"] = r.text_ru;
  j["html_kk"] = r.html_kk;
  j["html_ru"] = r.html_ru;
  j["figures"] = FiguresJson(r.figures);
  j["meeting_event_id"] = r.meeting_event_id ? Json(*r.meeting_event_id) : Json(nullptr);
  j["meeting"] = v.meeting ? Json{{"event_id", v.meeting->event_id},
                                  {"title_kk", v.meeting->title_kk},
                                  {"title_ru", v.meeting->title_ru},
                                  {"starts_at", v.meeting->starts_at}}
                           : Json(nullptr);
  j["can_edit"] = v.can_edit;
  j["created_at"] = r.created_at;
  return j;
}

Json ListJson(const ReportList& l) {
  Json items = Json::array();
  for (const auto& r : l.items) items.push_back(SummaryJson(r));
  return Json{{"deputy_id", l.deputy_id}, {"items", items}, {"can_edit", l.can_edit}};
}

using Action = Result<ReportView> (VoterReportsService::*)(const Actor&, int64_t);

}  // namespace

void RegisterVoterReportsRoutes(http::Routes& routes,
                                const std::shared_ptr<VoterReportsService>& svc) {
  routes.Add(Endpoint<http::NoBody, ReportList>{
      .method = "GET",
      .path = "/api/v1/deputies/{id}/reports",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->List(c.actor, c.Id()); },
      .to_json = ListJson});
  routes.Add(Endpoint<http::NoBody, ReportList>{
      .method = "GET",
      .path = "/api/v1/me/voter-reports",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Mine(c.actor); },
      .to_json = ListJson});
  routes.Add(Endpoint<NewReportBody, ReportView>{
      .method = "POST",
      .path = "/api/v1/deputies/{id}/reports",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const NewReportBody& b) { return svc->Create(c.actor, c.Id(), b.year); },
      .to_json = ViewJson});
  routes.Add(Endpoint<http::NoBody, ReportView>{
      .method = "GET",
      .path = "/api/v1/voter-reports/{id}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .to_json = ViewJson});
  routes.Add(Endpoint<ReportBody, ReportView>{
      .method = "PATCH",
      .path = "/api/v1/voter-reports/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const ReportBody& b) {
            return svc->Update(c.actor, c.Id(),
                               ReportInput{.text_kk = b.text_kk,
                                           .text_ru = b.text_ru,
                                           .meeting_event_id = b.meeting_event_id.patch()});
          },
      .to_json = ViewJson});
  const std::pair<const char*, Action> actions[] = {
      {"/api/v1/voter-reports/{id}/refresh", &VoterReportsService::Refresh},
      {"/api/v1/voter-reports/{id}/publish", &VoterReportsService::Publish},
      {"/api/v1/voter-reports/{id}/unpublish", &VoterReportsService::Unpublish},
  };
  for (const auto& entry : actions) {
    const Action action = entry.second;  // a copy: clang 14 does not capture structured bindings
    routes.Add(Endpoint<http::NoBody, ReportView>{
        .method = "POST",
        .path = entry.first,
        .access = http::Access::kSignedIn,
        .handle = [svc, action](const Call& c) { return ((*svc).*action)(c.actor, c.Id()); },
        .to_json = ViewJson});
  }
  routes.Add(Endpoint<PdfQuery, Response>{
      .method = "GET",
      .path = "/api/v1/voter-reports/{id}/report.pdf",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,  // rendering a PDF: off the io threads
      .handle = [svc](const Call& c, const PdfQuery& q) -> Result<Response> {
        auto pdf = svc->Pdf(c.actor, c.Id(), q.lang);
        if (!pdf.ok()) return pdf.take_error();
        Response res;
        res.SetHeader("Content-Type", "application/pdf");
        res.SetHeader("Content-Disposition", "attachment; filename=\"voter-report-" +
                                                 std::to_string(c.Id()) + "-" + q.lang + ".pdf\"");
        res.body = std::move(*pdf);
        return res;
      }});
}

}  // namespace kenes::voter_reports
