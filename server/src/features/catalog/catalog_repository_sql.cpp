#include "features/catalog/catalog_repository.hpp"

namespace kenes::catalog {

std::vector<Category> CatalogRepository::Categories(db::Tx& tx) {
  std::vector<Category> out;
  for (const auto& r :
       tx.Query("SELECT key, name_kk, name_ru, name_en FROM appeal_categories ORDER BY position")) {
    out.push_back({r.Str("key"), r.Str("name_kk"), r.Str("name_ru"), r.Str("name_en")});
  }
  return out;
}

bool CatalogRepository::HasCategory(db::Tx& tx, const std::string& key) {
  return tx.QueryOne("SELECT 1 AS one FROM appeal_categories WHERE key = $1", {key}).has_value();
}

void CatalogRepository::ReplaceCategories(db::Tx& tx, const std::vector<Category>& categories) {
  tx.Exec("DELETE FROM appeal_categories");
  int position = 0;
  for (const auto& c : categories) {
    tx.Exec(
        "INSERT INTO appeal_categories (key, name_kk, name_ru, name_en, position) VALUES ($1, $2, "
        "$3, $4, $5)",
        {c.key, c.name_kk, c.name_ru, c.name_en, ++position});
  }
}

std::vector<AnswerTemplate> CatalogRepository::Templates(db::Tx& tx, int64_t maslikhat_id) {
  std::vector<AnswerTemplate> out;
  for (const auto& r : tx.Query(
           "SELECT id, maslikhat_id, language, title, body, created_at FROM answer_templates WHERE "
           "maslikhat_id = $1 ORDER BY language, title",
           {maslikhat_id})) {
    out.push_back({r.Int("id"), r.Int("maslikhat_id"), r.Str("language"), r.Str("title"),
                   r.Str("body"), r.Str("created_at")});
  }
  return out;
}

int64_t CatalogRepository::InsertTemplate(db::Tx& tx, const AnswerTemplate& t) {
  return tx
      .QueryOne(
          "INSERT INTO answer_templates (maslikhat_id, language, title, body, created_at) VALUES "
          "($1, $2, $3, $4, $5) RETURNING id",
          {t.maslikhat_id, t.language, t.title, t.body, t.created_at})
      ->Int("id");
}

std::optional<AnswerTemplate> CatalogRepository::UpdateTemplate(db::Tx& tx,
                                                                const AnswerTemplate& t) {
  auto row = tx.QueryOne(
      "UPDATE answer_templates SET language = $3, title = $4, body = $5 WHERE id = $1 AND "
      "maslikhat_id = $2 RETURNING created_at",
      {t.id, t.maslikhat_id, t.language, t.title, t.body});
  if (!row) return std::nullopt;
  AnswerTemplate saved = t;
  saved.created_at = row->Str("created_at");
  return saved;
}

bool CatalogRepository::DeleteTemplate(db::Tx& tx, int64_t maslikhat_id, int64_t id) {
  return tx.Exec("DELETE FROM answer_templates WHERE id = $1 AND maslikhat_id = $2",
                 {id, maslikhat_id}) > 0;
}

}  // namespace kenes::catalog
