// The appeal routes' declarations and the JSON of an appeal's view (about 430 lines): the request
// types with their Describe, the filters' parsing and the streaming writers of the view, its
// history, extensions and part forwardings, which only these routes write.
#include "features/appeals/appeal_http.hpp"

#include "features/appeals/appeal_export.hpp"
#include "features/appeals/appeal_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::appeals {

// Found by argument-dependent lookup from the edge, so beside TransitionInput, not in the
// anonymous namespace.
void Describe(http::Schema<TransitionInput>& s) {
  s.Enum("action", &TransitionInput::action, ParseAction, {.required = true});
  s.Add("reason", &TransitionInput::reason, {.max = 2000});
  s.Add("deputy_id", &TransitionInput::deputy_id);
  s.Add("commission_id", &TransitionInput::commission_id);
  s.Add("extend_until", &TransitionInput::extend_until, {.max = 10});
  s.Add("answer_text", &TransitionInput::answer_text, {.max = 20000});
  s.Enum("outcome", &TransitionInput::outcome, ParseOutcome);
  s.Add("forward_to", &TransitionInput::forward_to, {.max = 300});
  s.Add("part", &TransitionInput::part, {.max = 2000});
  s.Enum("ground", &TransitionInput::ground, ParseLeaveGround);
}

void Describe(http::Schema<Cosigner>& s) {
  s.Add("name", &Cosigner::name, {.required = true, .min = 1, .max = 300});
  s.Add("address", &Cosigner::address, {.max = 300});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using http::Response;

// A new appeal as the filing form sends it.
struct NewAppeal {
  AppealType type = AppealType::kStatement;
  std::string language, subject, body, problem_address;
  Addressee addressee = Addressee::kMaslikhat;
  std::optional<int64_t> deputy_id, commission_id, maslikhat_id;
  ContactPreference contact_preference = ContactPreference::kEmail;
  bool collective = false;
  std::vector<Cosigner> cosigners;
  bool public_consent = false;
  std::optional<int64_t> repeat_of;
  std::optional<Channel> channel;
  bool anonymous = false;
  bool urgent_redirect = false;
  std::string applicant_name, applicant_email, applicant_phone, applicant_address;
  std::optional<std::string> applicant_iin;
  std::optional<int64_t> received_at_ms;
};

void Describe(http::Schema<NewAppeal>& s) {
  // Closed sets keep the text rule they had as text ("" is "required", an unknown word "invalid").
  s.Enum("type", &NewAppeal::type, ParseType, {.required = true, .min = 1, .max = 20});
  s.Enum("language", &NewAppeal::language, ParseLanguage, {.required = true, .min = 2, .max = 2});
  s.Add("subject", &NewAppeal::subject, {.required = true, .min = 1, .max = 300});
  s.Add("body", &NewAppeal::body, {.required = true, .min = 1, .max = 20000});
  s.Add("problem_address", &NewAppeal::problem_address, {.max = 300});
  s.Enum("addressee", &NewAppeal::addressee, ParseAddressee,
         {.required = true, .min = 1, .max = 20});
  s.Add("deputy_id", &NewAppeal::deputy_id);
  s.Add("commission_id", &NewAppeal::commission_id);
  s.Add("maslikhat_id", &NewAppeal::maslikhat_id);
  s.Enum("contact_preference", &NewAppeal::contact_preference, ParseContactPreference,
         {.min = 1, .max = 20});
  s.Add("collective", &NewAppeal::collective);
  // Twice the service's limit, so that a list slightly too long is told apart from garbage.
  s.List("cosigners", &NewAppeal::cosigners, {.max = 2 * kMaxCosigners});
  s.Add("public_consent", &NewAppeal::public_consent);
  s.Add("repeat_of", &NewAppeal::repeat_of);
  s.Enum("channel", &NewAppeal::channel, ParseChannel, {.min = 1, .max = 20});
  s.Add("anonymous", &NewAppeal::anonymous);
  s.Add("urgent_redirect", &NewAppeal::urgent_redirect);
  s.Add("applicant_name", &NewAppeal::applicant_name, {.max = 300});
  s.Add("applicant_email", &NewAppeal::applicant_email, {.max = 254});
  s.Add("applicant_phone", &NewAppeal::applicant_phone, {.max = 40});
  s.Add("applicant_address", &NewAppeal::applicant_address, {.max = 300});
  s.Add("applicant_iin", &NewAppeal::applicant_iin, {.max = 20});
  s.Add("received_at_ms", &NewAppeal::received_at_ms);
}

struct FeedbackRequest {
  bool solved = false;
  std::string comment;
};

void Describe(http::Schema<FeedbackRequest>& s) {
  s.Add("solved", &FeedbackRequest::solved, {.required = true});
  s.Add("comment", &FeedbackRequest::comment, {.max = 2000});
}

struct CategoryRequest {
  std::string category;
};

void Describe(http::Schema<CategoryRequest>& s) {
  s.Add("category", &CategoryRequest::category, {.required = true, .max = 40});
}

enum class ExportFormat { kCsv, kXlsx };

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "xlsx") return ExportFormat::kXlsx;
  return std::nullopt;
}

