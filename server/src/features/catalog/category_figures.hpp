#pragma once
// Appeals counted by category for a report (a deputy's report to voters, the maslikhat's annual
// report): each category's received and resolved, with its names as they were at the time of
// counting — kept with the report, so that a renamed category does not rename a published one.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.hpp"

namespace kenes::catalog {

// Appeals of one category (key "" = without a category).
struct CategoryFigures {
  std::string key{};
  std::string name_kk{}, name_ru{}, name_en{};
  int received = 0;
  int resolved = 0;
};

// The counts by key as a list: by received, then resolved, descending; then key. Each gets its
// key and the catalogue's names of the moment (read in the caller's transaction).
std::vector<CategoryFigures> NamedCategoryFigures(
    db::Tx& tx, const std::map<std::string, CategoryFigures>& by_key);

// The category's name in the language ("" key: "without a category").
std::string CategoryName(const CategoryFigures& c, std::string_view language);

}  // namespace kenes::catalog
