#include "features/privacy/consent_text.hpp"

#include <gtest/gtest.h>

#include "core/config.hpp"

namespace kenes::privacy {
namespace {

std::string All(const ConsentText& t) {
  std::string out;
  for (const auto& s : t.sections) out += s.title + "\n" + s.text + "\n";
  return out;
}

TEST(ConsentText, TheDefaultVersionIsShipped) {
  EXPECT_TRUE(CheckConsentVersion(Config{}.security.consent_version).ok());
}

TEST(ConsentText, AnUnshippedVersionIsAStartUpErrorNamingTheShippedOnes) {
  auto s = CheckConsentVersion("2030-01-01");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("2030-01-01"), std::string::npos);
  EXPECT_NE(s.error().message.find("2026-12-07"), std::string::npos);
  EXPECT_FALSE(RenderConsent("2030-01-01", "ru", {"А", "120340001230"}, 5).has_value());
}

TEST(ConsentText, EveryVersionHasTheSameSectionsInEveryLanguage) {
  for (const auto& v : ShippedConsentVersions()) {
    auto kk = RenderConsent(v, "kk", {"Аппарат", ""}, 5);
    auto ru = RenderConsent(v, "ru", {"Аппарат", ""}, 5);
    auto en = RenderConsent(v, "en", {"Аппарат", ""}, 5);
    ASSERT_TRUE(kk && ru && en) << v;
    EXPECT_EQ(kk->sections.size(), ru->sections.size()) << v;
    EXPECT_EQ(en->sections.size(), ru->sections.size()) << v;
    for (const auto* t : {&*kk, &*ru, &*en}) {
      for (const auto& s : t->sections) {
        EXPECT_FALSE(s.title.empty()) << v << " " << t->lang;
        EXPECT_EQ(s.text.find('{'), std::string::npos) << v << " " << t->lang << ": " << s.text;
      }
    }
  }
}

TEST(ConsentText, Article8NamesTheOperatorBinTermTransfersPublicationAndWithdrawal) {
  const ConsentOperator op{"Аппарат городского маслихата", "120340001230"};
  auto ru = RenderConsent("2026-12-07", "ru", op, 7);
  ASSERT_TRUE(ru);
  const std::string text = All(*ru);
  EXPECT_NE(text.find("Аппарат городского маслихата, БИН 120340001230"), std::string::npos);
  EXPECT_NE(text.find("7 лет"), std::string::npos);
  EXPECT_NE(text.find("компетентный государственный орган"), std::string::npos);
  EXPECT_NE(text.find("депутатский запрос"), std::string::npos);
  EXPECT_NE(text.find("открытый реестр"), std::string::npos);
  EXPECT_NE(text.find("«Мои данные»"), std::string::npos);
  auto kk = RenderConsent("2026-12-07", "kk", op, 7);
  EXPECT_NE(All(*kk).find("БСН 120340001230"), std::string::npos);
  EXPECT_NE(All(*kk).find("7 жыл"), std::string::npos);
  auto en = RenderConsent("2026-12-07", "en", op, 7);
  EXPECT_NE(All(*en).find("BIN 120340001230"), std::string::npos);
  EXPECT_EQ(en->lang, "en");
  // No BIN known: the operator is named without one.
  auto bare = RenderConsent("2026-12-07", "en", {"Kenes", ""}, 5);
  EXPECT_EQ(All(*bare).find("BIN"), std::string::npos);
  EXPECT_NE(All(*bare).find("operator of the personal data is Kenes."), std::string::npos);
}

}  // namespace
}  // namespace kenes::privacy