std::optional<std::string> ParseExportLanguage(std::string_view name) {
  if (name == "kk" || name == "ru" || name == "en") return std::string(name);
  return std::nullopt;
}

// The list's filters from the query string. The export takes the same filters plus `format` and
// `lang`, declared here once; the list does not use those two.
struct AppealQuery {
  std::optional<int64_t> maslikhat_id, okrug_id, deputy_id, cursor, limit;
  std::optional<AppealStatus> status;
  std::optional<AppealType> type;
  std::string category, q, from, to;
  std::optional<bool> overdue;
  std::optional<bool> urgent;
  ExportFormat format = ExportFormat::kCsv;
  std::string lang;  // empty: the caller's language
};

constexpr http::Rule kQueryId{.lo = 0};

void Describe(http::Schema<AppealQuery>& s) {
  s.Add("maslikhat_id", &AppealQuery::maslikhat_id, kQueryId);
  s.Add("okrug_id", &AppealQuery::okrug_id, kQueryId);
  s.Add("deputy_id", &AppealQuery::deputy_id, kQueryId);
  s.Add("cursor", &AppealQuery::cursor, kQueryId);
  s.Add("limit", &AppealQuery::limit, kQueryId);
  s.Enum("status", &AppealQuery::status, ParseStatus);
  s.Enum("type", &AppealQuery::type, ParseType);
  s.Add("category", &AppealQuery::category);
  s.Add("q", &AppealQuery::q, {.max = 200});
  s.Add("from", &AppealQuery::from);
  s.Add("to", &AppealQuery::to);
  s.Add("overdue", &AppealQuery::overdue);
  s.Add("urgent", &AppealQuery::urgent);
  s.Enum("format", &AppealQuery::format, ParseExportFormat);
  s.Enum("lang", &AppealQuery::lang, ParseExportLanguage);
}

struct PublicQuery {
  std::optional<int64_t> maslikhat_id, okrug_id, cursor, limit;
};

void Describe(http::Schema<PublicQuery>& s) {
  s.Add("maslikhat_id", &PublicQuery::maslikhat_id, kQueryId);
  s.Add("okrug_id", &PublicQuery::okrug_id, kQueryId);
  s.Add("cursor", &PublicQuery::cursor, kQueryId);
  s.Add("limit", &PublicQuery::limit, kQueryId);
}

IntakeInput IntakeOf(NewAppeal a) {
  IntakeInput in;
  in.type = a.type;
  in.language = std::move(a.language);
  in.subject = std::move(a.subject);
  in.body = std::move(a.body);
  in.problem_address = std::move(a.problem_address);
  in.addressee = a.addressee;
  in.deputy_id = a.deputy_id;
  in.commission_id = a.commission_id;
  in.maslikhat_id = a.maslikhat_id;
  in.contact_preference = a.contact_preference;
  in.collective = a.collective;
  in.cosigners = std::move(a.cosigners);
  in.public_consent = a.public_consent;
  in.repeat_of = a.repeat_of;
  in.channel = a.channel;
  in.anonymous = a.anonymous;
  in.urgent_redirect = a.urgent_redirect;
  in.applicant_name = std::move(a.applicant_name);
  in.applicant_email = std::move(a.applicant_email);
  in.applicant_phone = std::move(a.applicant_phone);
  in.applicant_address = std::move(a.applicant_address);
  in.applicant_iin = std::move(a.applicant_iin);
  in.received_at_ms = a.received_at_ms;
  return in;
}

