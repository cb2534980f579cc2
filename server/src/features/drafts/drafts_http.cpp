#include "features/drafts/drafts_http.hpp"

#include "features/drafts/drafts_summary.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::drafts {

using http::Json;
using http::Schema;

void Describe(Schema<DiscussionQuery>& s) {
  s.Add("maslikhat", &DiscussionQuery::maslikhat_id, {.lo = 1});
  s.Add("act", &DiscussionQuery::act_id, {.lo = 1});
}

struct SplitBody {
  std::string text;
};
void Describe(Schema<SplitBody>& s) {
  s.Add("text", &SplitBody::text, {.required = true, .max = kMaxDraftChars});
}

void Describe(Schema<ParagraphTexts>& s) {
  s.Add("text_kk", &ParagraphTexts::text_kk, {.required = true, .max = kMaxParagraphChars});
  s.Add("text_ru", &ParagraphTexts::text_ru, {.required = true, .max = kMaxParagraphChars});
}

void Describe(Schema<OpenInput>& s) {
  s.Add("title_kk", &OpenInput::title_kk, {.required = true, .max = 1000});
  s.Add("title_ru", &OpenInput::title_ru, {.required = true, .max = 1000});
  s.List("paragraphs", &OpenInput::paragraphs, {.required = true, .max = kMaxParagraphs});
  s.Add("working_days", &OpenInput::working_days, {.lo = 1, .hi = kMaxWorkingDays});
  s.Add("opens_on", &OpenInput::opens_on, {.max = 10});
  s.Check([](http::FieldSource& src, const OpenInput& in) {
    // Both languages of every paragraph: the maslikhat's acts are published in both.
    size_t total = 0;
    for (const auto& p : in.paragraphs) {
      if (p.text_kk.empty() || p.text_ru.empty()) return src.Fail("paragraphs", "required");
      total += p.text_kk.size() + p.text_ru.size();
    }
    if (total > 2 * kMaxDraftChars * 4) src.Fail("paragraphs", "too_long");
  });
}

void Describe(Schema<CommentInput>& s) {
  s.Add("paragraph_id", &CommentInput::paragraph_id, {.required = true, .lo = 1});
  s.Enum("author_type", &CommentInput::author_type, ParseAuthorType, {.required = true});
  s.Add("organisation", &CommentInput::organisation, {.max = 300});
  s.Add("text", &CommentInput::text, {.required = true, .max = kMaxCommentChars});
}

void Describe(Schema<DecisionInput>& s) {
  s.Enum("decision", &DecisionInput::decision, ParseDecision, {.required = true});
  s.Add("reason", &DecisionInput::reason, {.max = kMaxReasonChars});
}

void Describe(Schema<ModerationInput>& s) {
  s.Add("hidden", &ModerationInput::hidden, {.required = true});
  s.Add("reason", &ModerationInput::reason, {.max = kMaxHiddenReasonChars});
}

void Describe(Schema<ParagraphFix>& s) {
  s.Add("id", &ParagraphFix::id, {.required = true, .lo = 1});
  s.Add("text_kk", &ParagraphFix::text_kk, {.max = kMaxParagraphChars});
  s.Add("text_ru", &ParagraphFix::text_ru, {.max = kMaxParagraphChars});
}

void Describe(Schema<EditInput>& s) {
  s.Add("title_kk", &EditInput::title_kk, {.required = false, .min = 1, .max = 1000});
  s.Add("title_ru", &EditInput::title_ru, {.required = false, .min = 1, .max = 1000});
  s.Add("working_days", &EditInput::working_days, {.lo = 1, .hi = kMaxWorkingDays});
  s.List("paragraphs", &EditInput::paragraphs, {.max = kMaxParagraphs});
}

void Describe(Schema<WithdrawInput>& s) {
  s.Add("reason", &WithdrawInput::reason, {.required = true, .max = kMaxWithdrawnReasonChars});
}

struct ActLink {
  http::Field<int64_t> act_id;
};
void Describe(Schema<ActLink>& s) {
  s.Add("act_id", &ActLink::act_id, {.lo = 1});
  s.Check([](http::FieldSource& src, const ActLink& l) {
    if (l.act_id.absent()) src.Fail("act_id", "required");
  });
}

struct SummaryQuery {
  std::string lang = "ru";
};
void Describe(Schema<SummaryQuery>& s) {
  s.Add("lang", &SummaryQuery::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const SummaryQuery& q) {
    if (q.lang != "kk" && q.lang != "ru" && q.lang != "en") src.Fail("lang", "invalid");
  });
}

