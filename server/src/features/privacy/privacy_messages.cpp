#include "features/privacy/privacy_messages.hpp"

#include <array>

#include "platform/i18n/i18n.hpp"

namespace kenes::privacy {
namespace {

DataTexts Load(std::string_view lang) {
  auto t = [lang](std::string_view field) {
    return i18n::Text(lang, "privacy.data." + std::string(field)).c_str();
  };
  return DataTexts{t("title"),
                   t("made_on"),
                   t("account"),
                   t("name"),
                   t("email"),
                   t("phone"),
                   t("iin"),
                   t("language"),
                   t("registered"),
                   t("consents"),
                   t("consent_line"),
                   t("withdrawn"),
                   t("appeals"),
                   t("bookings"),
                   t("notifications"),
                   t("sessions"),
                   t("none"),
                   t("kept_title"),
                   t("kept_in_consideration"),
                   t("kept_retention")};
}

}  // namespace

const DataTexts& TextsFor(std::string_view language) {
  static const std::array<DataTexts, 3> kAll = {Load("kk"), Load("ru"), Load("en")};
  const std::string_view lang = i18n::Language(language);
  return kAll[lang == "kk" ? 0 : lang == "ru" ? 1 : 2];
}

}  // namespace kenes::privacy
