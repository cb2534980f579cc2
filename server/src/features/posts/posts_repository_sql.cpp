#include "features/posts/posts_repository.hpp"
#include "platform/db/term_search.hpp"

namespace kenes::posts {
namespace {

constexpr const char* kColumns =
    "id, maslikhat_id, deputy_id, commission_id, okrug_id, kind, tags, state, publish_at, "
    "created_by, created_at, updated_at, event_id, sitting_id, topic FROM posts ";

// Tags are kept as ",roads,water," so one tag is found with LIKE '%,roads,%'.
std::string JoinTags(const std::vector<std::string>& tags) {
  std::string out = ",";
  for (const auto& t : tags) out += t + ",";
  return out;
}

std::vector<std::string> SplitTags(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    if (comma > start) out.push_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

Post PostOf(const db::Row& r) {
  Post p;
  p.id = r.Int("id");
  p.maslikhat_id = r.Int("maslikhat_id");
  p.draft.deputy_id = r.OptInt("deputy_id");
  p.draft.commission_id = r.OptInt("commission_id");
  p.draft.okrug_id = r.OptInt("okrug_id");
  p.draft.event_id = r.OptInt("event_id");
  p.draft.sitting_id = r.OptInt("sitting_id");
  p.draft.topic = r.OptStr("topic");
  p.draft.kind = ParsePostKind(r.Str("kind")).value_or(PostKind::kNews);
  p.draft.tags = SplitTags(r.Str("tags"));
  p.state = ParsePostState(r.Str("state")).value_or(PostState::kDraft);
  p.publish_at = r.OptStr("publish_at");
  p.created_by = r.OptInt("created_by");
  p.created_at = r.Str("created_at");
  p.updated_at = r.Str("updated_at");
  return p;
}

void InsertTexts(db::Tx& tx, int64_t id, const std::vector<PostText>& texts) {
  for (const auto& t : texts) {
    tx.Exec(
        "INSERT INTO post_texts (post_id, lang, title, summary, body, body_html) VALUES ($1, $2, "
        "$3, $4, $5, $6)",
        {id, t.lang, t.title, t.summary, t.body, t.body_html});
  }
}

constexpr db::TermTable kTerms{"post_terms", "post_id", "posts"};

// The row's `indexed` is set by the statement that writes it (or by IndexUnindexed).
void WriteTerms(db::Tx& tx, int64_t id, const PostDraft& d) {
  db::ReplaceTerms(tx, kTerms, id, SearchTerms(d));
}

}  // namespace

int64_t PostsRepository::Insert(db::Tx& tx, int64_t maslikhat_id, const PostDraft& d,
                                std::optional<int64_t> created_by, const std::string& now) {
  const int64_t id =
      tx.QueryOne(
            "INSERT INTO posts (maslikhat_id, deputy_id, commission_id, okrug_id, kind, tags, "
            "state, publish_at, created_by, created_at, updated_at, indexed, event_id, sitting_id, "
            "topic) VALUES ($1, $2, $3, $4, $5, $6, 'draft', NULL, $7, $8, $8, 1, $9, $10, $11) "
            "RETURNING id",
            {maslikhat_id, d.deputy_id, d.commission_id, d.okrug_id,
             std::string(PostKindName(d.kind)), JoinTags(d.tags), created_by, now, d.event_id,
             d.sitting_id, d.topic})
          ->Int("id");
  InsertTexts(tx, id, d.texts);
  WriteTerms(tx, id, d);
  return id;
}

void PostsRepository::Update(db::Tx& tx, int64_t id, const PostDraft& d, const std::string& now) {
  tx.Exec(
      "UPDATE posts SET deputy_id = $2, commission_id = $3, okrug_id = $4, kind = $5, tags = $6, "
      "updated_at = $7, indexed = 1, event_id = $8, sitting_id = $9, topic = $10 WHERE id = $1",
      {id, d.deputy_id, d.commission_id, d.okrug_id, std::string(PostKindName(d.kind)),
       JoinTags(d.tags), now, d.event_id, d.sitting_id, d.topic});
  tx.Exec("DELETE FROM post_texts WHERE post_id = $1", {id});
  InsertTexts(tx, id, d.texts);
  WriteTerms(tx, id, d);
}

void PostsRepository::SetState(db::Tx& tx, int64_t id, PostState state,
                               const std::optional<std::string>& at, const std::string& now) {
  tx.Exec("UPDATE posts SET state = $2, publish_at = $3, updated_at = $4 WHERE id = $1",
          {id, std::string(PostStateName(state)), at, now});
}

std::optional<Post> PostsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string("SELECT ") + kColumns + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  std::vector<Post> one{PostOf(*r)};
  LoadTexts(tx, one, true);
  return std::move(one.front());
}

std::vector<Post> PostsRepository::ListPublic(db::Tx& tx, const PublicFilter& f,
                                              const std::string& now, int limit, bool with_bodies) {
  db::Params params;
  std::string sql =
      std::string("SELECT ") + kColumns +
      "WHERE state IN ('published', 'scheduled') AND publish_at <= " + db::Bind(params, now);
  if (f.maslikhat_id) sql += " AND maslikhat_id = " + db::Bind(params, *f.maslikhat_id);
  if (f.deputy_id) sql += " AND deputy_id = " + db::Bind(params, *f.deputy_id);
  if (f.commission_id) sql += " AND commission_id = " + db::Bind(params, *f.commission_id);
  if (f.okrug_id) sql += " AND okrug_id = " + db::Bind(params, *f.okrug_id);
  if (f.event_id) sql += " AND event_id = " + db::Bind(params, *f.event_id);
  if (f.sitting_id) sql += " AND sitting_id = " + db::Bind(params, *f.sitting_id);
  if (f.topic) sql += " AND topic = " + db::Bind(params, *f.topic);
  if (f.kind) sql += " AND kind = " + db::Bind(params, std::string(PostKindName(*f.kind)));
  if (f.tag) sql += " AND tags LIKE " + db::Bind(params, "%," + *f.tag + ",%");
  if (f.before_at) {
    const std::string at = db::Bind(params, *f.before_at);
    const std::string id = db::Bind(params, f.before_id);
    sql += " AND (publish_at < " + at + " OR (publish_at = " + at + " AND id < " + id + "))";
  }
  db::AppendTermConditions(tx, kTerms, f.terms, limit, params, sql);
  sql += " ORDER BY publish_at DESC, id DESC LIMIT " + db::Bind(params, int64_t{limit});
  std::vector<Post> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(PostOf(r));
  LoadTexts(tx, out, with_bodies);
  return out;
}

std::vector<Post> PostsRepository::ListAll(db::Tx& tx, int64_t maslikhat_id,
                                           std::optional<int64_t> deputy_id, int limit) {
  db::Params params;
  std::string sql =
      std::string("SELECT ") + kColumns + "WHERE maslikhat_id = " + db::Bind(params, maslikhat_id);
  if (deputy_id) {
    sql += " AND kind = 'deputy_post' AND deputy_id = " + db::Bind(params, *deputy_id);
  }
  sql += " ORDER BY id DESC LIMIT " + db::Bind(params, int64_t{limit});
  std::vector<Post> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(PostOf(r));
  LoadTexts(tx, out, false);
  return out;
}

void PostsRepository::LoadTexts(db::Tx& tx, std::vector<Post>& posts, bool with_bodies) {
  if (posts.empty()) return;
  db::Params params;
  std::string in;
  for (const auto& p : posts) in += (in.empty() ? "" : ", ") + db::Bind(params, p.id);
  const std::string sql = std::string("SELECT post_id, lang, title, summary") +
                          (with_bodies ? ", body, body_html" : "") +
                          " FROM post_texts WHERE post_id IN (" + in + ") ORDER BY post_id, lang";
  for (const auto& r : tx.Query(sql, params)) {
    const int64_t id = r.Int("post_id");
    for (auto& p : posts) {
      if (p.id != id) continue;
      PostText t{r.Str("lang"), r.Str("title"), r.Str("summary")};
      if (with_bodies) {
        t.body = r.Str("body");
        t.body_html = r.Str("body_html");
      }
      p.draft.texts.push_back(std::move(t));
    }
  }
}

int PostsRepository::IndexUnindexed(db::Tx& tx, int max) {
  std::vector<Post> posts;
  for (const auto& r :
       tx.Query(std::string("SELECT ") + kColumns + "WHERE indexed = 0 ORDER BY id LIMIT $1",
                {int64_t{max}})) {
    posts.push_back(PostOf(r));
  }
  LoadTexts(tx, posts, true);
  for (const auto& p : posts) {
    WriteTerms(tx, p.id, p.draft);
    tx.Exec("UPDATE posts SET indexed = 1 WHERE id = $1", {p.id});
  }
  return static_cast<int>(posts.size());
}

}  // namespace kenes::posts
