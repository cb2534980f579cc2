#include "features/catalog/catalog.hpp"

#include <set>

#include "platform/text/utf8.hpp"

namespace kenes::catalog {

std::map<std::string, std::string> CategoryProblems(const std::vector<Category>& list) {
  std::map<std::string, std::string> f;
  std::set<std::string> keys;
  if (list.empty() || list.size() > kMaxCategories) f["categories"] = "invalid";
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& c = list[i];
    const std::string k = "categories." + std::to_string(i);
    bool key_ok = !c.key.empty() && c.key.size() <= 40;
    for (char ch : c.key)
      key_ok &= (ch >= 'a' && ch <= 'z') || ch == '_' || (ch >= '0' && ch <= '9');
    if (!key_ok)
      f[k + ".key"] = "invalid";
    else if (!keys.insert(c.key).second)
      f[k + ".key"] = "duplicate";
    if (c.name_kk.empty()) f[k + ".name_kk"] = "required";
    if (c.name_ru.empty()) f[k + ".name_ru"] = "required";
    if (c.name_en.empty()) f[k + ".name_en"] = "required";
  }
  return f;
}

std::map<std::string, std::string> TemplateProblems(const AnswerTemplate& t) {
  std::map<std::string, std::string> f;
  if (t.language != "kk" && t.language != "ru" && t.language != "en") f["language"] = "invalid";
  if (t.title.empty()) f["title"] = "required";
  if (t.body.empty()) f["body"] = "required";
  if (text::CodePoints(t.body) > kMaxTemplateBodyChars) f["body"] = "too_long";
  return f;
}

}  // namespace kenes::catalog
