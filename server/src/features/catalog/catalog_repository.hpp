#pragma once
// Categories (`appeal_categories`) and answer templates (`answer_templates`).

#include <optional>
#include <vector>

#include "features/catalog/catalog.hpp"
#include "platform/db/database.hpp"

namespace kenes::catalog {

class CatalogRepository {
 public:
  std::vector<Category> Categories(db::Tx& tx);
  void ReplaceCategories(db::Tx& tx, const std::vector<Category>& categories);
  bool HasCategory(db::Tx& tx, const std::string& key);
  std::vector<AnswerTemplate> Templates(db::Tx& tx, int64_t maslikhat_id);
  int64_t InsertTemplate(db::Tx& tx, const AnswerTemplate& t);
  // nullopt when the maslikhat has no template t.id.
  std::optional<AnswerTemplate> UpdateTemplate(db::Tx& tx, const AnswerTemplate& t);
  bool DeleteTemplate(db::Tx& tx, int64_t maslikhat_id, int64_t id);
};

}  // namespace kenes::catalog
