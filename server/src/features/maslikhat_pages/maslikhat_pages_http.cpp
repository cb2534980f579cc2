#include "features/maslikhat_pages/maslikhat_pages_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::maslikhat_pages {

using http::Json;
using http::Schema;

struct QuestionsQuery {
  bool all = false;  // the staff's view: drafts too
};
void Describe(Schema<QuestionsQuery>& s) { s.Add("all", &QuestionsQuery::all); }

// A new person of the apparatus (Creating: the names and positions in kk and ru required) or a
// change to one; "" clears the English position, the phone and the e-mail.
template <bool Creating>
struct MemberBody {
  std::optional<std::string> full_name_kk, full_name_ru, position_kk, position_ru, position_en;
  std::optional<std::string> phone, email;
  std::optional<int> sort_order;

  MemberInput Input() const {
    return MemberInput{.full_name_kk = full_name_kk,
                       .full_name_ru = full_name_ru,
                       .position_kk = position_kk,
                       .position_ru = position_ru,
                       .position_en = position_en,
                       .phone = phone,
                       .email = email,
                       .sort_order = sort_order};
  }
};

template <bool Creating>
void DescribeMember(Schema<MemberBody<Creating>>& s) {
  using B = MemberBody<Creating>;
  s.Add("full_name_kk", &B::full_name_kk, {.required = Creating, .max = kMaxNameChars});
  s.Add("full_name_ru", &B::full_name_ru, {.required = Creating, .max = kMaxNameChars});
  s.Add("position_kk", &B::position_kk, {.required = Creating, .max = kMaxPositionChars});
  s.Add("position_ru", &B::position_ru, {.required = Creating, .max = kMaxPositionChars});
  s.Add("position_en", &B::position_en, {.max = kMaxPositionChars});
  s.Add("phone", &B::phone, {.max = kMaxPhoneChars});
  s.Add("email", &B::email, {.max = kMaxEmailChars});
  s.Add("sort_order", &B::sort_order, {.lo = 0, .hi = kMaxSortOrder});
}

void Describe(Schema<MemberBody<true>>& s) { DescribeMember(s); }
void Describe(Schema<MemberBody<false>>& s) { DescribeMember(s); }

// A new question (Creating: the question and the answer in kk and ru required; a draft unless
// `state` is sent) or a change to one, publishing or taking it back included.
template <bool Creating>
struct QuestionBody {
  std::optional<std::string> question_kk, question_ru, question_en;
  std::optional<std::string> answer_kk, answer_ru, answer_en;
  std::optional<int> sort_order;
  std::optional<QuestionState> state;

  QuestionInput Input() const {
    return QuestionInput{.question_kk = question_kk,
                         .question_ru = question_ru,
                         .question_en = question_en,
                         .answer_kk = answer_kk,
                         .answer_ru = answer_ru,
                         .answer_en = answer_en,
                         .sort_order = sort_order,
                         .state = state};
  }
};

template <bool Creating>
void DescribeQuestion(Schema<QuestionBody<Creating>>& s) {
  using B = QuestionBody<Creating>;
  s.Add("question_kk", &B::question_kk, {.required = Creating, .max = kMaxQuestionChars});
  s.Add("question_ru", &B::question_ru, {.required = Creating, .max = kMaxQuestionChars});
  s.Add("question_en", &B::question_en, {.max = kMaxQuestionChars});
  s.Add("answer_kk", &B::answer_kk, {.required = Creating, .max = kMaxAnswerChars});
  s.Add("answer_ru", &B::answer_ru, {.required = Creating, .max = kMaxAnswerChars});
  s.Add("answer_en", &B::answer_en, {.max = kMaxAnswerChars});
  s.Add("sort_order", &B::sort_order, {.lo = 0, .hi = kMaxSortOrder});
  s.Enum("state", &B::state, ParseState);
}

void Describe(Schema<QuestionBody<true>>& s) { DescribeQuestion(s); }
void Describe(Schema<QuestionBody<false>>& s) { DescribeQuestion(s); }

