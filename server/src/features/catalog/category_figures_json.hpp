#pragma once
// The by-category figures as a report keeps them with its other figures (a JSON array), written
// and read the same way by the deputy's report to voters and the maslikhat's annual reports.

#include <vector>

#include <nlohmann/json.hpp>

#include "features/catalog/category_figures.hpp"

namespace kenes::catalog {

nlohmann::json CategoryFiguresJson(const std::vector<CategoryFigures>& figures);

// What is not an array of objects reads as no categories (the text is Kenes' own).
std::vector<CategoryFigures> CategoryFiguresFromJson(const nlohmann::json& array);

}  // namespace kenes::catalog
