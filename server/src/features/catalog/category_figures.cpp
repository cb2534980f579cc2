#include "features/catalog/category_figures.hpp"

#include <algorithm>

#include "features/catalog/catalog_service.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::catalog {

std::vector<CategoryFigures> NamedCategoryFigures(
    db::Tx& tx, const std::map<std::string, CategoryFigures>& by_key) {
  std::map<std::string, const Category*> names;
  const auto categories = CatalogService::CategoriesIn(tx);
  for (const auto& c : categories) names.emplace(c.key, &c);
  std::vector<CategoryFigures> out;
  for (const auto& [key, counted] : by_key) {
    CategoryFigures c = counted;
    c.key = key;
    if (auto it = names.find(key); it != names.end()) {
      c.name_kk = it->second->name_kk;
      c.name_ru = it->second->name_ru;
      c.name_en = it->second->name_en;
    }
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.received != b.received) return a.received > b.received;
    if (a.resolved != b.resolved) return a.resolved > b.resolved;
    return a.key < b.key;
  });
  return out;
}

std::string CategoryName(const CategoryFigures& c, std::string_view language) {
  if (c.key.empty()) return i18n::Text(language, "catalog.no_category");
  const std::string_view lang = i18n::Language(language);
  const std::string& name = lang == "kk" ? c.name_kk : lang == "en" ? c.name_en : c.name_ru;
  if (!name.empty()) return name;
  return c.name_ru.empty() ? c.key : c.name_ru;
}

}  // namespace kenes::catalog
