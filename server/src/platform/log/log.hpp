#pragma once
// JSON-lines logger on stderr. Fields that can carry personal data are redacted by name, so a
// careless call cannot leak a phone number or an appeal text into the logs.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kenes::log {

enum class Level { kDebug, kInfo, kWarn, kError };

void SetLevel(Level level);
Level ParseLevel(std::string_view name);  // debug|info|warn|error; info otherwise
void Write(Level level, std::string_view message, nlohmann::json fields = nlohmann::json::object());

inline void Info(std::string_view m, nlohmann::json f = nlohmann::json::object()) {
  Write(Level::kInfo, m, std::move(f));
}
inline void Warn(std::string_view m, nlohmann::json f = nlohmann::json::object()) {
  Write(Level::kWarn, m, std::move(f));
}
inline void Error(std::string_view m, nlohmann::json f = nlohmann::json::object()) {
  Write(Level::kError, m, std::move(f));
}

// Exposed for tests: replaces values of personal-data keys (and every applicant_* key) with
// "[redacted]", recursively, and scrubs error texts (ScrubErrorText).
void Redact(nlohmann::json& fields);

// An error text with what can be personal data masked: e-mail addresses, runs of 7 digits or
// more (phones, IINs), non-ASCII words (names, appeal texts) and PostgreSQL's quoted key values.
std::string ScrubErrorText(std::string_view text);

}  // namespace kenes::log
