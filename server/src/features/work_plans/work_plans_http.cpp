#include "features/work_plans/work_plans_http.hpp"

#include <algorithm>

#include "platform/http/endpoint.hpp"
#include "platform/http/field.hpp"

namespace kenes::work_plans {

using http::Json;
using http::Response;
using http::Schema;

void Describe(Schema<PlanQuery>& s) {
  s.Add("maslikhat_id", &PlanQuery::maslikhat_id, {.lo = 1});
  s.Add("year", &PlanQuery::year, {.lo = kMinYear, .hi = kMaxYear});
  s.Add("commission_id", &PlanQuery::commission_id, {.lo = 1});
  s.Add("own", &PlanQuery::own);
  s.Check([](http::FieldSource& src, const PlanQuery& q) {
    if (q.own && q.commission_id) src.Fail("own", "with_commission");
  });
}

struct YearQuery {
  std::optional<int> year;
};
void Describe(Schema<YearQuery>& s) {
  s.Add("year", &YearQuery::year, {.lo = kMinYear, .hi = kMaxYear});
}

// A new plan: the year and the titles; a commission's plan names the commission.
struct NewPlanBody {
  std::optional<int64_t> commission_id;
  int year = 0;
  std::string title_kk, title_ru;
};
void Describe(Schema<NewPlanBody>& s) {
  s.Add("commission_id", &NewPlanBody::commission_id, {.lo = 1});
  s.Add("year", &NewPlanBody::year, {.required = true, .lo = kMinYear, .hi = kMaxYear});
  s.Add("title_kk", &NewPlanBody::title_kk, {.required = true, .max = kMaxTitleChars});
  s.Add("title_ru", &NewPlanBody::title_ru, {.required = true, .max = kMaxTitleChars});
}

// A change to a plan: its titles, or its state (publishing it).
struct PlanChangeBody {
  std::optional<std::string> title_kk, title_ru;
  std::optional<PlanState> state;
};
void Describe(Schema<PlanChangeBody>& s) {
  s.Add("title_kk", &PlanChangeBody::title_kk, {.min = 1, .max = kMaxTitleChars});
  s.Add("title_ru", &PlanChangeBody::title_ru, {.min = 1, .max = kMaxTitleChars});
  s.Enum("state", &PlanChangeBody::state, ParseState);
}

// A new item (Creating: the texts, the responsible person and the quarter are required) or a
// change to one; the links are cleared with null.
template <bool Creating>
struct ItemBody {
  std::optional<int> number, quarter;
  std::optional<std::string> text_kk, text_ru, responsible, note;
  http::Field<int64_t> deputy_id, sitting_id, act_id;
  std::optional<ItemStatus> status;

