#include "features/acts/acts_http.hpp"

#include "platform/http/endpoint.hpp"
#include "platform/text/xlsx_read.hpp"

namespace kenes::acts {

using http::Json;
using http::Rule;
using http::Schema;

// The act's fields as sent; Creating makes the requisites required. Dates are checked by the
// service (a date is also a "required" or "too_long" text here).
template <bool Creating>
struct ActBody {
  std::optional<std::string> number, adopted_on, title_kk, title_ru, registration_number;
  http::Field<std::string> registered_on, published_on, in_force_on;
  std::optional<std::string> publication_source, adilet_url, text_kk, text_ru, note;
  std::optional<int> force_delay_days;
  std::optional<ActStatus> status;

  ActInput Input() const {
    return ActInput{number,
                    adopted_on,
                    title_kk,
                    title_ru,
                    registration_number,
                    registered_on.patch(),
                    published_on.patch(),
                    in_force_on.patch(),
                    publication_source,
                    adilet_url,
                    text_kk,
                    text_ru,
                    note,
                    force_delay_days,
                    status};
  }
};

template <bool Creating>
void DescribeAct(Schema<ActBody<Creating>>& s) {
  using B = ActBody<Creating>;
  const Rule date{.required = false, .max = 10};
  s.Add("number", &B::number, {.required = Creating, .max = 100});
  s.Add("adopted_on", &B::adopted_on, {.required = Creating, .max = 10});
  s.Add("title_kk", &B::title_kk, {.required = Creating, .max = kMaxTitleChars});
  s.Add("title_ru", &B::title_ru, {.required = Creating, .max = kMaxTitleChars});
  s.Add("registration_number", &B::registration_number, {.max = 100});
  s.Add("registered_on", &B::registered_on, date);
  s.Add("published_on", &B::published_on, date);
  s.Add("in_force_on", &B::in_force_on, date);
  s.Add("publication_source", &B::publication_source, {.max = 1000});
  s.Add("adilet_url", &B::adilet_url, {.max = 2000});
  s.Add("text_kk", &B::text_kk, {.max = kMaxTextChars});
  s.Add("text_ru", &B::text_ru, {.max = kMaxTextChars});
  s.Add("note", &B::note, {.max = 4000});
  s.Add("force_delay_days", &B::force_delay_days, {.lo = 0, .hi = kMaxForceDelayDays});
  if constexpr (Creating) s.Enum("status", &B::status, ParseStatus);
}

void Describe(Schema<ActBody<true>>& s) { DescribeAct(s); }
void Describe(Schema<ActBody<false>>& s) { DescribeAct(s); }

void Describe(Schema<EditionInput>& s) {
  s.Add("edition_on", &EditionInput::edition_on, {.required = true, .max = 10});
  s.Add("changes", &EditionInput::changes, {.required = true, .max = kMaxChangesChars});
  s.Add("text_kk", &EditionInput::text_kk, {.max = kMaxTextChars});
  s.Add("text_ru", &EditionInput::text_ru, {.max = kMaxTextChars});
}

struct StatusBody {
  ActStatus status = ActStatus::kInForce;
};
void Describe(Schema<StatusBody>& s) {
  s.Enum("status", &StatusBody::status, ParseStatus, {.required = true});
}

struct LinkBody {
  Relation relation{};
  int64_t act_id = 0;
};
void Describe(Schema<LinkBody>& s) {
  s.Enum("relation", &LinkBody::relation, ParseRelation, {.required = true});
  s.Add("act_id", &LinkBody::act_id, {.required = true, .lo = 1});
}

void Describe(Schema<ActQuery>& s) {
  s.Add("maslikhat", &ActQuery::maslikhat_id, {.lo = 1});
  s.Enum("status", &ActQuery::status, ParseStatus);
  s.Add("year", &ActQuery::year, {.lo = 1990, .hi = 2100});
  s.Add("q", &ActQuery::q, {.max = 200});
  s.Add("cursor", &ActQuery::cursor, {.max = 40});
  s.Add("limit", &ActQuery::limit, {.lo = 1, .hi = ActsService::kMaxLimit});
}

namespace {

using http::Call;
using http::Endpoint;

Json Opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json ActJson(const Act& a, bool with_texts) {
  Json j{{"id", a.id},
         {"maslikhat_id", a.maslikhat_id},
         {"number", a.number},
         {"adopted_on", a.adopted_on},
         {"title_kk", a.title_kk},
         {"title_ru", a.title_ru},
         {"registration_number", a.registration_number},
         {"registered_on", Opt(a.registered_on)},
         {"published_on", Opt(a.published_on)},
         {"publication_source", a.publication_source},
         {"force_delay_days", a.force_delay_days},
         {"in_force_on", Opt(a.InForceOn())},
         {"in_force_on_set", Opt(a.in_force_on_set)},
         {"last_edition_on", Opt(a.last_edition_on)},
         {"status", StatusName(a.status)},
         {"adilet_url", a.adilet_url},
         {"updated_at", a.updated_at}};
  if (with_texts) {
    j["text_kk"] = a.text_kk;
    j["text_ru"] = a.text_ru;
    j["note"] = a.note;
  }
  return j;
}

Json DetailJson(const ActDetail& d) {
  Json j = ActJson(d.act, true);
  Json editions = Json::array();
  for (const auto& e : d.editions) {
    editions.push_back({{"id", e.id},
                        {"edition_on", e.edition_on},
                        {"changes", e.changes},
                        {"text_kk", e.text_kk},
                        {"text_ru", e.text_ru}});
  }
  j["editions"] = editions;
  Json links = Json::array();
  for (const auto& l : d.links) {
    links.push_back({{"id", l.link_id},
                     {"relation", RelationName(l.relation)},
                     {"act", ActJson(l.other, false)}});
  }
  j["links"] = links;
  return j;
}

}  // namespace

void RegisterActRoutes(http::Routes& routes, const std::shared_ptr<ActsService>& svc) {
  routes.Add(Endpoint<ActQuery, ActPage>{
      .method = "GET",
      .path = "/api/v1/public/acts",
      .access = http::Access::kPublic,
      .handle = [svc](const Call&, const ActQuery& q) { return svc->List(q); },
      .to_json =
          [](const ActPage& page) {
            Json items = Json::array();
            for (const auto& a : page.items) items.push_back(ActJson(a, false));
            return Json{
                {"items", items},
                {"next_cursor", page.next_cursor.empty() ? Json(nullptr) : Json(page.next_cursor)}};
          }});
  routes.Add(
      Endpoint<http::NoBody, ActDetail>{.method = "GET",
                                        .path = "/api/v1/public/acts/{id}",
                                        .access = http::Access::kPublic,
                                        .handle = [svc](const Call& c) { return svc->Get(c.Id()); },
                                        .to_json = DetailJson});
  routes.Add(Endpoint<ActBody<true>, ActDetail>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/acts",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const ActBody<true>& b) { return svc->Create(c.actor, c.Id(), b.Input()); },
      .to_json = DetailJson});
  routes.Add(Endpoint<ActBody<false>, ActDetail>{
      .method = "PATCH",
      .path = "/api/v1/acts/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const ActBody<false>& b) { return svc->Update(c.actor, c.Id(), b.Input()); },
      .to_json = DetailJson});
  routes.Add(Endpoint<EditionInput, ActDetail>{
      .method = "POST",
      .path = "/api/v1/acts/{id}/editions",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const EditionInput& in) { return svc->AddEdition(c.actor, c.Id(), in); },
      .to_json = DetailJson});
  routes.Add(Endpoint<StatusBody, ActDetail>{
      .method = "POST",
      .path = "/api/v1/acts/{id}/status",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const StatusBody& b) { return svc->SetStatus(c.actor, c.Id(), b.status); },
      .to_json = DetailJson});
  routes.Add(Endpoint<LinkBody, ActDetail>{.method = "POST",
                                           .path = "/api/v1/acts/{id}/links",
                                           .access = http::Access::kSignedIn,
                                           .status = 201,
                                           .handle =
                                               [svc](const Call& c, const LinkBody& b) {
                                                 return svc->AddLink(c.actor, c.Id(), b.relation,
                                                                     b.act_id);
                                               },
                                           .to_json = DetailJson});
  routes.Add(Endpoint<http::NoBody, ActDetail>{
      .method = "DELETE",
      .path = "/api/v1/acts/{id}/links/{link_id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->RemoveLink(c.actor, c.Id(), c.Id("link_id")); },
      .to_json = DetailJson});
}