AppealFilter FilterOf(const AppealQuery& q) {
  AppealFilter f;
  f.maslikhat_id = q.maslikhat_id;
  f.okrug_id = q.okrug_id;
  f.filter_deputy_id = q.deputy_id;
  f.after_id = q.cursor.value_or(0);
  f.limit = static_cast<int>(q.limit.value_or(50));
  f.status = q.status;
  f.type = q.type;
  f.category = q.category;
  f.query = q.q;
  f.from = q.from;
  f.to = q.to;
  f.overdue = q.overdue.value_or(false);
  f.urgent = q.urgent.value_or(false);
  // Digits alone are what a person reads off a talon ("00020" of "2-2026-00020"): the talon's
  // sequence number, not words of the text.
  if (!f.query.empty() && f.query.size() <= 9 &&
      f.query.find_first_not_of("0123456789") == std::string::npos) {
    f.seq = std::stoi(f.query);
    f.query.clear();
  }
  // Search terms are computed in the service (it knows the stemmers); see AppealService::List.
  return f;
}

// The detail view, written straight into the body: the hot staff read (issue 9).
void WriteViewFields(http::JsonWriter& w, const AppealView& v) {
  const Appeal& a = v.appeal;
  WriteSummaryFields(w, a);
  w.Field("body", a.body).Field("problem_address", a.problem_address);
  w.Key("applicant")
      .BeginObject()
      .Field("name", a.applicant_name)
      .Field("email", a.applicant_email)
      .Field("phone", a.applicant_phone)
      .Field("address", a.applicant_address)
      .Key("iin_masked");
  if (a.applicant_iin) {
    w.String(MaskIin(*a.applicant_iin));
  } else {
    w.Null();
  }
  w.EndObject();
  w.Field("contact_preference", ContactPreferenceName(a.contact_preference));
  w.Key("cosigners").BeginArray();
  for (const auto& c : a.cosigners) {
    w.BeginObject().Field("name", c.name).Field("address", c.address).EndObject();
  }
  w.EndArray();
  w.Field("public_consent", a.public_consent)
      .Key("answer_text")
      .OptString(a.answer_text)
      .Key("answered_at")
      .OptString(a.answered_at)
      .Key("feedback_solved")
      .OptBool(a.feedback_solved)
      .Key("feedback_comment")
      .OptString(a.feedback_comment)
      .Field("access", v.access == Access::kStaff    ? "staff"
                       : v.access == Access::kDeputy ? "deputy"
                                                     : "applicant");
  w.Field("may_extend", v.may_extend);
  WriteExtensions(w, v.extensions, v.access == Access::kStaff);
  WritePartForwardings(w, v.part_forwardings, v.access == Access::kStaff);
  w.Key("events").BeginArray();
  for (const auto& e : v.events) {
    w.BeginObject()
        .Field("at", e.at)
        .Field("action", EventKindName(e.action))
        .Field("from_status", e.from_status ? StatusName(*e.from_status) : std::string_view())
        .Field("to_status", e.to_status ? StatusName(*e.to_status) : std::string_view())
        .Field("reason", e.reason)
        .Key("details")
        .Raw(e.details_json)
        .EndObject();
  }
  w.EndArray();
}

void WriteView(http::JsonWriter& w, const AppealView& v) {
  w.BeginObject();
  WriteViewFields(w, v);
  w.EndObject();
}

// The applicant sees the new appeal as its detail view, with the talon's facts beside it.
void WriteFiled(http::JsonWriter& w, const Appeal& a) {
  w.BeginObject();
  WriteViewFields(w, AppealView{a, {}, Access::kApplicant, false});
  w.Key("talon")
      .BeginObject()
      .Field("number", a.number)
      .Field("registered_on", a.registered_on)
      .Field("received_at", a.received_at)
      .Field("due_on", a.due_on)
      .EndObject();
  w.EndObject();
}

void WritePage(http::JsonWriter& w, const AppealPage& page) {
  w.BeginObject().Key("items").BeginArray();
  for (const auto& a : page.items) WriteSummary(w, a);
  w.EndArray().Key("next_cursor");
  if (page.next_after)
    w.String(std::to_string(*page.next_after));
  else
    w.Null();
  w.EndObject();
}

Json PublicPageJson(const AppealPage& page) {
  Json items = Json::array();
  for (const auto& a : page.items) {
    // Only what the applicant agreed to publish: no names, contacts, text of the appeal body.
    items.push_back({{"id", a.id},
                     {"number", a.number},
                     {"maslikhat_id", a.maslikhat_id},
                     {"okrug_id", Nullable(a.okrug_id)},
                     {"type", TypeName(a.type)},
                     {"subject", a.subject},
                     {"category", a.category},
                     {"status", StatusName(a.status)},
                     {"outcome", Nullable(a.outcome)},
                     {"answer_text", Nullable(a.answer_text)},
                     {"registered_on", a.registered_on}});
  }
  return {
      {"items", items},
      {"next_cursor", page.next_after ? Json(std::to_string(*page.next_after)) : Json(nullptr)}};
}

