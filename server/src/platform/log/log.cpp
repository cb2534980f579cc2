#include "platform/log/log.hpp"

#include <atomic>
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
      "email",  "phone", "name",     "display_name", "full_name", "address", "iin",
      "text",   "body",  "password", "new_password", "code",      "login",   "totp_code",
      "secret", "to",    "subject",  "first_name",   "last_name", "ip"};
  return kKeys;
}

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
      if (PersonalKeys().count(it.key())) {
        it.value() = "[redacted]";
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
