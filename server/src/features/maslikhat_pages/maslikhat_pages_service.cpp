#include "features/maslikhat_pages/maslikhat_pages_service.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "core/personal_ids.hpp"
#include "features/maslikhat_pages/maslikhat_pages_policy.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::maslikhat_pages {
namespace {

void Set(const std::optional<std::string>& value, std::string& out) {
  if (value) out = *value;
}

void Apply(const MemberInput& in, Member& m) {
  Set(in.full_name_kk, m.full_name_kk);
  Set(in.full_name_ru, m.full_name_ru);
  Set(in.position_kk, m.position_kk);
  Set(in.position_ru, m.position_ru);
  Set(in.position_en, m.position_en);
  Set(in.phone, m.phone);
  Set(in.email, m.email);
  if (in.sort_order) m.sort_order = *in.sort_order;
}

void Apply(const QuestionInput& in, Question& q) {
  Set(in.question_kk, q.question_kk);
  Set(in.question_ru, q.question_ru);
  Set(in.question_en, q.question_en);
  Set(in.answer_kk, q.answer_kk);
  Set(in.answer_ru, q.answer_ru);
  Set(in.answer_en, q.answer_en);
  if (in.sort_order) q.sort_order = *in.sort_order;
}

void Required(std::map<std::string, std::string>& bad, const char* key, const std::string& value) {
  if (value.empty()) bad.emplace(key, "required");
}

// The person as it will be kept: the names and positions in kk and ru present, the phone a
// Kazakhstan number (kept as written), the e-mail an address (kept normalised).
Status Checked(Member& m) {
  std::map<std::string, std::string> bad;
  Required(bad, "full_name_kk", m.full_name_kk);
  Required(bad, "full_name_ru", m.full_name_ru);
  Required(bad, "position_kk", m.position_kk);
  Required(bad, "position_ru", m.position_ru);
  if (!m.phone.empty() && !NormalizePhone(m.phone)) bad.emplace("phone", "invalid_format");
  if (!m.email.empty()) {
    if (auto email = NormalizeEmail(m.email)) {
      m.email = *email;
    } else {
      bad.emplace("email", "invalid_format");
    }
  }
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  return Ok();
}

Status Checked(const Question& q) {
  std::map<std::string, std::string> bad;
  Required(bad, "question_kk", q.question_kk);
  Required(bad, "question_ru", q.question_ru);
  Required(bad, "answer_kk", q.answer_kk);
  Required(bad, "answer_ru", q.answer_ru);
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  return Ok();
}

// Moves the question to `to`: published_at is the moment it was (last) published.
void Move(Question& q, QuestionState to, int64_t now) {
  if (q.state == to) return;
  q.state = to;
  q.published_at = to == QuestionState::kPublished ? std::optional<std::string>(FormatIsoUtc(now))
                                                   : std::nullopt;
}

int After(int last_order) { return std::min(last_order + 1, kMaxSortOrder); }

std::string Json1(const char* key, int64_t value) {
  return "{\"" + std::string(key) + "\":" + std::to_string(value) + "}";
}

std::string StateJson(QuestionState s) {
  return "{\"state\":\"" + std::string(StateName(s)) + "\"}";
}

}  // namespace

bool MaslikhatPagesService::MaslikhatExists(int64_t maslikhat_id) {
  return directory_->GetMaslikhat(Actor{}, maslikhat_id).ok();
}

Status MaslikhatPagesService::MayKeep(const Actor& actor, int64_t maslikhat_id) {
  if (!MaslikhatPagesPolicy::MayEdit(actor, maslikhat_id)) {
    return actor.IsAuthenticated() ? Error::Denied() : Error::Unauthenticated();
  }
  if (!MaslikhatExists(maslikhat_id)) return Error::NotFound();
  return Ok();
}

Result<Apparatus> MaslikhatPagesService::ListApparatus(const Actor& actor, int64_t maslikhat_id) {
  Apparatus out;
  out.items = db_.Read([&](db::Tx& tx) { return repo_.Members(tx, maslikhat_id); });
  // A maslikhat with nobody listed yet, or none at all: only then is the directory asked.
  if (out.items.empty() && !MaslikhatExists(maslikhat_id)) return Error::NotFound();
  out.can_edit = MaslikhatPagesPolicy::MayEdit(actor, maslikhat_id);
  return out;
}

Result<Member> MaslikhatPagesService::AddMember(const Actor& actor, int64_t maslikhat_id,
                                                const MemberInput& in) {
  if (auto may = MayKeep(actor, maslikhat_id); !may.ok()) return may.error();
  Member m;
  m.maslikhat_id = maslikhat_id;
  Apply(in, m);
  if (auto checked = Checked(m); !checked.ok()) return checked.error();
  const int64_t now = clock_.NowMs();
  m.created_at = m.updated_at = FormatIsoUtc(now);
  return db_.Write([&](db::Tx& tx) -> Result<Member> {
    const auto extent = repo_.MembersExtent(tx, maslikhat_id);
    if (extent.count >= kMaxMembers) return Error::Invalid("apparatus", "too_many");
    if (!in.sort_order) m.sort_order = After(extent.last_order);
    m.id = repo_.InsertMember(tx, m);
    audit::Record(tx, actor,
                  {"apparatus.add", "apparatus_member", m.id, Json1("maslikhat", maslikhat_id)},
                  now);
    return m;
  });
}

