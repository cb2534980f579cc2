#include "platform/log/log.hpp"

#include <atomic>
#include <cctype>
#include <cstdio>
#include <mutex>
#include <set>
#include <string>

#include "core/clock.hpp"

namespace kenes::log {
namespace {

std::atomic<Level> g_level{Level::kInfo};
std::mutex g_mu;

const std::set<std::string, std::less<>>& PersonalKeys() {
  static const std::set<std::string, std::less<>> kKeys = {
      "email",        "phone",     "name",       "display_name", "full_name",
      "address",      "iin",       "text",       "body",         "password",
      "new_password", "code",      "login",      "totp_code",    "secret",
      "to",           "subject",   "first_name", "last_name",    "ip",
      "cosigners",    "applicant", "answer",     "reason",       "comment",
      "note",         "query",     "q",          "search",       "problem_address",
      "description",  "iin_key"};
  return kKeys;
}

// applicant_name, applicant_iin, ...: every applicant field, present or future.
bool IsPersonalKey(std::string_view key) {
  return PersonalKeys().count(key) > 0 || key.rfind("applicant_", 0) == 0;
}

// Error texts come from libraries (a database's "Key (email)=(a@b.kz) already exists", an SMTP
// server's "550 <a@b.kz> rejected"): kept for diagnosis, with what can be data masked.
bool IsErrorKey(std::string_view key) {
  return key == "error" || key == "what" || key == "exception" || key == "detail";
}

}  // namespace

std::string ScrubErrorText(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  auto is_mail_char = [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
  };
  while (i < in.size()) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c >= 0x80) {  // our own messages are English: letters beyond ASCII are someone's text
      while (i < in.size() && (static_cast<unsigned char>(in[i]) >= 0x80 || in[i] == ' ')) ++i;
      out += "[text] ";
      continue;
    }
    if (c == '@') {  // an e-mail address: drop the local part already copied, and the domain
      while (!out.empty() && is_mail_char(static_cast<unsigned char>(out.back()))) out.pop_back();
      ++i;
      while (i < in.size() && is_mail_char(static_cast<unsigned char>(in[i]))) ++i;
      out += "[email]";
      continue;
    }
    if (std::isdigit(c) ||
        (c == '+' && i + 1 < in.size() && std::isdigit(static_cast<unsigned char>(in[i + 1])))) {
      // A run of digits with phone separators: 7 digits or more is a phone, an IIN, a card.
      size_t j = i, digits = 0;
      while (j < in.size() && (std::isdigit(static_cast<unsigned char>(in[j])) || in[j] == ' ' ||
                               in[j] == '-' || in[j] == '(' || in[j] == ')' || in[j] == '+')) {
        digits += std::isdigit(static_cast<unsigned char>(in[j])) ? 1 : 0;
        ++j;
      }
      while (j > i + 1 && in[j - 1] == ' ') --j;  // the space after the number stays
      if (digits >= 7) {
        out += "[number]";
        i = j;
        continue;
      }
      out.append(in.substr(i, j - i));
      i = j;
      continue;
    }
    out.push_back(static_cast<char>(c));
    ++i;
  }
  // PostgreSQL quotes the values of a violated key: "Key (email)=(a@b.kz)".
  for (size_t p = out.find(")=("); p != std::string::npos; p = out.find(")=(", p + 1)) {
    size_t end = out.find(')', p + 3);
    if (end == std::string::npos) end = out.size();
    out.replace(p + 3, end - p - 3, "[redacted]");
  }
  return out;
}

namespace {

std::string_view LevelName(Level l) {
  switch (l) {
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      return "info";
    case Level::kWarn:
      return "warn";
    case Level::kError:
      return "error";
  }
  return "info";
}

}  // namespace

void SetLevel(Level level) { g_level = level; }

Level ParseLevel(std::string_view name) {
  if (name == "debug") return Level::kDebug;
  if (name == "warn") return Level::kWarn;
  if (name == "error") return Level::kError;
  return Level::kInfo;
}

void Redact(nlohmann::json& fields) {
  if (fields.is_object()) {
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      if (IsPersonalKey(it.key())) {
        it.value() = "[redacted]";
      } else if (IsErrorKey(it.key()) && it.value().is_string()) {
        it.value() = ScrubErrorText(it.value().get<std::string>());
      } else {
        Redact(it.value());
      }
    }
  } else if (fields.is_array()) {
    for (auto& v : fields) Redact(v);
  }
}

void Write(Level level, std::string_view message, nlohmann::json fields) {
  if (level < g_level.load()) return;
  if (!fields.is_object()) fields = nlohmann::json{{"value", fields}};
  Redact(fields);
  nlohmann::json line = nlohmann::json::object();
  line["ts"] = FormatIsoUtc(SystemClock().NowMs());
  line["level"] = LevelName(level);
  line["msg"] = message;
  for (auto& [k, v] : fields.items()) line[k] = v;
  std::string out = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out.push_back('\n');
  std::lock_guard lock(g_mu);
  std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace kenes::log
