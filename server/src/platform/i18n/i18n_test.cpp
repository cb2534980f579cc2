#include "platform/i18n/i18n.hpp"

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
