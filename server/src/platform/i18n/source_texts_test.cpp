// Server-written words live in the message catalogues (server/messages/*.json, ADR 0019), not in
// C++ literals: this test reads every source file under server/src and fails on a Cyrillic string
// literal outside the allow-list below, and on a catalogue key the code names that the catalogue
// lacks.

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "platform/i18n/i18n.hpp"

namespace kenes::i18n {
namespace {

namespace fs = std::filesystem;

// Files whose Cyrillic literals are data, not texts for people, each with the reason.
const std::map<std::string, std::string>& AllowList() {
  static const std::map<std::string, std::string> kAllowed = {
      {"platform/text/stem.cpp", "the stemmer's suffix tables are Kazakh and Russian data"},
      {"platform/text/mask_personal.cpp", "street words that mark an address to be masked"},
      {"features/directory/address.cpp", "address words the parser recognises and skips"},
      {"features/drafts/drafts.cpp", "clause markers of a draft act (\"Статья 4\", \"5-бап\")"},
      {"app/seed.cpp", "the demo's accounts and installation name"},
  };
  return kAllowed;
}

// Also data: tests (they assert the words users see), demo and benchmark seed data.
bool AllowedByName(const std::string& rel) {
  auto ends = [&rel](std::string_view tail) {
    return rel.size() >= tail.size() &&
           rel.compare(rel.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends("_test.cpp") || ends("_demo.cpp") || ends("_bench_data.cpp") ||
         AllowList().count(rel) > 0;
}

fs::path SourceRoot() {
  for (const char* base : {static_cast<const char*>(std::getenv("KENES_ROOT")), ".", ".."}) {
    if (base && fs::exists(fs::path(base) / "server/src/main.cpp")) {
      return fs::path(base) / "server/src";
    }
  }
  return {};
}

struct Literal {
  int line;
  std::string text;  // as written between the quotes
};

// The string literals of a C++ file, comments and character literals skipped; raw strings read.
std::vector<Literal> Literals(const std::string& s) {
  std::vector<Literal> out;
  int line = 1;
  size_t i = 0;
  auto advance_to = [&](size_t end) {
    for (; i < end && i < s.size(); ++i) line += s[i] == '\n';
  };
  while (i < s.size()) {
    if (s.compare(i, 2, "//") == 0) {
      advance_to(s.find('\n', i) == std::string::npos ? s.size() : s.find('\n', i));
    } else if (s.compare(i, 2, "/*") == 0) {
      const size_t end = s.find("*/", i + 2);
      advance_to(end == std::string::npos ? s.size() : end + 2);
    } else if (s[i] == 'R' && i + 1 < s.size() && s[i + 1] == '"' &&
               (i == 0 ||
                !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_') ||
                s[i - 1] == 'u' || s[i - 1] == 'U' || s[i - 1] == 'L' || s[i - 1] == '8')) {
      const size_t open = s.find('(', i + 2);
      const std::string close = ")" + s.substr(i + 2, open - i - 2) + "\"";
      const size_t end = s.find(close, open);
      const int at = line;
      out.push_back({at, s.substr(open + 1, end - open - 1)});
      advance_to(end + close.size());
    } else if (s[i] == '"') {
      const int at = line;
      size_t j = i + 1;
      while (j < s.size() && s[j] != '"') j += s[j] == '\\' ? 2 : 1;
      out.push_back({at, s.substr(i + 1, j - i - 1)});
      advance_to(j + 1);
    } else if (s[i] == '\'' && !(i > 0 && std::isxdigit(static_cast<unsigned char>(s[i - 1])))) {
      size_t j = i + 1;  // a character literal (a digit separator 1'000 is not one)
      while (j < s.size() && s[j] != '\'') j += s[j] == '\\' ? 2 : 1;
      advance_to(j + 1);
    } else {
      advance_to(i + 1);
    }
  }
  return out;
}

bool HasCyrillic(std::string_view text) {
  // U+0400..U+04FF (Russian and Kazakh letters) are two bytes led by 0xD0..0xD3.
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xD0 && c <= 0xD3) return true;
  }
  return false;
}

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::pair<std::string, std::string>> Sources() {
  std::vector<std::pair<std::string, std::string>> out;
  const fs::path root = SourceRoot();
  if (root.empty()) return out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
    out.emplace_back(fs::relative(e.path(), root).generic_string(), Read(e.path()));
  }
  return out;
}

TEST(SourceTexts, TheLexerSkipsCommentsAndReadsRawStrings) {
  const auto l = Literals("// \"а\"\nint x = 1'000; /* \"б\" */ f(\"в\", R\"x(г\")x\", '\"');\n");
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[0].text, "в");
  EXPECT_EQ(l[1].text, "г\"");
  EXPECT_EQ(l[1].line, 2);
}

