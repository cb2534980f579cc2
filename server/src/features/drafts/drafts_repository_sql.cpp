#include <algorithm>

#include "features/drafts/drafts_repository.hpp"

namespace kenes::drafts {
namespace {

constexpr const char* kDiscussionColumns =
    "d.id, d.maslikhat_id, d.title_kk, d.title_ru, d.opens_on, d.closes_on, d.working_days, "
    "d.act_id, d.created_at, d.updated_at, d.withdrawn_at, d.withdrawn_reason, "
    "d.announcement_post_id";

Discussion DiscussionOf(const db::Row& r) {
  Discussion d;
  d.id = r.Int("id");
  d.maslikhat_id = r.Int("maslikhat_id");
  d.title_kk = r.Str("title_kk");
  d.title_ru = r.Str("title_ru");
  d.opens_on = r.Str("opens_on");
  d.closes_on = r.Str("closes_on");
  d.working_days = static_cast<int>(r.Int("working_days"));
  d.act_id = r.OptInt("act_id");
  d.created_at = r.Str("created_at");
  d.updated_at = r.Str("updated_at");
  d.withdrawn_at = r.OptStr("withdrawn_at");
  d.withdrawn_reason = r.Str("withdrawn_reason");
  d.announcement_post_id = r.OptInt("announcement_post_id");
  return d;
}

constexpr const char* kCommentSelect =
    "SELECT c.id, c.discussion_id, c.paragraph_id, p.number, c.author_id, c.author_type, "
    "c.organisation, c.text, c.decision, c.reason, c.decided_at, c.created_at, c.hidden_at, "
    "c.hidden_reason FROM draft_comments c JOIN draft_paragraphs p ON p.id = c.paragraph_id ";

Comment CommentOf(const db::Row& r) {
  Comment c;
  c.id = r.Int("id");
  c.discussion_id = r.Int("discussion_id");
  c.paragraph_id = r.Int("paragraph_id");
  c.paragraph_number = static_cast<int>(r.Int("number"));
  c.author_id = r.Int("author_id");
  c.author_type = ParseAuthorType(r.Str("author_type")).value_or(AuthorType::kCitizen);
  c.organisation = r.Str("organisation");
  c.text = r.Str("text");
  if (auto d = r.OptStr("decision")) c.decision = ParseDecision(*d);
  c.reason = r.Str("reason");
  c.decided_at = r.OptStr("decided_at");
  c.created_at = r.Str("created_at");
  c.hidden_at = r.OptStr("hidden_at");
  c.hidden_reason = r.Str("hidden_reason");
  return c;
}

Paragraph ParagraphOf(const db::Row& r) {
  return Paragraph{r.Int("id"), static_cast<int>(r.Int("number")), r.Str("text_kk"),
                   r.Str("text_ru")};
}

}  // namespace

int64_t DraftsRepository::Insert(db::Tx& tx, const Discussion& d, int64_t by) {
  return tx
      .QueryOne(
          "INSERT INTO draft_discussions (maslikhat_id, title_kk, title_ru, opens_on, closes_on, "
          "working_days, act_id, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
          "$6, $7, $8, $9, $9) RETURNING id",
          {d.maslikhat_id, d.title_kk, d.title_ru, d.opens_on, d.closes_on, d.working_days,
           d.act_id, by, d.created_at})
      ->Int("id");
}

void DraftsRepository::InsertParagraphs(db::Tx& tx, int64_t discussion_id,
                                        const std::vector<Paragraph>& paragraphs) {
  // One multi-row statement per chunk: a long draft has hundreds of paragraphs.
  constexpr size_t kChunk = 100;
  for (size_t start = 0; start < paragraphs.size(); start += kChunk) {
    const size_t end = std::min(paragraphs.size(), start + kChunk);
    db::Params params = {discussion_id};
    std::string sql =
        "INSERT INTO draft_paragraphs (discussion_id, number, text_kk, text_ru) VALUES ";
    for (size_t i = start; i < end; ++i) {
      params.emplace_back(static_cast<int64_t>(i + 1));
      params.emplace_back(paragraphs[i].text_kk);
      params.emplace_back(paragraphs[i].text_ru);
      const size_t n = params.size();
      sql += (i > start ? ", ($1, $" : "($1, $") + std::to_string(n - 2) + ", $" +
             std::to_string(n - 1) + ", $" + std::to_string(n) + ")";
    }
    tx.Exec(sql, params);
  }
}

std::optional<Discussion> DraftsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      std::string("SELECT ") + kDiscussionColumns + " FROM draft_discussions d WHERE d.id = $1",
      {id});
  if (!r) return std::nullopt;
  return DiscussionOf(*r);
}

std::vector<Discussion> DraftsRepository::List(db::Tx& tx, const DiscussionFilter& f) {
  db::Params params;
  std::string where = " WHERE 1 = 1";
  if (f.maslikhat_id) {
    params.emplace_back(*f.maslikhat_id);
    where += " AND d.maslikhat_id = $" + std::to_string(params.size());
  }
  if (f.act_id) {
    params.emplace_back(*f.act_id);
    where += " AND d.act_id = $" + std::to_string(params.size());
  }
  params.emplace_back(int64_t{f.limit});
  const std::string sql =
      std::string("SELECT ") + kDiscussionColumns +
      ", (SELECT COUNT(*) FROM draft_comments c WHERE c.discussion_id = d.id AND c.hidden_at IS "
      "NULL) AS comments FROM "
      "draft_discussions d" +
      where + " ORDER BY d.opens_on DESC, d.id DESC LIMIT $" + std::to_string(params.size());
  std::vector<Discussion> out;
  for (const auto& r : tx.Query(sql, params)) {
    out.push_back(DiscussionOf(r));
    out.back().comments = static_cast<int>(r.Int("comments"));
  }
  return out;
}

