#pragma once
// Words of the discussion's summary table (XLSX and PDF) in kk, ru and en.

#include <string_view>

#include "features/drafts/drafts.hpp"

namespace kenes::drafts {

struct SummaryTexts {
  const char* title;   // "Summary table of comments and proposals"
  const char* period;  // followed by "dd.mm.yyyy – dd.mm.yyyy"
  const char* act;     // "Adopted act", followed by its number and date
  const char* made_on;
  const char* sheet;  // the XLSX tab, at most 31 characters
  const char* paragraph;
  const char* paragraph_text;  // the paragraph's text in the document's language
  const char* comment;
  const char* author;
  const char* decision;
  const char* reason;
  const char* date;
  const char* citizen;
  const char* expert;
  const char* organisation;  // followed by its name
  const char* accepted;
  const char* partly;
  const char* rejected;
  const char* undecided;
  const char* no_comments;
};

// kk, ru, en (from the message catalogues, platform/i18n); anything else reads as ru.
const SummaryTexts& SummaryTextsFor(std::string_view language);

const char* AuthorWord(const SummaryTexts& t, AuthorType type);
const char* DecisionWord(const SummaryTexts& t, const std::optional<Decision>& d);

}  // namespace kenes::drafts