TEST(SourceTexts, NoCyrillicLiteralOutsideTheCatalogues) {
  const auto sources = Sources();
  ASSERT_GT(sources.size(), 100u) << "server/src not found (run from the repository root)";
  size_t allowed_files_seen = 0;
  for (const auto& [rel, text] : sources) {
    if (AllowList().count(rel)) ++allowed_files_seen;
    if (AllowedByName(rel)) continue;
    for (const auto& lit : Literals(text)) {
      EXPECT_FALSE(HasCyrillic(lit.text))
          << rel << ":" << lit.line << ": \"" << lit.text
          << "\" — put people's words in server/messages/*.json and read them through "
             "platform/i18n (or, if it is data, add the file to the allow-list with a reason)";
    }
  }
  // An allow-listed file that no longer exists should leave the list.
  EXPECT_EQ(allowed_files_seen, AllowList().size());
}

TEST(SourceTexts, EveryKeyTheCodeNamesIsInTheCatalogue) {
  const auto keys = Keys("ru");
  auto is_prefix = [&keys](const std::string& p) {
    for (const auto& k : keys) {
      if (k.rfind(p, 0) == 0) return true;
    }
    return false;
  };
  const std::set<std::string> key_set(keys.begin(), keys.end());
  // A whole key: every literal shaped like one in a file that reads the catalogue, except the
  // audit actions that share the shape.
  const std::string areas =
      "(?:common|appeals|identity|privacy|drafts|events|reception|tasks|sittings|subscriptions)";
  const std::regex whole("\"(" + areas + R"re(\.[a-z0-9_.]*[a-z0-9_])")re");
  const std::set<std::string> not_keys = {"privacy.retention_run", "privacy.data_"};
  // A prefix ("appeals.type.") to which the code adds a code or a label word.
  const std::regex prefix("\"(" + areas + R"re(\.[a-z0-9_.]*\.)")re");
  // A label word read under the file's prefix: t("title"), l("when"), Label(lang, "to").
  const std::regex word(R"re((?:\bt|\bl|Label|label)\(\s*(?:[a-z_.]+,\s*)?"([a-z_]+)")re");
  size_t checked = 0;
  for (const auto& [rel, text] : Sources()) {
    if (text.find("platform/i18n/i18n.hpp") == std::string::npos || AllowedByName(rel)) continue;
    std::vector<std::string> prefixes;
    for (std::sregex_iterator it(text.begin(), text.end(), prefix), end; it != end; ++it) {
      prefixes.push_back((*it)[1]);
      EXPECT_TRUE(is_prefix((*it)[1])) << rel << ": no key starts with " << (*it)[1];
      ++checked;
    }
    for (std::sregex_iterator it(text.begin(), text.end(), whole), end; it != end; ++it) {
      if (not_keys.count((*it)[1])) continue;
      EXPECT_TRUE(key_set.count((*it)[1])) << rel << ": " << (*it)[1] << " is not in the catalogue";
      ++checked;
    }
    for (std::sregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it) {
      bool found = false;
      for (const auto& p : prefixes) found = found || key_set.count(p + std::string((*it)[1]));
      EXPECT_TRUE(found) << rel << ": \"" << (*it)[1] << "\" is under none of its prefixes";
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

}  // namespace
}  // namespace kenes::i18n
