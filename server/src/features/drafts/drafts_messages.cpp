#include "features/drafts/drafts_messages.hpp"

#include <array>
#include <string>

#include "platform/i18n/i18n.hpp"

namespace kenes::drafts {
namespace {

SummaryTexts Load(std::string_view lang) {
  auto t = [lang](std::string_view field) {
    return i18n::Text(lang, "drafts.summary." + std::string(field)).c_str();
  };
  return SummaryTexts{
      t("title"),     t("period"),         t("act"),      t("made_on"),   t("sheet"),
      t("paragraph"), t("paragraph_text"), t("comment"),  t("author"),    t("decision"),
      t("reason"),    t("date"),           t("citizen"),  t("expert"),    t("organisation"),
      t("accepted"),  t("partly"),         t("rejected"), t("undecided"), t("no_comments")};
}

}  // namespace

const SummaryTexts& SummaryTextsFor(std::string_view language) {
  static const std::array<SummaryTexts, 3> kAll = {Load("kk"), Load("ru"), Load("en")};
  const std::string_view lang = i18n::Language(language);
  return kAll[lang == "kk" ? 0 : lang == "ru" ? 1 : 2];
}

const char* AuthorWord(const SummaryTexts& t, AuthorType type) {
  switch (type) {
    case AuthorType::kCitizen:
      return t.citizen;
    case AuthorType::kExpert:
      return t.expert;
    case AuthorType::kOrganisation:
      return t.organisation;
  }
  return t.citizen;
}

const char* DecisionWord(const SummaryTexts& t, const std::optional<Decision>& d) {
  if (!d) return t.undecided;
  switch (*d) {
    case Decision::kAccepted:
      return t.accepted;
    case Decision::kPartly:
      return t.partly;
    case Decision::kRejected:
      return t.rejected;
  }
  return t.undecided;
}

}  // namespace kenes::drafts
