#include "platform/i18n/i18n.hpp"

#include <array>
#include <map>
#include <mutex>
#include <set>

#include <nlohmann/json.hpp>

#include "platform/i18n/catalogue_data.hpp"
#include "platform/log/log.hpp"

namespace kenes::i18n {
namespace {

constexpr std::array<std::string_view, 3> kLanguages = {"kk", "ru", "en"};

using Catalogue = std::map<std::string, std::string, std::less<>>;

size_t IndexOf(std::string_view language) {
  if (language == "kk") return 0;
  if (language == "en") return 2;
  return 1;
}

// Parsed once, on first use, from the embedded JSON; never changed afterwards.
const std::array<Catalogue, 3>& Catalogues() {
  static const std::array<Catalogue, 3> kAll = [] {
    std::array<Catalogue, 3> out;
    for (const CatalogueFile& f : EmbeddedCatalogues()) {
      const auto json = nlohmann::json::parse(f.json);  // a broken file fails the unit tests
      Catalogue& c = out.at(IndexOf(f.language));
      for (const auto& item : json.items()) c.emplace(item.key(), item.value().get<std::string>());
    }
    return out;
  }();
  return kAll;
}

// Unknown keys are kept here so that Text can return a reference; the set only grows by bugs.
const std::string& Missing(std::string_view key) {
  static std::mutex mutex;
  static std::set<std::string, std::less<>> missing;
  std::lock_guard lock(mutex);
  auto [it, added] = missing.emplace(key);
  if (added) log::Error("i18n: unknown message key", {{"key", *it}});
  return *it;
}

}  // namespace

std::string_view Language(std::string_view language) { return kLanguages.at(IndexOf(language)); }

const std::string& Text(std::string_view language, std::string_view key) {
  const Catalogue& c = Catalogues().at(IndexOf(language));
  if (auto it = c.find(key); it != c.end()) return it->second;
  return Missing(key);
}

bool Has(std::string_view key) {
  const Catalogue& c = Catalogues().at(IndexOf("ru"));
  return c.find(key) != c.end();
}

std::string Format(std::string_view language, std::string_view key, Args args) {
  std::string out = Text(language, key);
  for (const auto& [name, value] : args) {
    const std::string slot = "{{" + std::string(name) + "}}";
    for (size_t at = out.find(slot); at != std::string::npos;
         at = out.find(slot, at + value.size())) {
      out.replace(at, slot.size(), value);
    }
  }
  return out;
}

std::vector<std::string> Keys(std::string_view language) {
  std::vector<std::string> out;
  for (const auto& [key, text] : Catalogues().at(IndexOf(language))) out.push_back(key);
  return out;
}

std::vector<std::string> Placeholders(std::string_view text) {
  std::set<std::string> found;
  for (size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 2)) {
    const size_t end = text.find("}}", at + 2);
    if (end == std::string_view::npos) break;
    found.emplace(text.substr(at + 2, end - at - 2));
  }
  return {found.begin(), found.end()};
}

}  // namespace kenes::i18n
