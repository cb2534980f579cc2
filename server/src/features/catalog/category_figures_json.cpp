#include "features/catalog/category_figures_json.hpp"

#include <string>

namespace kenes::catalog {

nlohmann::json CategoryFiguresJson(const std::vector<CategoryFigures>& figures) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : figures) {
    out.push_back({{"key", c.key},
                   {"name_kk", c.name_kk},
                   {"name_ru", c.name_ru},
                   {"name_en", c.name_en},
                   {"received", c.received},
                   {"resolved", c.resolved}});
  }
  return out;
}

std::vector<CategoryFigures> CategoryFiguresFromJson(const nlohmann::json& array) {
  std::vector<CategoryFigures> out;
  if (!array.is_array()) return out;
  for (const auto& c : array) {
    if (!c.is_object()) continue;
    out.push_back({c.value("key", std::string()), c.value("name_kk", std::string()),
                   c.value("name_ru", std::string()), c.value("name_en", std::string()),
                   c.value("received", 0), c.value("resolved", 0)});
  }
  return out;
}

}  // namespace kenes::catalog