namespace {

using http::Call;
using http::Endpoint;

Json MemberJson(const Member& m) {
  return Json{{"id", m.id},
              {"maslikhat_id", m.maslikhat_id},
              {"full_name_kk", m.full_name_kk},
              {"full_name_ru", m.full_name_ru},
              {"position_kk", m.position_kk},
              {"position_ru", m.position_ru},
              {"position_en", m.position_en},
              {"phone", m.phone},
              {"email", m.email},
              {"sort_order", m.sort_order},
              {"updated_at", m.updated_at}};
}

Json QuestionJson(const Question& q) {
  return Json{{"id", q.id},
              {"maslikhat_id", q.maslikhat_id},
              {"question_kk", q.question_kk},
              {"question_ru", q.question_ru},
              {"question_en", q.question_en},
              {"answer_kk", q.answer_kk},
              {"answer_ru", q.answer_ru},
              {"answer_en", q.answer_en},
              {"sort_order", q.sort_order},
              {"state", StateName(q.state)},
              {"published_at", q.published_at ? Json(*q.published_at) : Json(nullptr)},
              {"updated_at", q.updated_at}};
}

Json ApparatusJson(const Apparatus& a) {
  Json items = Json::array();
  for (const auto& m : a.items) items.push_back(MemberJson(m));
  return Json{{"items", items}, {"can_edit", a.can_edit}};
}

Json QuestionsJson(const Questions& q) {
  Json items = Json::array();
  for (const auto& one : q.items) items.push_back(QuestionJson(one));
  return Json{{"items", items}, {"can_edit", q.can_edit}};
}

}  // namespace

void RegisterMaslikhatPagesRoutes(http::Routes& routes,
                                  const std::shared_ptr<MaslikhatPagesService>& svc) {
  // The apparatus.
  routes.Add(Endpoint<http::NoBody, Apparatus>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/apparatus",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->ListApparatus(c.actor, c.Id()); },
      .to_json = ApparatusJson});
  routes.Add(
      Endpoint<MemberBody<true>, Member>{.method = "POST",
                                         .path = "/api/v1/maslikhats/{id}/apparatus",
                                         .access = http::Access::kSignedIn,
                                         .status = 201,
                                         .handle =
                                             [svc](const Call& c, const MemberBody<true>& b) {
                                               return svc->AddMember(c.actor, c.Id(), b.Input());
                                             },
                                         .to_json = MemberJson});
  routes.Add(Endpoint<MemberBody<false>, Member>{
      .method = "PATCH",
      .path = "/api/v1/apparatus/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const MemberBody<false>& b) {
            return svc->UpdateMember(c.actor, c.Id(), b.Input());
          },
      .to_json = MemberJson});
  routes.Add(Endpoint<http::NoBody, Unit>{
      .method = "DELETE",
      .path = "/api/v1/apparatus/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->RemoveMember(c.actor, c.Id()); }});

  // The questions.
  routes.Add(Endpoint<QuestionsQuery, Questions>{.method = "GET",
                                                 .path = "/api/v1/maslikhats/{id}/questions",
                                                 .access = http::Access::kPublic,
                                                 .handle =
                                                     [svc](const Call& c, const QuestionsQuery& q) {
                                                       return svc->ListQuestions(c.actor, c.Id(),
                                                                                 q.all);
                                                     },
                                                 .to_json = QuestionsJson});
  routes.Add(Endpoint<QuestionBody<true>, Question>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/questions",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle =
          [svc](const Call& c, const QuestionBody<true>& b) {
            return svc->AddQuestion(c.actor, c.Id(), b.Input());
          },
      .to_json = QuestionJson});
  routes.Add(Endpoint<QuestionBody<false>, Question>{
      .method = "PATCH",
      .path = "/api/v1/questions/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const QuestionBody<false>& b) {
            return svc->UpdateQuestion(c.actor, c.Id(), b.Input());
          },
      .to_json = QuestionJson});
  routes.Add(Endpoint<http::NoBody, Unit>{
      .method = "DELETE",
      .path = "/api/v1/questions/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->RemoveQuestion(c.actor, c.Id()); }});
}

}  // namespace kenes::maslikhat_pages
