#include <string>

#include "features/maslikhat_pages/maslikhat_pages_repository.hpp"

namespace kenes::maslikhat_pages {
namespace {

constexpr const char* kMemberColumns =
    "SELECT id, maslikhat_id, full_name_kk, full_name_ru, position_kk, position_ru, position_en, "
    "phone, email, sort_order, created_at, updated_at FROM apparatus_members ";

constexpr const char* kQuestionColumns =
    "SELECT id, maslikhat_id, question_kk, question_ru, question_en, answer_kk, answer_ru, "
    "answer_en, sort_order, state, published_at, created_at, updated_at FROM maslikhat_questions ";

Member MemberOf(const db::Row& r) {
  Member m;
  m.id = r.Int("id");
  m.maslikhat_id = r.Int("maslikhat_id");
  m.full_name_kk = r.Str("full_name_kk");
  m.full_name_ru = r.Str("full_name_ru");
  m.position_kk = r.Str("position_kk");
  m.position_ru = r.Str("position_ru");
  m.position_en = r.Str("position_en");
  m.phone = r.Str("phone");
  m.email = r.Str("email");
  m.sort_order = static_cast<int>(r.Int("sort_order"));
  m.created_at = r.Str("created_at");
  m.updated_at = r.Str("updated_at");
  return m;
}

Question QuestionOf(const db::Row& r) {
  Question q;
  q.id = r.Int("id");
  q.maslikhat_id = r.Int("maslikhat_id");
  q.question_kk = r.Str("question_kk");
  q.question_ru = r.Str("question_ru");
  q.question_en = r.Str("question_en");
  q.answer_kk = r.Str("answer_kk");
  q.answer_ru = r.Str("answer_ru");
  q.answer_en = r.Str("answer_en");
  q.sort_order = static_cast<int>(r.Int("sort_order"));
  q.state = ParseState(r.Str("state")).value_or(QuestionState::kDraft);
  q.published_at = r.OptStr("published_at");
  q.created_at = r.Str("created_at");
  q.updated_at = r.Str("updated_at");
  return q;
}

MaslikhatPagesRepository::Extent ExtentOf(const std::optional<db::Row>& r) {
  MaslikhatPagesRepository::Extent e;
  if (!r) return e;
  e.count = static_cast<int>(r->Int("n"));
  if (auto last = r->OptInt("last_order")) e.last_order = static_cast<int>(*last);
  return e;
}

}  // namespace

std::vector<Member> MaslikhatPagesRepository::Members(db::Tx& tx, int64_t maslikhat_id) {
  std::vector<Member> out;
  for (const auto& r : tx.Query(
           std::string(kMemberColumns) + "WHERE maslikhat_id = $1 ORDER BY sort_order, id LIMIT $2",
           {maslikhat_id, kMaxMembers})) {
    out.push_back(MemberOf(r));
  }
  return out;
}

std::optional<Member> MaslikhatPagesRepository::FindMember(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kMemberColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return MemberOf(*r);
}

int64_t MaslikhatPagesRepository::InsertMember(db::Tx& tx, const Member& m) {
  return tx
      .QueryOne(
          "INSERT INTO apparatus_members (maslikhat_id, full_name_kk, full_name_ru, position_kk, "
          "position_ru, position_en, phone, email, sort_order, created_at, updated_at) VALUES "
          "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
          {m.maslikhat_id, m.full_name_kk, m.full_name_ru, m.position_kk, m.position_ru,
           m.position_en, m.phone, m.email, m.sort_order, m.created_at})
      ->Int("id");
}

void MaslikhatPagesRepository::UpdateMember(db::Tx& tx, const Member& m) {
  tx.Exec(
      "UPDATE apparatus_members SET full_name_kk = $2, full_name_ru = $3, position_kk = $4, "
      "position_ru = $5, position_en = $6, phone = $7, email = $8, sort_order = $9, "
      "updated_at = $10 WHERE id = $1",
      {m.id, m.full_name_kk, m.full_name_ru, m.position_kk, m.position_ru, m.position_en, m.phone,
       m.email, m.sort_order, m.updated_at});
}

void MaslikhatPagesRepository::DeleteMember(db::Tx& tx, int64_t id) {
  tx.Exec("DELETE FROM apparatus_members WHERE id = $1", {id});
}

std::vector<Question> MaslikhatPagesRepository::Questions(db::Tx& tx, int64_t maslikhat_id,
                                                          bool published_only) {
  std::vector<Question> out;
  for (const auto& r : tx.Query(std::string(kQuestionColumns) +
                                    "WHERE maslikhat_id = $1 AND ($2 = 0 OR state = 'published') "
                                    "ORDER BY sort_order, id LIMIT $3",
                                {maslikhat_id, published_only ? 1 : 0, kMaxQuestions})) {
    out.push_back(QuestionOf(r));
  }
  return out;
}

std::optional<Question> MaslikhatPagesRepository::FindQuestion(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kQuestionColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return QuestionOf(*r);
}

int64_t MaslikhatPagesRepository::InsertQuestion(db::Tx& tx, const Question& q) {
  return tx
      .QueryOne(
          "INSERT INTO maslikhat_questions (maslikhat_id, question_kk, question_ru, question_en, "
          "answer_kk, answer_ru, answer_en, sort_order, state, published_at, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
          {q.maslikhat_id, q.question_kk, q.question_ru, q.question_en, q.answer_kk, q.answer_ru,
           q.answer_en, q.sort_order, std::string(StateName(q.state)), q.published_at,
           q.created_at})
      ->Int("id");
}

void MaslikhatPagesRepository::UpdateQuestion(db::Tx& tx, const Question& q) {
  tx.Exec(
      "UPDATE maslikhat_questions SET question_kk = $2, question_ru = $3, question_en = $4, "
      "answer_kk = $5, answer_ru = $6, answer_en = $7, sort_order = $8, state = $9, "
      "published_at = $10, updated_at = $11 WHERE id = $1",
      {q.id, q.question_kk, q.question_ru, q.question_en, q.answer_kk, q.answer_ru, q.answer_en,
       q.sort_order, std::string(StateName(q.state)), q.published_at, q.updated_at});
}

void MaslikhatPagesRepository::DeleteQuestion(db::Tx& tx, int64_t id) {
  tx.Exec("DELETE FROM maslikhat_questions WHERE id = $1", {id});
}

MaslikhatPagesRepository::Extent MaslikhatPagesRepository::MembersExtent(db::Tx& tx,
                                                                         int64_t maslikhat_id) {
  return ExtentOf(tx.QueryOne(
      "SELECT COUNT(*) AS n, MAX(sort_order) AS last_order FROM apparatus_members WHERE "
      "maslikhat_id = $1",
      {maslikhat_id}));
}

MaslikhatPagesRepository::Extent MaslikhatPagesRepository::QuestionsExtent(db::Tx& tx,
                                                                           int64_t maslikhat_id) {
  return ExtentOf(tx.QueryOne(
      "SELECT COUNT(*) AS n, MAX(sort_order) AS last_order FROM maslikhat_questions WHERE "
      "maslikhat_id = $1",
      {maslikhat_id}));
}

}  // namespace kenes::maslikhat_pages
