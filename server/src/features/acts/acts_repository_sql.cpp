#include "features/acts/acts_repository.hpp"
#include "platform/db/term_search.hpp"

namespace kenes::acts {
namespace {

constexpr const char* kSummaryColumns =
    "id, maslikhat_id, number, adopted_on, title_kk, title_ru, registration_number, "
    "registered_on, published_on, publication_source, force_delay_days, in_force_on_set, "
    "last_edition_on, status, adilet_url, note, created_at, updated_at";

Act ActOf(const db::Row& r, bool with_texts) {
  Act a;
  a.id = r.Int("id");
  a.maslikhat_id = r.Int("maslikhat_id");
  a.number = r.Str("number");
  a.adopted_on = r.Str("adopted_on");
  a.title_kk = r.Str("title_kk");
  a.title_ru = r.Str("title_ru");
  a.registration_number = r.Str("registration_number");
  a.registered_on = r.OptStr("registered_on");
  a.published_on = r.OptStr("published_on");
  a.publication_source = r.Str("publication_source");
  a.force_delay_days = static_cast<int>(r.Int("force_delay_days"));
  a.in_force_on_set = r.OptStr("in_force_on_set");
  a.last_edition_on = r.OptStr("last_edition_on");
  a.status = ParseStatus(r.Str("status")).value_or(ActStatus::kNotInForceYet);
  a.adilet_url = r.Str("adilet_url");
  a.note = r.Str("note");
  a.created_at = r.Str("created_at");
  a.updated_at = r.Str("updated_at");
  if (with_texts) {
    a.text_kk = r.Str("text_kk");
    a.text_ru = r.Str("text_ru");
  }
  return a;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

constexpr db::TermTable kTerms{"legal_act_terms", "act_id", "legal_acts"};

}  // namespace

int64_t ActsRepository::Insert(db::Tx& tx, const Act& a) {
  return tx
      .QueryOne(
          "INSERT INTO legal_acts (maslikhat_id, number, adopted_on, title_kk, title_ru, "
          "registration_number, registered_on, published_on, publication_source, "
          "force_delay_days, in_force_on_set, last_edition_on, status, adilet_url, text_kk, "
          "text_ru, note, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
          "$10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id",
          {a.maslikhat_id, a.number, a.adopted_on, a.title_kk, a.title_ru, a.registration_number,
           a.registered_on, a.published_on, a.publication_source, a.force_delay_days,
           a.in_force_on_set, a.last_edition_on, std::string(StatusName(a.status)), a.adilet_url,
           a.text_kk, a.text_ru, a.note, a.created_at})
      ->Int("id");
}

void ActsRepository::Update(db::Tx& tx, const Act& a) {
  tx.Exec(
      "UPDATE legal_acts SET number = $2, adopted_on = $3, title_kk = $4, title_ru = $5, "
      "registration_number = $6, registered_on = $7, published_on = $8, publication_source = $9, "
      "force_delay_days = $10, in_force_on_set = $11, last_edition_on = $12, status = $13, "
      "adilet_url = $14, text_kk = $15, text_ru = $16, note = $17, updated_at = $18 WHERE id = $1",
      {a.id, a.number, a.adopted_on, a.title_kk, a.title_ru, a.registration_number, a.registered_on,
       a.published_on, a.publication_source, a.force_delay_days, a.in_force_on_set,
       a.last_edition_on, std::string(StatusName(a.status)), a.adilet_url, a.text_kk, a.text_ru,
       a.note, a.updated_at});
}

std::optional<Act> ActsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      std::string("SELECT ") + kSummaryColumns + ", text_kk, text_ru FROM legal_acts WHERE id = $1",
      {id});
  if (!r) return std::nullopt;
  return ActOf(*r, true);
}

std::optional<int64_t> ActsRepository::FindByNumber(db::Tx& tx, int64_t maslikhat_id,
                                                    const std::string& number,
                                                    const std::string& adopted_on) {
  auto r = tx.QueryOne(
      "SELECT id FROM legal_acts WHERE maslikhat_id = $1 AND adopted_on = $2 AND number = $3",
      {maslikhat_id, adopted_on, number});
  if (!r) return std::nullopt;
  return r->Int("id");
}