Response Document(std::string body, const char* type, const char* disposition) {
  Response res;
  res.SetHeader("Content-Type", type);
  res.SetHeader("Content-Disposition", disposition);
  res.body = std::move(body);
  return res;
}

}  // namespace

void RegisterAppealRoutes(http::Routes& routes, const std::shared_ptr<AppealService>& svc) {
  routes.Add(Endpoint<NewAppeal, Appeal>{
      .method = "POST",
      .path = "/api/v1/appeals",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      NewAppeal in) { return svc->File(c.actor, IntakeOf(std::move(in))); },
      .write_json = WriteFiled});

  routes.Add(Endpoint<AppealQuery, AppealPage>{
      .method = "GET",
      .path = "/api/v1/appeals",
      .access = http::Access::kSignedIn,
      // A page kept since the last commit needs no worker (ADR 0012, ADR 0024).
      .runs = http::Runs::kIoThread,
      .handle = [svc](const Call& c,
                      const AppealQuery& q) { return svc->List(c.actor, FilterOf(q)); },
      .write_json = WritePage});

  routes.Add(Endpoint<NoBody, AppealView>{
      .method = "GET",
      .path = "/api/v1/appeals/{id}",
      .access = http::Access::kSignedIn,
      // A view kept since the last commit needs no worker; its audit row is a journal line
      // (ADR 0023, ADR 0024, ADR 0025).
      .runs = http::Runs::kIoThread,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .write_json = WriteView});

  routes.Add(Endpoint<NoBody, Response>{.method = "GET",
                                        .path = "/api/v1/appeals/{id}/talon.pdf",
                                        .access = http::Access::kSignedIn,
                                        .cost = http::Cost::kHeavy,
                                        .handle = [svc](const Call& c) -> Result<Response> {
                                          auto pdf = svc->TalonPdf(c.actor, c.Id());
                                          if (!pdf.ok()) return pdf.take_error();
                                          return Document(std::move(pdf).value(), "application/pdf",
                                                          "inline; filename=\"talon.pdf\"");
                                        }});

  routes.Add(Endpoint<TransitionInput, AppealView>{
      .method = "POST",
      .path = "/api/v1/appeals/{id}/actions",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const TransitionInput& in) { return svc->Act(c.actor, c.Id(), in); },
      .write_json = WriteView});

  routes.Add(Endpoint<FeedbackRequest, AppealView>{
      .method = "POST",
      .path = "/api/v1/appeals/{id}/feedback",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const FeedbackRequest& in) {
            return svc->Feedback(c.actor, c.Id(), in.solved, in.comment);
          },
      .write_json = WriteView});

  routes.Add(Endpoint<CategoryRequest, AppealView>{
      .method = "PATCH",
      .path = "/api/v1/appeals/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const CategoryRequest& in) {
            return svc->Categorize(c.actor, c.Id(), in.category);
          },
      .write_json = WriteView});

  routes.Add(Endpoint<AppealQuery, Response>{
      .method = "GET",
      .path = "/api/v1/appeals-export",
      .access = http::Access::kSignedIn,
      .cost = http::Cost::kHeavy,
      .handle = [svc](const Call& c, const AppealQuery& q) -> Result<Response> {
        const AppealFilter f = FilterOf(q);
        auto rows = svc->ExportRows(c.actor, f);
        if (!rows.ok()) return rows.take_error();
        const std::string lang = q.lang.empty() ? svc->ExportLanguage(c.actor) : q.lang;
        // ExportRows has checked that the caller may export this maslikhat.
        const ExportNames names = svc->NamesForExport(f.maslikhat_id.value_or(0), lang);
        if (q.format == ExportFormat::kCsv) {
          return Document(ExportCsv(*rows, lang, names), "text/csv; charset=utf-8",
                          "attachment; filename=\"appeals.csv\"");
        }
        return Document(ExportXlsx(*rows, lang, names),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "attachment; filename=\"appeals.xlsx\"");
      }});

  routes.Add(Endpoint<PublicQuery, AppealPage>{
      .method = "GET",
      .path = "/api/v1/public/appeals",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,
      .handle =
          [svc](const Call&, const PublicQuery& q) {
            return svc->PublicRegister(q.maslikhat_id, q.okrug_id, q.cursor.value_or(0),
                                       static_cast<int>(q.limit.value_or(50)));
          },
      .to_json = PublicPageJson});
}

}  // namespace kenes::appeals
