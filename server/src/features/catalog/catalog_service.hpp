#pragma once
// Use cases of the category taxonomy and the answer templates. One transaction each, audited.

#include <memory>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/catalog/catalog.hpp"
#include "features/catalog/category_figures.hpp"
#include "features/catalog/category_figures_json.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::catalog {

class CatalogService {
 public:
  CatalogService(db::Database& db, const Clock& clock,
                 std::shared_ptr<directory::DirectoryService> directory)
      : db_(db), clock_(clock), directory_(std::move(directory)) {}

  Result<std::vector<Category>> Categories();
  Result<std::vector<Category>> SetCategories(const Actor& actor, std::vector<Category> list);
  // For another feature's use case, inside its transaction: whether `key` names a category.
  static bool IsCategory(db::Tx& tx, const std::string& key);
  static std::vector<Category> CategoriesIn(db::Tx& tx);

  // Templates of a maslikhat, for its staff and deputies.
  Result<std::vector<AnswerTemplate>> Templates(const Actor& actor, int64_t maslikhat_id);
  Result<AnswerTemplate> AddTemplate(const Actor& actor, AnswerTemplate t);
  // Replaces language, title and body of template t.id of t.maslikhat_id.
  Result<AnswerTemplate> UpdateTemplate(const Actor& actor, AnswerTemplate t);
  Status DeleteTemplate(const Actor& actor, int64_t maslikhat_id, int64_t id);

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
};

}  // namespace kenes::catalog