  ItemInput Input() const {
    return ItemInput{.number = number,
                     .text_kk = text_kk,
                     .text_ru = text_ru,
                     .responsible = responsible,
                     .note = note,
                     .deputy_id = deputy_id.patch(),
                     .sitting_id = sitting_id.patch(),
                     .act_id = act_id.patch(),
                     .quarter = quarter,
                     .status = status};
  }
};

template <bool Creating>
void DescribeItem(Schema<ItemBody<Creating>>& s) {
  using B = ItemBody<Creating>;
  s.Add("number", &B::number, {.lo = 1, .hi = kMaxNumber});
  s.Add("text_kk", &B::text_kk, {.required = Creating, .max = kMaxItemTextChars});
  s.Add("text_ru", &B::text_ru, {.required = Creating, .max = kMaxItemTextChars});
  s.Add("responsible", &B::responsible, {.required = Creating, .max = kMaxResponsibleChars});
  s.Add("note", &B::note, {.max = kMaxNoteChars});
  s.Add("deputy_id", &B::deputy_id, {.lo = 1});
  s.Add("sitting_id", &B::sitting_id, {.lo = 1});
  s.Add("act_id", &B::act_id, {.lo = 1});
  s.Add("quarter", &B::quarter, {.required = Creating, .lo = 1, .hi = 4});
  s.Enum("status", &B::status, ParseItemStatus);
}

void Describe(Schema<ItemBody<true>>& s) { DescribeItem(s); }
void Describe(Schema<ItemBody<false>>& s) { DescribeItem(s); }

// A new edition: what changed, in kk and ru (the service requires both from edition 2).
struct VersionBody {
  std::string note_kk, note_ru;
};
void Describe(Schema<VersionBody>& s) {
  s.Add("note_kk", &VersionBody::note_kk, {.max = kMaxVersionNoteChars});
  s.Add("note_ru", &VersionBody::note_ru, {.max = kMaxVersionNoteChars});
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

Json OptId(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

Json PlanJson(const Plan& p) {
  return Json{{"id", p.id},
              {"maslikhat_id", p.maslikhat_id},
              {"commission_id", OptId(p.commission_id)},
              {"commission", p.commission_id ? Json{{"name_kk", p.commission_name_kk},
                                                    {"name_ru", p.commission_name_ru}}
                                             : Json(nullptr)},
              {"year", p.year},
              {"title_kk", p.title_kk},
              {"title_ru", p.title_ru},
              {"state", StateName(p.state)},
              {"published_at", p.published_at ? Json(*p.published_at) : Json(nullptr)},
              {"created_at", p.created_at},
              {"updated_at", p.updated_at},
              {"items_count", p.items_count},
              {"done_count", p.done_count}};
}

Json ItemJson(const Item& i) {
  return Json{
      {"id", i.id},
      {"number", i.number},
      {"text_kk", i.text_kk},
      {"text_ru", i.text_ru},
      {"responsible", i.responsible},
      {"deputy_id", OptId(i.deputy_id)},
      {"deputy", i.deputy_id ? Json{{"name_kk", i.deputy_name_kk}, {"name_ru", i.deputy_name_ru}}
                             : Json(nullptr)},
      {"quarter", i.quarter},
      {"status", ItemStatusName(i.status)},
      {"note", i.note},
      {"sitting_id", OptId(i.sitting_id)},
      {"sitting", i.sitting_id ? Json{{"held_on", i.sitting_held_on},
                                      {"number", i.sitting_number},
                                      {"convocation", i.sitting_convocation},
                                      {"commission_name_kk", i.sitting_commission_kk},
                                      {"commission_name_ru", i.sitting_commission_ru}}
                               : Json(nullptr)},
      {"act_id", OptId(i.act_id)},
      {"act", i.act_id ? Json{{"number", i.act_number},
                              {"title_kk", i.act_title_kk},
                              {"title_ru", i.act_title_ru}}
                       : Json(nullptr)},
      {"updated_at", i.updated_at}};
}

Json VersionJson(const VersionSummary& v) {
  return Json{{"number", v.number},
              {"fixed_at", v.fixed_at},
              {"note_kk", v.note_kk},
              {"note_ru", v.note_ru}};
}

Json DetailJson(const PlanDetail& d) {
  Json j = PlanJson(d.plan);
  Json items = Json::array();
  for (const auto& i : d.items) items.push_back(ItemJson(i));
  j["items"] = items;
  j["can_edit"] = d.can_edit;
  Json versions = Json::array();
  for (const auto& v : d.versions) versions.push_back(VersionJson(v));
  j["versions"] = versions;
  if (d.version) j["version"] = VersionJson(*d.version);
  return j;
}

// The edition's number from the path; past the cap it is one no plan has.
int NumberOf(const Call& c) {
  return static_cast<int>(std::min<int64_t>(c.Id("number"), int64_t{kMaxVersions} + 1));
}

Response PdfResponse(std::string pdf, const std::string& name) {
  Response res;
  res.SetHeader("Content-Type", "application/pdf");
  res.SetHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
  res.body = std::move(pdf);
  return res;
}

Json ListJson(const std::vector<Plan>& list) {
  Json items = Json::array();
  for (const auto& p : list) items.push_back(PlanJson(p));
  return Json{{"items", items}};
}

}  // namespace

void RegisterWorkPlanRoutes(http::Routes& routes, const std::shared_ptr<WorkPlansService>& svc) {
  routes.Add(Endpoint<PlanQuery, std::vector<Plan>>{
      .method = "GET",
      .path = "/api/v1/public/work-plans",
      .access = http::Access::kPublic,
      .handle = [svc](const Call&, const PlanQuery& q) { return svc->ListPublished(q); },
      .to_json = ListJson});
  routes.Add(Endpoint<http::NoBody, PlanDetail>{
      .method = "GET",
      .path = "/api/v1/public/work-plans/{id}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .to_json = DetailJson});
  routes.Add(Endpoint<PdfQuery, Response>{
      .method = "GET",
      .path = "/api/v1/public/work-plans/{id}/plan.pdf",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,  // rendering a PDF: off the io threads
      .handle = [svc](const Call& c, const PdfQuery& q) -> Result<Response> {
        auto pdf = svc->Pdf(c.actor, c.Id(), q.lang);
        if (!pdf.ok()) return pdf.take_error();
        return PdfResponse(std::move(*pdf), "work-plan-" + std::to_string(c.Id()) + "-" + q.lang);
      }});
  routes.Add(Endpoint<http::NoBody, PlanDetail>{
      .method = "GET",
      .path = "/api/v1/public/work-plans/{id}/versions/{number}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->GetVersion(c.actor, c.Id(), NumberOf(c)); },
      .to_json = DetailJson});
  routes.Add(Endpoint<PdfQuery, Response>{
      .method = "GET",
      .path = "/api/v1/public/work-plans/{id}/versions/{number}/plan.pdf",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,  // rendering a PDF: off the io threads
      .handle = [svc](const Call& c, const PdfQuery& q) -> Result<Response> {
        const int number = NumberOf(c);
        auto pdf = svc->VersionPdf(c.actor, c.Id(), number, q.lang);
        if (!pdf.ok()) return pdf.take_error();
        return PdfResponse(std::move(*pdf), "work-plan-" + std::to_string(c.Id()) + "-v" +
                                                std::to_string(number) + "-" + q.lang);
      }});
  routes.Add(Endpoint<YearQuery, std::vector<Plan>>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/work-plans",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const YearQuery& q) { return svc->ListOfMaslikhat(c.actor, c.Id(), q.year); },
      .to_json = ListJson});
  routes.Add(Endpoint<NewPlanBody, PlanDetail>{.method = "POST",
                                               .path = "/api/v1/maslikhats/{id}/work-plans",
                                               .access = http::Access::kSignedIn,
                                               .status = 201,
                                               .handle =
                                                   [svc](const Call& c, const NewPlanBody& b) {
                                                     return svc->Create(
                                                         c.actor, c.Id(),
                                                         PlanInput{.commission_id = b.commission_id,
                                                                   .year = b.year,
                                                                   .title_kk = b.title_kk,
                                                                   .title_ru = b.title_ru});
                                                   },
                                               .to_json = DetailJson});
  routes.Add(Endpoint<PlanChangeBody, PlanDetail>{
      .method = "PATCH",
      .path = "/api/v1/work-plans/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const PlanChangeBody& b) {
            return svc->Update(
                c.actor, c.Id(),
                PlanInput{.title_kk = b.title_kk, .title_ru = b.title_ru, .state = b.state});
          },
      .to_json = DetailJson});
  routes.Add(Endpoint<VersionBody, PlanDetail>{
      .method = "POST",
      .path = "/api/v1/work-plans/{id}/versions",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle =
          [svc](const Call& c, const VersionBody& b) {
            return svc->FixVersion(c.actor, c.Id(),
                                   VersionInput{.note_kk = b.note_kk, .note_ru = b.note_ru});
          },
      .to_json = DetailJson});
  routes.Add(Endpoint<ItemBody<true>, PlanDetail>{
      .method = "POST",
      .path = "/api/v1/work-plans/{id}/items",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const ItemBody<true>& b) { return svc->AddItem(c.actor, c.Id(), b.Input()); },
      .to_json = DetailJson});
  routes.Add(Endpoint<ItemBody<false>, PlanDetail>{
      .method = "PATCH",
      .path = "/api/v1/work-plans/{id}/items/{item_id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const ItemBody<false>& b) {
            return svc->UpdateItem(c.actor, c.Id(), c.Id("item_id"), b.Input());
          },
      .to_json = DetailJson});
  routes.Add(Endpoint<http::NoBody, PlanDetail>{
      .method = "DELETE",
      .path = "/api/v1/work-plans/{id}/items/{item_id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->RemoveItem(c.actor, c.Id(), c.Id("item_id")); },
      .to_json = DetailJson});
}

}  // namespace kenes::work_plans