Result<Member> MaslikhatPagesService::EditableMember(const Actor& actor, int64_t id) {
  auto m = db_.Read([&](db::Tx& tx) { return repo_.FindMember(tx, id); });
  if (!m) return Error::NotFound();
  // The apparatus is public: another maslikhat's staff see the person, and may not change them.
  if (!MaslikhatPagesPolicy::MayEdit(actor, m->maslikhat_id)) return Error::Denied();
  return *m;
}

Result<Member> MaslikhatPagesService::UpdateMember(const Actor& actor, int64_t id,
                                                   const MemberInput& in) {
  auto editable = EditableMember(actor, id);
  if (!editable.ok()) return editable.take_error();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Member> {
    auto m = repo_.FindMember(tx, id);
    if (!m) return Error::NotFound();
    Apply(in, *m);
    if (auto checked = Checked(*m); !checked.ok()) return checked.error();
    m->updated_at = FormatIsoUtc(now);
    repo_.UpdateMember(tx, *m);
    audit::Record(tx, actor,
                  {"apparatus.update", "apparatus_member", id, Json1("maslikhat", m->maslikhat_id)},
                  now);
    return *m;
  });
}

Status MaslikhatPagesService::RemoveMember(const Actor& actor, int64_t id) {
  auto editable = EditableMember(actor, id);
  if (!editable.ok()) return editable.take_error();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    if (!repo_.FindMember(tx, id)) return Error::NotFound();
    repo_.DeleteMember(tx, id);
    audit::Record(
        tx, actor,
        {"apparatus.remove", "apparatus_member", id, Json1("maslikhat", editable->maslikhat_id)},
        now);
    return Ok();
  });
}

Result<Questions> MaslikhatPagesService::ListQuestions(const Actor& actor, int64_t maslikhat_id,
                                                       bool all) {
  Questions out;
  out.can_edit = MaslikhatPagesPolicy::MayEdit(actor, maslikhat_id);
  if (all && !out.can_edit) {
    return actor.IsAuthenticated() ? Error::Denied() : Error::Unauthenticated();
  }
  out.items = db_.Read([&](db::Tx& tx) { return repo_.Questions(tx, maslikhat_id, !all); });
  if (out.items.empty() && !MaslikhatExists(maslikhat_id)) return Error::NotFound();
  return out;
}

Result<Question> MaslikhatPagesService::AddQuestion(const Actor& actor, int64_t maslikhat_id,
                                                    const QuestionInput& in) {
  if (auto may = MayKeep(actor, maslikhat_id); !may.ok()) return may.error();
  Question q;
  q.maslikhat_id = maslikhat_id;
  Apply(in, q);
  if (auto checked = Checked(q); !checked.ok()) return checked.error();
  const int64_t now = clock_.NowMs();
  if (in.state) Move(q, *in.state, now);
  q.created_at = q.updated_at = FormatIsoUtc(now);
  return db_.Write([&](db::Tx& tx) -> Result<Question> {
    const auto extent = repo_.QuestionsExtent(tx, maslikhat_id);
    if (extent.count >= kMaxQuestions) return Error::Invalid("questions", "too_many");
    if (!in.sort_order) q.sort_order = After(extent.last_order);
    q.id = repo_.InsertQuestion(tx, q);
    audit::Record(tx, actor, {"question.add", "maslikhat_question", q.id, StateJson(q.state)}, now);
    return q;
  });
}

Result<Question> MaslikhatPagesService::EditableQuestion(const Actor& actor, int64_t id) {
  auto q = db_.Read([&](db::Tx& tx) { return repo_.FindQuestion(tx, id); });
  if (!q || !MaslikhatPagesPolicy::MayReadQuestion(actor, q->maslikhat_id, q->state))
    return Error::NotFound();
  if (!MaslikhatPagesPolicy::MayEdit(actor, q->maslikhat_id)) return Error::Denied();
  return *q;
}

Result<Question> MaslikhatPagesService::UpdateQuestion(const Actor& actor, int64_t id,
                                                       const QuestionInput& in) {
  auto editable = EditableQuestion(actor, id);
  if (!editable.ok()) return editable.take_error();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Question> {
    auto q = repo_.FindQuestion(tx, id);
    if (!q) return Error::NotFound();
    Apply(in, *q);
    if (auto checked = Checked(*q); !checked.ok()) return checked.error();
    if (in.state) Move(*q, *in.state, now);
    q->updated_at = FormatIsoUtc(now);
    repo_.UpdateQuestion(tx, *q);
    audit::Record(tx, actor, {"question.update", "maslikhat_question", id, StateJson(q->state)},
                  now);
    return *q;
  });
}

Status MaslikhatPagesService::RemoveQuestion(const Actor& actor, int64_t id) {
  auto editable = EditableQuestion(actor, id);
  if (!editable.ok()) return editable.take_error();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    if (!repo_.FindQuestion(tx, id)) return Error::NotFound();
    repo_.DeleteQuestion(tx, id);
    audit::Record(
        tx, actor,
        {"question.remove", "maslikhat_question", id, Json1("maslikhat", editable->maslikhat_id)},
        now);
    return Ok();
  });
}

}  // namespace kenes::maslikhat_pages