namespace {

using http::Call;
using http::Endpoint;
using http::Response;

Json Opt(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

Json DiscussionJson(const Discussion& d, const std::string& today) {
  return {{"id", d.id},
          {"maslikhat_id", d.maslikhat_id},
          {"title_kk", d.title_kk},
          {"title_ru", d.title_ru},
          {"opens_on", d.opens_on},
          {"closes_on", d.closes_on},
          {"working_days", d.working_days},
          {"days_left", d.withdrawn_at ? 0 : DaysLeft(today, d.opens_on, d.closes_on)},
          {"act_id", Opt(d.act_id)},
          {"comments", d.comments},
          {"state", StateName(StateOf(d, today))},
          {"withdrawn_on", d.withdrawn_at ? Json(d.withdrawn_at->substr(0, 10)) : Json(nullptr)},
          {"withdrawn_reason", d.withdrawn_reason}};
}

// What everybody may read of a comment: the author type and an organisation's name, never who
// the person is. A hidden comment's text and organisation reach only the maslikhat's staff (the
// service blanks them for everyone else).
Json CommentJson(const Comment& c) {
  return {{"id", c.id},
          {"paragraph_id", c.paragraph_id},
          {"paragraph_number", c.paragraph_number},
          {"author_type", AuthorTypeName(c.author_type)},
          {"organisation", c.organisation},
          {"text", c.text},
          {"decision", c.decision ? Json(DecisionName(*c.decision)) : Json(nullptr)},
          {"reason", c.reason},
          {"created_on", c.created_at.substr(0, 10)},
          {"hidden", c.hidden_at.has_value()},
          {"hidden_reason", c.hidden_reason}};
}

Json ViewJson(const DiscussionView& v) {
  Json j = DiscussionJson(v.detail.discussion, v.today);
  Json paragraphs = Json::array();
  for (const auto& p : v.detail.paragraphs)
    paragraphs.push_back(
        {{"id", p.id}, {"number", p.number}, {"text_kk", p.text_kk}, {"text_ru", p.text_ru}});
  Json comments = Json::array();
  for (const auto& c : v.detail.comments) comments.push_back(CommentJson(c));
  j["paragraphs"] = paragraphs;
  j["comments"] = comments;
  return j;
}

Response Document(std::string body, const char* type, const std::string& filename) {
  Response res;
  res.SetHeader("Content-Type", type);
  res.SetHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  res.body = std::move(body);
  return res;
}

}  // namespace

void RegisterDraftRoutes(http::Routes& routes, const std::shared_ptr<DraftsService>& svc,
                         const std::shared_ptr<acts::ActsService>& acts) {
  routes.Add(Endpoint<DiscussionQuery, DiscussionList>{
      .method = "GET",
      .path = "/api/v1/public/drafts",
      .access = http::Access::kPublic,
      .handle = [svc](const Call&, const DiscussionQuery& q) { return svc->List(q); },
      .to_json =
          [](const DiscussionList& l) {
            Json items = Json::array();
            for (const auto& d : l.items) items.push_back(DiscussionJson(d, l.today));
            return Json{{"items", items}, {"today", l.today}};
          }});
  routes.Add(Endpoint<http::NoBody, DiscussionView>{
      .method = "GET",
      .path = "/api/v1/public/drafts/{id}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->Get(c.actor, c.Id()); },
      .to_json = ViewJson});
  routes.Add(Endpoint<SummaryQuery, Response>{
      .method = "GET",
      .path = "/api/v1/public/drafts/{id}/summary.xlsx",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,
      .handle = [svc](const Call& c, const SummaryQuery& q) -> Result<Response> {
        auto v = svc->Get(Actor{}, c.Id());
        if (!v.ok()) return v.take_error();
        return Document(SummaryXlsx(*v, q.lang),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "draft-" + std::to_string(c.Id()) + "-summary.xlsx");
      }});
  routes.Add(Endpoint<SummaryQuery, Response>{
      .method = "GET",
      .path = "/api/v1/public/drafts/{id}/summary.pdf",
      .access = http::Access::kPublic,
      .cost = http::Cost::kHeavy,
      .handle = [svc, acts](const Call& c, const SummaryQuery& q) -> Result<Response> {
        auto v = svc->Get(Actor{}, c.Id());
        if (!v.ok()) return v.take_error();
        std::string act_line;
        if (const auto& id = v->detail.discussion.act_id) {
          if (auto a = acts->Get(*id); a.ok())
            act_line = "№ " + a->act.number + ", " + LocalDate(a->act.adopted_on);
        }
        return Document(SummaryPdf(*v, q.lang, act_line), "application/pdf",
                        "draft-" + std::to_string(c.Id()) + "-summary.pdf");
      }});
  routes.Add(Endpoint<SplitBody, std::vector<std::string>>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/drafts/split",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const SplitBody& b) { return svc->Split(c.actor, c.Id(), b.text); },
      .to_json =
          [](const std::vector<std::string>& p) {
            return Json{{"paragraphs", p}};
          }});
  routes.Add(Endpoint<OpenInput, DiscussionView>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/drafts",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const OpenInput& in) { return svc->Open(c.actor, c.Id(), in); },
      .to_json = ViewJson});
  routes.Add(Endpoint<CommentInput, Comment>{
      .method = "POST",
      .path = "/api/v1/drafts/{id}/comments",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c,
                      const CommentInput& in) { return svc->AddComment(c.actor, c.Id(), in); },
      .to_json = CommentJson});
  routes.Add(Endpoint<DecisionInput, Comment>{
      .method = "POST",
      .path = "/api/v1/draft-comments/{id}/decision",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const DecisionInput& in) { return svc->Decide(c.actor, c.Id(), in); },
      .to_json = CommentJson});
  routes.Add(Endpoint<ModerationInput, Comment>{
      .method = "POST",
      .path = "/api/v1/draft-comments/{id}/moderation",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const ModerationInput& in) { return svc->Moderate(c.actor, c.Id(), in); },
      .to_json = CommentJson});
  routes.Add(Endpoint<EditInput, DiscussionView>{
      .method = "PATCH",
      .path = "/api/v1/drafts/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const EditInput& in) { return svc->Edit(c.actor, c.Id(), in); },
      .to_json = ViewJson});
  routes.Add(Endpoint<WithdrawInput, DiscussionView>{
      .method = "POST",
      .path = "/api/v1/drafts/{id}/withdrawal",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const WithdrawInput& in) { return svc->Withdraw(c.actor, c.Id(), in); },
      .to_json = ViewJson});
  routes.Add(Endpoint<ActLink, DiscussionView>{
      .method = "PUT",
      .path = "/api/v1/drafts/{id}/act",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const ActLink& l) { return svc->LinkAct(c.actor, c.Id(), l.act_id.get()); },
      .to_json = ViewJson});
}

}  // namespace kenes::drafts
