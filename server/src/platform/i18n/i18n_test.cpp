#include "platform/i18n/i18n.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::i18n {
namespace {

namespace fs = std::filesystem;

TEST(I18n, EveryKeyIsInEveryLanguageWithTheSamePlaceholders) {
  const auto ru = Keys("ru");
  ASSERT_GT(ru.size(), 100u);
  EXPECT_EQ(Keys("kk"), ru);
  EXPECT_EQ(Keys("en"), ru);
  for (const auto& key : ru) {
    const auto want = Placeholders(Text("ru", key));
    for (std::string_view lang : {"kk", "ru", "en"}) {
      EXPECT_FALSE(Text(lang, key).empty()) << lang << " " << key;
      EXPECT_EQ(Placeholders(Text(lang, key)), want) << lang << " " << key;
    }
  }
}

// The Kazakh texts use the APPK's terms (обращение «өтініш», заявление «арыз», запрос «сұрау
// салу») and no plainly Russian word (as web/src/locales/locales.test.ts checks the web's).
// The words of a text: runs of ASCII letters and digits and two-byte Cyrillic letters.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xD0 && c <= 0xD3 && i + 1 < text.size()) {
      word += text.substr(i++, 2);
    } else if (c < 0x80 && std::isalnum(c)) {
      word += static_cast<char>(c);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

TEST(I18n, KazakhTextsHoldNoPlainlyRussianWord) {
  const std::set<std::string> russian = {"цифр",      "цифры",  "сауал",   "обращение",
                                         "заявление", "запрос", "аккаунт", "и",
                                         "или",       "для",    "что"};
  ASSERT_EQ(Words("Сіздің өтінішіңіз, «арыз» — 12 сан."),
            (std::vector<std::string>{"Сіздің", "өтінішіңіз", "арыз", "12", "сан"}));
  for (const auto& key : Keys("kk")) {
    for (const auto& word : Words(Text("kk", key))) {
      EXPECT_FALSE(russian.count(word)) << key << ": " << word;
    }
  }
  EXPECT_EQ(Text("kk", "appeals.type.statement"), "арыз");
  EXPECT_EQ(Text("kk", "appeals.type.request"), "сұрау салу");
}

TEST(I18n, FormatFillsEveryPlaceholder) {
  EXPECT_EQ(Format("kk", "appeals.notice.subject", {{"number", "A-1"}}), "Kenes: өтініш A-1");
  EXPECT_EQ(Format("ru", "appeals.notice.subject", {{"number", "A-1"}}), "Kenes: обращение A-1");
  EXPECT_EQ(Format("en", "identity.code.verify.body", {{"code", "123456"}}).substr(0, 30),
            "Your verification code: 123456");
  // A value that looks like a placeholder is not expanded again.
  EXPECT_EQ(Format("en", "appeals.notice.subject", {{"number", "{{number}}"}}),
            "Kenes: appeal {{number}}");
}

TEST(I18n, AnOtherLanguageReadsAsRussian) {
  EXPECT_EQ(Language("de"), "ru");
  EXPECT_EQ(Language(""), "ru");
  EXPECT_EQ(Language("kk"), "kk");
  EXPECT_EQ(Text("de", "appeals.talon.title"), Text("ru", "appeals.talon.title"));
}

TEST(I18n, AnUnknownKeyGivesTheKeyBack) {
  EXPECT_FALSE(Has("no.such.key"));
  EXPECT_EQ(Text("kk", "no.such.key"), "no.such.key");
  EXPECT_TRUE(Has("appeals.talon.title"));
}

TEST(I18n, TheCatalogueFilesAreTheOnesCompiledIn) {
  // Guards against a stale build: the embedded catalogue has the same key count as the files.
  const fs::path root = [] {
    for (const char* base : {static_cast<const char*>(std::getenv("KENES_ROOT")), ".", ".."}) {
      if (base && fs::exists(fs::path(base) / "server/messages/ru.json")) return fs::path(base);
    }
    return fs::path();
  }();
  ASSERT_FALSE(root.empty()) << "server/messages not found (run from the repository root)";
  std::ifstream in(root / "server/messages/ru.json");
  std::string line;
  size_t keys = 0;
  while (std::getline(in, line)) {
    if (line.rfind("  \"", 0) == 0) ++keys;
  }
  EXPECT_EQ(keys, Keys("ru").size());
}

}  // namespace
}  // namespace kenes::i18n
