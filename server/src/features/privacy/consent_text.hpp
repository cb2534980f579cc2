#pragma once
// The consent to the processing of personal data (Law of the RK «О персональных данных и их
// защите», Art. 8; docs/personal-data.md "Consent"): the texts this server ships, by version and
// language, naming the operator, the purposes, the term, transfers, publication and withdrawal.
// Pure functions, no I/O.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kenes::privacy {

// Who the consent is given to: the maslikhat's apparatus and its BIN (empty: none configured).
struct ConsentOperator {
  std::string name;
  std::string bin;
};

struct ConsentSection {
  std::string title;
  std::string text;
};

struct ConsentText {
  std::string version;
  std::string lang;  // kk, ru, en
  ConsentOperator op;
  std::vector<ConsentSection> sections;
};

// The versions this server has texts for, oldest first.
std::vector<std::string> ShippedConsentVersions();
// The text of `version` in `lang` (kk, ru, en; anything else reads as ru) naming `op` and the
// appeals' retention term; nullopt when the version is not shipped.
std::optional<ConsentText> RenderConsent(std::string_view version, std::string_view lang,
                                         const ConsentOperator& op, int retention_years);
// Start-up: the version in force (security.consent_version) must be one this server can show.
Status CheckConsentVersion(const std::string& version);

}  // namespace kenes::privacy
