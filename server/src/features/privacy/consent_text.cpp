// The shipped consent texts. A new text is a new version: add it at the end of Versions() and its
// words to server/messages/*.json (never edit a published one: the consents given name it), then
// set security.consent_version.
#include "features/privacy/consent_text.hpp"

#include "platform/i18n/i18n.hpp"

namespace kenes::privacy {
namespace {

// A shipped version: its date and its sections, oldest first. The words are in the catalogues
// (server/messages/*.json, ADR 0019) under privacy.consent.<key>.<section>.{title,text}, with
// {{operator}} (the name with ", BIN …" when one is known) and {{years}} (the term), and the
// BIN clause under privacy.consent.<key>.bin_clause with {{bin}}.
struct Version {
  const char* version;
  const char* key;
  std::vector<const char*> sections;
};

const std::vector<Version>& Versions() {
  static const std::vector<Version> kVersions{
      // 2026-11-01: the first text, one paragraph, as the web showed it before the texts moved.
      {.version = "2026-11-01", .key = "v2026_11_01", .sections = {"consent"}},
      // 2026-12-07: Art. 8 in full — the operator with its BIN, purposes, term, transfers,
      // publication, withdrawal.
      {.version = "2026-12-07",
       .key = "v2026_12_07",
       .sections = {"consent", "operator", "data", "purposes", "term", "transfers", "publication",
                    "withdrawal"}},
  };
  return kVersions;
}

}  // namespace

std::vector<std::string> ShippedConsentVersions() {
  std::vector<std::string> out;
  for (const auto& v : Versions()) out.emplace_back(v.version);
  return out;
}

std::optional<ConsentText> RenderConsent(std::string_view version, std::string_view lang,
                                         const ConsentOperator& op, int retention_years) {
  for (const auto& v : Versions()) {
    if (version != v.version) continue;
    const std::string code(i18n::Language(lang));
    const std::string prefix = std::string("privacy.consent.") + v.key + ".";
    std::string named = op.name;
    if (!op.bin.empty()) named += i18n::Format(code, prefix + "bin_clause", {{"bin", op.bin}});
    const std::string years = std::to_string(retention_years);
    ConsentText out{.version = v.version, .lang = code, .op = op, .sections = {}};
    for (const char* s : v.sections) {
      const std::string key = prefix + s;
      out.sections.push_back(
          {i18n::Text(code, key + ".title"),
           i18n::Format(code, key + ".text", {{"operator", named}, {"years", years}})});
    }
    return out;
  }
  return std::nullopt;
}

Status CheckConsentVersion(const std::string& version) {
  for (const auto& v : Versions()) {
    if (version == v.version) return Ok();
  }
  std::string shipped;
  for (const auto& v : ShippedConsentVersions()) shipped += (shipped.empty() ? "" : ", ") + v;
  Error e = Error::Invalid("security.consent_version", "invalid");
  e.message = "security.consent_version '" + version +
              "' has no consent text in this Kenes (it ships " + shipped +
              "): set one of these, or ship the new text first (features/privacy/consent_text.cpp)";
  return e;
}

}  // namespace kenes::privacy
