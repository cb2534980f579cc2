#include "features/annual_reports/annual_reports_http.hpp"

#include <algorithm>

#include "platform/http/endpoint.hpp"

namespace kenes::annual_reports {

using http::Json;
using http::Response;
using http::Schema;

struct ListQuery {
  std::optional<int64_t> commission;
};
void Describe(Schema<ListQuery>& s) { s.Add("commission", &ListQuery::commission, {.lo = 1}); }

struct NewReportBody {
  std::optional<int64_t> commission_id;
  int year = 0;
};
void Describe(Schema<NewReportBody>& s) {
  s.Add("commission_id", &NewReportBody::commission_id, {.lo = 1});
  s.Add("year", &NewReportBody::year, {.required = true, .lo = kFirstYear, .hi = 9999});
}

// A change to the working copy; absent fields stay.
struct DraftBody {
  std::optional<std::string> text_kk, text_ru, note_kk, note_ru;
};
void Describe(Schema<DraftBody>& s) {
  s.Add("text_kk", &DraftBody::text_kk, {.max = kMaxTextChars});
  s.Add("text_ru", &DraftBody::text_ru, {.max = kMaxTextChars});
  s.Add("note_kk", &DraftBody::note_kk, {.max = kMaxNoteChars});
  s.Add("note_ru", &DraftBody::note_ru, {.max = kMaxNoteChars});
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

Json OptText(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }
Json OptId(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

// A maslikhat's figures, or a commission's three.
Json FiguresJson(const Report& r, const Figures& f) {
  if (r.commission_id) {
    return Json{{"meetings_held", f.meetings_held},
                {"questions", f.questions},
                {"conclusions", f.decisions},
                {"counted_at", f.counted_at}};
  }
  Json categories = Json::array();
  for (const auto& c : f.categories) {
    categories.push_back(Json{{"key", c.key},
                              {"name_kk", c.name_kk},
                              {"name_ru", c.name_ru},
                              {"name_en", c.name_en},
                              {"received", c.received},
                              {"resolved", c.resolved}});
  }
  return Json{{"sittings_regular", f.sittings_regular},
              {"sittings_extraordinary", f.sittings_extraordinary},
              {"questions", f.questions},
              {"decisions", f.decisions},
              {"acts_adopted", f.acts_adopted},
              {"acts_registered", f.acts_registered},
              {"discussions_held", f.discussions_held},
              {"comments_received", f.comments_received},
              {"appeals_received", f.appeals_received},
              {"appeals_resolved", f.appeals_resolved},
              {"categories", categories},
              {"receptions_held", f.receptions_held},
              {"events_held", f.events_held},
              {"counted_at", f.counted_at}};
}

Json SummaryJson(const ReportView& v) {
  const Report& r = v.report;
  return Json{{"id", r.id},
              {"maslikhat_id", r.maslikhat_id},
              {"commission_id", OptId(r.commission_id)},
              {"commission_name_kk", v.commission_name_kk},
              {"commission_name_ru", v.commission_name_ru},
              {"year", r.year},
              {"version", r.version},
              {"published_at", OptText(r.published_at)},
              {"updated_at", r.updated_at},
              {"can_edit", v.can_edit}};
}

Json ViewJson(const ReportView& v) {
  const Report& r = v.report;
  Json j = SummaryJson(v);
  j["maslikhat_name_kk"] = v.maslikhat_name_kk;
  j["maslikhat_name_ru"] = v.maslikhat_name_ru;
  if (const auto& s = v.shown) {
    j["shown"] = Json{
        {"number", s->number},   {"text_kk", s->text_kk}, {"text_ru", s->text_ru},
        {"html_kk", s->html_kk}, {"html_ru", s->html_ru}, {"figures", FiguresJson(r, s->figures)},
        {"note_kk", s->note_kk}, {"note_ru", s->note_ru}, {"published_at", s->published_at}};
  } else {
    j["shown"] = nullptr;
  }
  Json versions = Json::array();
  for (const auto& s : v.versions) {
    versions.push_back(Json{{"number", s.number},
                            {"note_kk", s.note_kk},
                            {"note_ru", s.note_ru},
                            {"published_at", s.published_at}});
  }
  j["versions"] = versions;
  j["draft"] = v.can_edit ? Json{{"text_kk", r.draft.text_kk},
                                 {"text_ru", r.draft.text_ru},
                                 {"note_kk", r.draft.note_kk},
                                 {"note_ru", r.draft.note_ru},
                                 {"figures", FiguresJson(r, r.draft.figures)}}
                          : Json(nullptr);
  j["created_at"] = r.created_at;
  return j;
}

Json ListJson(const ReportList& l) {
  Json items = Json::array();
  for (const auto& v : l.items) items.push_back(SummaryJson(v));
  return Json{{"maslikhat_id", l.maslikhat_id}, {"items", items}, {"can_edit", l.can_edit}};
}

// A version's number from the path, kept within what a report may hold.
int NumberOf(const Call& c) {
  return static_cast<int>(std::min<int64_t>(c.Id("number"), int64_t{kMaxVersions} + 1));
}

using Action = Result<ReportView> (AnnualReportsService::*)(const Actor&, int64_t);

}  // namespace

void RegisterAnnualReportsRoutes(http::Routes& routes,
                                 const std::shared_ptr<AnnualReportsService>& svc) {
  routes.Add(Endpoint<ListQuery, ReportList>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/annual-reports",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c,
                      const ListQuery& q) { return svc->List(c.actor, c.Id(), q.commission); },
      .to_json = ListJson});
  routes.Add(Endpoint<NewReportBody, ReportView>{.method = "POST",
                                                 .path = "/api/v1/maslikhats/{id}/annual-reports",
                                                 .access = http::Access::kSignedIn,
                                                 .status = 201,
                                                 .handle =
                                                     [svc](const Call& c, const NewReportBody& b) {
                                                       return svc->Create(c.actor, c.Id(),
                                                                          b.commission_id, b.year);
                                                     },
                                                 .to_json = ViewJson});
  routes.Add(Endpoint<http::NoBody, ReportView>{
      .method = "GET",
      .path = "/api/v1/annual-reports/{id}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .to_json = ViewJson});
  routes.Add(Endpoint<http::NoBody, ReportView>{
      .method = "GET",
      .path = "/api/v1/annual-reports/{id}/versions/{number}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id(), NumberOf(c)); },
      .to_json = ViewJson});
  routes.Add(Endpoint<DraftBody, ReportView>{.method = "PATCH",
                                             .path = "/api/v1/annual-reports/{id}",
                                             .access = http::Access::kSignedIn,
                                             .handle =
                                                 [svc](const Call& c, const DraftBody& b) {
                                                   return svc->Update(
                                                       c.actor, c.Id(),
                                                       DraftInput{.text_kk = b.text_kk,
                                                                  .text_ru = b.text_ru,
                                                                  .note_kk = b.note_kk,
                                                                  .note_ru = b.note_ru});
                                                 },
                                             .to_json = ViewJson});
  const std::pair<const char*, Action> actions[] = {
      {"/api/v1/annual-reports/{id}/refresh", &AnnualReportsService::Refresh},
      {"/api/v1/annual-reports/{id}/publish", &AnnualReportsService::Publish},
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
      .path = "/api/v1/annual-reports/{id}/versions/{number}/report.pdf",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,  // rendering a PDF: off the io threads
      .handle = [svc](const Call& c, const PdfQuery& q) -> Result<Response> {
        const int number = NumberOf(c);
        auto pdf = svc->Pdf(c.actor, c.Id(), number, q.lang);
        if (!pdf.ok()) return pdf.take_error();
        Response res;
        res.SetHeader("Content-Type", "application/pdf");
        res.SetHeader("Content-Disposition", "attachment; filename=\"annual-report-" +
                                                 std::to_string(c.Id()) + "-v" +
                                                 std::to_string(number) + "-" + q.lang + ".pdf\"");
        res.body = std::move(*pdf);
        return res;
      }});
}

}  // namespace kenes::annual_reports
