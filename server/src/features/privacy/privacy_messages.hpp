#pragma once
// Texts of the person's data document (PDF) in kk, ru and en.

#include <string_view>

namespace kenes::privacy {

struct DataTexts {
  const char* title;
  const char* made_on;
  const char* account;
  const char* name;
  const char* email;
  const char* phone;
  const char* iin;
  const char* language;
  const char* registered;
  const char* consents;
  const char* consent_line;  // "Version {{version}}, given on {{date}}"
  const char* withdrawn;
  const char* appeals;
  const char* bookings;
  const char* notifications;
  const char* sessions;
  const char* none;
  const char* kept_title;
  const char* kept_in_consideration;
  const char* kept_retention;  // followed by the date
};

// kk, ru, en (from the message catalogues, platform/i18n); anything else reads as ru.
const DataTexts& TextsFor(std::string_view language);

}  // namespace kenes::privacy