namespace {

// The import's answer: the report; a real run with refused rows is 422 with the report beside the
// error, and nothing was created.
http::Response ImportResponse(const ImportReport& r, const std::string& request_id) {
  Json rows = Json::array();
  for (const auto& row : r.rows) {
    Json problems = Json::array();
    for (const auto& [field, reason] : row.problems)
      problems.push_back({{"field", field}, {"reason", reason}});
    rows.push_back({{"line", row.line},
                    {"number", row.number},
                    {"adopted_on", row.adopted_on},
                    {"title_kk", row.title_kk},
                    {"title_ru", row.title_ru},
                    {"result", row.problems.empty() ? "create" : "refuse"},
                    {"problems", problems},
                    {"id", row.id == 0 ? Json(nullptr) : Json(row.id)}});
  }
  Json body = {{"dry_run", r.dry_run},
               {"created", r.dry_run ? 0 : r.created},
               {"would_create", r.created},
               {"refused", r.refused},
               {"rows", rows}};
  if (r.dry_run || r.refused == 0) return http::JsonResponse(200, body);
  body["created"] = 0;
  body["error"] = {{"code", "invalid_argument"},
                   {"message", "the file has refused rows; nothing was imported"},
                   {"fields", {{"file", "refused_rows"}}},
                   {"request_id", request_id}};
  return http::JsonResponse(422, body);
}

}  // namespace

void RegisterActImportRoute(http::Routes& routes, const std::shared_ptr<ActsImport>& importer) {
  routes.Add(http::Endpoint<http::NoBody, http::Response>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/acts/import",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,
      .handle = [importer](const http::Call& c) -> Result<http::Response> {
        // The body is the file, so the route reads its one query parameter itself.
        const auto dry = c.req.Query("dry_run").value_or("true");
        if (dry != "true" && dry != "false") return Error::Invalid("dry_run", "invalid");
        const auto type = c.req.Header("content-type").value_or("");
        constexpr std::string_view kXlsx =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        if (type.rfind("text/csv", 0) != 0 && type.rfind("text/plain", 0) != 0 &&
            type.rfind(kXlsx, 0) != 0)
          return Error::Invalid("body", "wrong_type");
        // An XLSX workbook is a zip; CSV text never starts as one.
        if ((type.rfind(kXlsx, 0) == 0) != text::LooksLikeZip(c.req.body))
          return Error::Invalid("body", "wrong_type");
        auto r = importer->Run(c.actor, c.Id(), c.req.body, dry == "true");
        if (!r.ok()) return r.take_error();
        return ImportResponse(r.value(), c.req.request_id);
      }});
}

}  // namespace kenes::acts
