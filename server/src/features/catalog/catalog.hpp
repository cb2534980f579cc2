#pragma once
// What staff pick from while handling appeals: the installation's category taxonomy (for routing
// and analytics) and each maslikhat's answer templates.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kenes::catalog {

struct Category {
  std::string key;  // a-z, 0-9, _; at most 40 characters; stable across renames
  std::string name_kk, name_ru, name_en;
};

struct AnswerTemplate {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string language;  // kk, ru, en
  std::string title, body, created_at;
};

inline constexpr size_t kMaxCategories = 100;
inline constexpr size_t kMaxTemplateBodyChars = 20000;

// What is wrong with a taxonomy, by field ("categories.3.key" -> "duplicate"); empty when it can
// be saved.
std::map<std::string, std::string> CategoryProblems(const std::vector<Category>& list);
std::map<std::string, std::string> TemplateProblems(const AnswerTemplate& t);

}  // namespace kenes::catalog