void DraftsRepository::SetAct(db::Tx& tx, int64_t id, std::optional<int64_t> act_id,
                              const std::string& at) {
  tx.Exec("UPDATE draft_discussions SET act_id = $2, updated_at = $3 WHERE id = $1",
          {id, act_id, at});
}

void DraftsRepository::Update(db::Tx& tx, const Discussion& d) {
  tx.Exec(
      "UPDATE draft_discussions SET title_kk = $2, title_ru = $3, working_days = $4, closes_on = "
      "$5, updated_at = $6 WHERE id = $1",
      {d.id, d.title_kk, d.title_ru, d.working_days, d.closes_on, d.updated_at});
}

void DraftsRepository::SetParagraphTexts(db::Tx& tx, const Paragraph& p) {
  tx.Exec("UPDATE draft_paragraphs SET text_kk = $2, text_ru = $3 WHERE id = $1",
          {p.id, p.text_kk, p.text_ru});
}

void DraftsRepository::Withdraw(db::Tx& tx, const Discussion& d, int64_t by) {
  tx.Exec(
      "UPDATE draft_discussions SET withdrawn_at = $2, withdrawn_reason = $3, withdrawn_by = $4, "
      "updated_at = $2 WHERE id = $1",
      {d.id, d.withdrawn_at, d.withdrawn_reason, by});
}

void DraftsRepository::SetAnnouncementPost(db::Tx& tx, int64_t id, int64_t post_id) {
  tx.Exec("UPDATE draft_discussions SET announcement_post_id = $2 WHERE id = $1", {id, post_id});
}

bool DraftsRepository::MarkClosingTold(db::Tx& tx, int64_t id, const std::string& closes_on) {
  return tx.Exec(
             "UPDATE draft_discussions SET closing_told_on = $2 WHERE id = $1 AND closes_on = $2 "
             "AND closing_told_on IS NULL AND withdrawn_at IS NULL",
             {id, closes_on}) == 1;
}

std::vector<Commenter> DraftsRepository::Commenters(db::Tx& tx, int64_t discussion_id) {
  std::vector<Commenter> out;
  for (const auto& r : tx.Query(
           "SELECT u.id, u.email, u.language, u.verified_at, u.deleted_at FROM users u WHERE u.id "
           "IN (SELECT author_id FROM draft_comments WHERE discussion_id = $1) ORDER BY u.id",
           {discussion_id})) {
    Commenter c{r.Int("id"), "", r.Str("language")};
    if (r.OptStr("verified_at") && !r.OptStr("deleted_at"))
      c.email = r.OptStr("email").value_or("");
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Paragraph> DraftsRepository::Paragraphs(db::Tx& tx, int64_t discussion_id) {
  std::vector<Paragraph> out;
  for (const auto& r : tx.Query("SELECT id, number, text_kk, text_ru FROM draft_paragraphs "
                                "WHERE discussion_id = $1 ORDER BY number",
                                {discussion_id})) {
    out.push_back(ParagraphOf(r));
  }
  return out;
}

std::optional<Paragraph> DraftsRepository::FindParagraph(db::Tx& tx, int64_t discussion_id,
                                                         int64_t paragraph_id) {
  auto r = tx.QueryOne(
      "SELECT id, number, text_kk, text_ru FROM draft_paragraphs WHERE id = $1 AND "
      "discussion_id = $2",
      {paragraph_id, discussion_id});
  if (!r) return std::nullopt;
  return ParagraphOf(*r);
}

int64_t DraftsRepository::InsertComment(db::Tx& tx, const Comment& c) {
  return tx
      .QueryOne(
          "INSERT INTO draft_comments (discussion_id, paragraph_id, author_id, author_type, "
          "organisation, text, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, '', $7) "
          "RETURNING id",
          {c.discussion_id, c.paragraph_id, c.author_id, std::string(AuthorTypeName(c.author_type)),
           c.organisation, c.text, c.created_at})
      ->Int("id");
}

std::optional<Comment> DraftsRepository::FindComment(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kCommentSelect) + "WHERE c.id = $1", {id});
  if (!r) return std::nullopt;
  return CommentOf(*r);
}

std::vector<Comment> DraftsRepository::Comments(db::Tx& tx, int64_t discussion_id) {
  std::vector<Comment> out;
  for (const auto& r :
       tx.Query(std::string(kCommentSelect) + "WHERE c.discussion_id = $1 ORDER BY p.number, c.id",
                {discussion_id})) {
    out.push_back(CommentOf(r));
  }
  return out;
}

int DraftsRepository::CountBy(db::Tx& tx, int64_t discussion_id, int64_t author_id) {
  return static_cast<int>(tx.QueryOne("SELECT COUNT(*) AS n FROM draft_comments WHERE "
                                      "author_id = $1 AND discussion_id = $2",
                                      {author_id, discussion_id})
                              ->Int("n"));
}

void DraftsRepository::Decide(db::Tx& tx, const Comment& c, int64_t by) {
  std::optional<std::string> decision;
  if (c.decision) decision = std::string(DecisionName(*c.decision));
  tx.Exec(
      "UPDATE draft_comments SET decision = $2, reason = $3, decided_by = $4, decided_at = $5 "
      "WHERE id = $1",
      {c.id, decision, c.reason, by, c.decided_at});
}

void DraftsRepository::SetHidden(db::Tx& tx, const Comment& c, int64_t by) {
  tx.Exec(
      "UPDATE draft_comments SET hidden_at = $2, hidden_reason = $3, hidden_by = $4 WHERE id = $1",
      {c.id, c.hidden_at, c.hidden_reason,
       c.hidden_at ? std::optional<int64_t>(by) : std::nullopt});
}

}  // namespace kenes::drafts