std::vector<Act> ActsRepository::List(db::Tx& tx, const ActFilter& f) {
  // Only the conditions that are set go into the statement, so each filter meets its index
  // (an "($n IS NULL OR …)" form hides them from the planner).
  db::Params params;
  std::string where = " WHERE 1 = 1";
  if (f.maslikhat_id) where += " AND maslikhat_id = " + db::Bind(params, *f.maslikhat_id);
  if (f.status) where += " AND status = " + db::Bind(params, std::string(StatusName(*f.status)));
  if (f.year) {
    where += " AND adopted_on >= " + db::Bind(params, std::to_string(*f.year) + "-01-01");
    where += " AND adopted_on <= " + db::Bind(params, std::to_string(*f.year) + "-12-31");
  }
  if (f.after) {
    const std::string on = db::Bind(params, f.after->first);
    const std::string id = db::Bind(params, f.after->second);
    where += " AND (adopted_on < " + on + " OR (adopted_on = " + on + " AND id < " + id + "))";
  }
  db::AppendTermConditions(tx, kTerms, f.terms, f.limit, params, where);
  const std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM legal_acts" + where +
                          " ORDER BY adopted_on DESC, id DESC LIMIT " +
                          db::Bind(params, int64_t{f.limit});
  std::vector<Act> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(ActOf(r, false));
  return out;
}

int64_t ActsRepository::InsertEdition(db::Tx& tx, const Edition& e, int64_t by) {
  return tx
      .QueryOne(
          "INSERT INTO legal_act_editions (act_id, edition_on, changes, text_kk, text_ru, "
          "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
          {e.act_id, e.edition_on, e.changes, e.text_kk, e.text_ru, by, e.created_at})
      ->Int("id");
}

std::vector<Edition> ActsRepository::Editions(db::Tx& tx, int64_t act_id) {
  std::vector<Edition> out;
  for (const auto& r :
       tx.Query("SELECT id, act_id, edition_on, changes, text_kk, text_ru, created_at FROM "
                "legal_act_editions WHERE act_id = $1 ORDER BY edition_on, id",
                {act_id})) {
    out.push_back(Edition{r.Int("id"), r.Int("act_id"), r.Str("edition_on"), r.Str("changes"),
                          r.Str("text_kk"), r.Str("text_ru"), r.Str("created_at")});
  }
  return out;
}

void ActsRepository::Reindex(db::Tx& tx, int64_t act_id, const std::vector<std::string>& terms) {
  db::ReplaceTerms(tx, kTerms, act_id, terms);
}

int64_t ActsRepository::InsertLink(db::Tx& tx, const ActLink& l) {
  if (tx.QueryOne("SELECT id FROM legal_act_links WHERE from_act_id = $1 AND kind = $2 AND "
                  "to_act_id = $3",
                  {l.from_act_id, std::string(LinkKindName(l.kind)), l.to_act_id}))
    return 0;
  return tx
      .QueryOne(
          "INSERT INTO legal_act_links (from_act_id, kind, to_act_id, to_status_before, "
          "created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
          {l.from_act_id, std::string(LinkKindName(l.kind)), l.to_act_id,
           std::string(StatusName(l.to_status_before)), l.created_at})
      ->Int("id");
}

std::optional<ActLink> ActsRepository::FindLink(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      "SELECT id, from_act_id, kind, to_act_id, to_status_before, created_at FROM "
      "legal_act_links WHERE id = $1",
      {id});
  if (!r) return std::nullopt;
  return ActLink{r->Int("id"),
                 r->Int("from_act_id"),
                 ParseLinkKind(r->Str("kind")).value_or(LinkKind::kAmends),
                 r->Int("to_act_id"),
                 ParseStatus(r->Str("to_status_before")).value_or(ActStatus::kInForce),
                 r->Str("created_at")};
}

void ActsRepository::DeleteLink(db::Tx& tx, int64_t id) {
  tx.Exec("DELETE FROM legal_act_links WHERE id = $1", {id});
}

int64_t ActsRepository::LinksTo(db::Tx& tx, int64_t to_act_id, LinkKind kind, int64_t except) {
  return tx
      .QueryOne(
          "SELECT COUNT(*) AS n FROM legal_act_links WHERE to_act_id = $1 AND kind = $2 AND id "
          "<> $3",
          {to_act_id, std::string(LinkKindName(kind)), except})
      ->Int("n");
}

std::vector<LinkedAct> ActsRepository::Links(db::Tx& tx, int64_t act_id) {
  std::vector<LinkedAct> out;
  const std::string columns = kSummaryColumns;
  for (const auto& r : tx.Query(
           "SELECT l.id AS link_id, l.kind AS link_kind, l.from_act_id AS link_from, a." +
               Replace(columns, ", ", ", a.") +
               " FROM legal_act_links l JOIN legal_acts a ON a.id = CASE WHEN l.from_act_id = $1 "
               "THEN l.to_act_id ELSE l.from_act_id END WHERE l.from_act_id = $1 OR l.to_act_id "
               "= $1 ORDER BY a.adopted_on DESC, a.id DESC",
           {act_id})) {
    LinkedAct l;
    l.link_id = r.Int("link_id");
    l.relation = {ParseLinkKind(r.Str("link_kind")).value_or(LinkKind::kAmends),
                  r.Int("link_from") == act_id};
    l.other = ActOf(r, false);
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace kenes::acts
