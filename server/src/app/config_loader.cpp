#include "app/config_loader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <functional>

#include <toml++/toml.h>

#include "core/personal_ids.hpp"

namespace kenes {
namespace {

struct Key {
  std::string name;  // "http.port"
  std::function<bool(const std::string&)> set_text;
  std::function<bool(const toml::node&)> set_toml;
};

Key IntKey(std::string name, int* target, int min, int max) {
  auto check = [target, min, max](int64_t v) {
    if (v < min || v > max) return false;
    *target = static_cast<int>(v);
    return true;
  };
  return Key{std::move(name),
             [check](const std::string& s) {
               char* end = nullptr;
               long long v = std::strtoll(s.c_str(), &end, 10);
               return !s.empty() && end && *end == '\0' && check(v);
             },
             [check](const toml::node& n) {
               auto v = n.value<int64_t>();
               return v && check(*v);
             }};
}

Key StrKey(std::string name, std::string* target,
           const std::function<bool(const std::string&)>& valid) {
  auto set = [target, valid](const std::string& s) {
    if (valid && !valid(s)) return false;
    *target = s;
    return true;
  };
  return Key{std::move(name), set, [set](const toml::node& n) {
               auto v = n.value<std::string>();
               return v && set(*v);
             }};
}

Key BoolKey(std::string name, bool* target) {
  return Key{std::move(name),
             [target](const std::string& s) {
               if (s == "true" || s == "1")
                 *target = true;
               else if (s == "false" || s == "0")
                 *target = false;
               else
                 return false;
               return true;
             },
             [target](const toml::node& n) {
               auto v = n.value<bool>();
               if (v) *target = *v;
               return v.has_value();
             }};
}

std::vector<Key> Keys(Config& c) {
  auto db_url = [](const std::string& s) {
    return s.rfind("sqlite:", 0) == 0 || s.rfind("postgresql://", 0) == 0 ||
           s.rfind("postgres://", 0) == 0;
  };
  auto smtp_url = [](const std::string& s) {
    return s.empty() || s.rfind("smtp://", 0) == 0 || s.rfind("smtps://", 0) == 0;
  };
  auto level = [](const std::string& s) {
    return s == "debug" || s == "info" || s == "warn" || s == "error";
  };
  auto nonempty = [](const std::string& s) { return !s.empty(); };
  return {
      StrKey("http.host", &c.http.host, nonempty),
      IntKey("http.port", &c.http.port, 0, 65535),
      IntKey("http.io_threads", &c.http.io_threads, 0, 256),
      IntKey("http.worker_threads", &c.http.worker_threads, 0, 1024),
      IntKey("http.max_body_bytes", &c.http.max_body_bytes, 1024, 64 << 20),
      IntKey("http.max_connections", &c.http.max_connections, 1, 1000000),
      IntKey("http.read_timeout_ms", &c.http.read_timeout_ms, 100, 600000),
      IntKey("http.idle_timeout_ms", &c.http.idle_timeout_ms, 100, 3600000),
      IntKey("http.shutdown_grace_ms", &c.http.shutdown_grace_ms, 0, 600000),
      StrKey("http.web_root", &c.http.web_root, nullptr),
      BoolKey("http.behind_tls", &c.http.behind_tls),
      BoolKey("http.access_log", &c.http.access_log),
      StrKey("http.trusted_proxies", &c.http.trusted_proxies, nullptr),
      StrKey("http.metrics_token", &c.http.metrics_token,
             [](const std::string& v) { return v.empty() || v.size() >= 16; }),
      IntKey("http.max_inflight_per_client", &c.http.max_inflight_per_client, 1, 100000),
      IntKey("http.max_heavy_per_client", &c.http.max_heavy_per_client, 1, 10000),
      IntKey("http.max_heavy_total", &c.http.max_heavy_total, 0, 10000),
      StrKey("http.public_url", &c.http.public_url,
             [](const std::string& v) {
               return v.rfind("http://", 0) == 0 || v.rfind("https://", 0) == 0;
             }),
      StrKey("http.node_name", &c.http.node_name,
             [](const std::string& v) {
               return v.size() <= 64 && std::all_of(v.begin(), v.end(), [](char ch) {
                        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' ||
                               ch == '-' || ch == '_';
                      });
             }),
      IntKey("http.event_keepalive_ms", &c.http.event_keepalive_ms, 1000, 600000),
      IntKey("http.event_streams_per_user", &c.http.event_streams_per_user, 1, 1000000),
      IntKey("appeals.feedback_ask_days", &c.appeals.feedback_ask_days, 1, 365),
      IntKey("subscriptions.digest_hour", &c.subscriptions.digest_hour, 0, 23),
      IntKey("subscriptions.weekly_day", &c.subscriptions.weekly_day, 1, 7),
      StrKey("subscriptions.unsubscribe_key", &c.subscriptions.unsubscribe_key,
             [](const std::string& v) { return v.empty() || v.size() >= 32; }),
      StrKey("database.url", &c.database.url, db_url),
      IntKey("database.pool_size", &c.database.pool_size, 1, 1000),
      BoolKey("database.auto_migrate", &c.database.auto_migrate),
      StrKey("mail.smtp_url", &c.mail.smtp_url, smtp_url),
      StrKey("mail.from", &c.mail.from, nonempty),
      StrKey("mail.user", &c.mail.user, nullptr),
      StrKey("mail.password", &c.mail.password, nullptr),
      StrKey("mail.outbox_dir", &c.mail.outbox_dir, nonempty),
      IntKey("security.session_idle_minutes", &c.security.session_idle_minutes, 1, 100000),
      IntKey("security.session_absolute_hours", &c.security.session_absolute_hours, 1, 10000),
      IntKey("security.session_cache_ms", &c.security.session_cache_ms, 0, 60000),
      IntKey("security.login_max_failures_account", &c.security.login_max_failures_account, 1,
             1000),
      IntKey("security.login_max_failures_ip", &c.security.login_max_failures_ip, 1, 100000),
      IntKey("security.login_window_minutes", &c.security.login_window_minutes, 1, 10000),
      IntKey("privacy.appeal_retention_years", &c.privacy.appeal_retention_years, 1, 75),
      IntKey("privacy.audit_ip_days", &c.privacy.audit_ip_days, 1, 3650),
      // Checked at start-up (crypto::FieldCipher::FromHex), which says what a key must look like.
      StrKey("privacy.iin_key", &c.privacy.iin_key, nullptr),
      StrKey("privacy.operator_name", &c.privacy.operator_name,
             [](const std::string& v) { return v.size() <= 300; }),
      StrKey("privacy.operator_bin", &c.privacy.operator_bin,
             [](const std::string& v) { return v.empty() || IsValidBin(v); }),
      StrKey("security.consent_version", &c.security.consent_version, nonempty),
      StrKey("files.dir", &c.files.dir, nonempty),
      IntKey("files.max_photo_bytes", &c.files.max_photo_bytes, 1024, 64 << 20),
      StrKey("log.level", &c.log.level, level),
      StrKey("installation.name", &c.installation_name, nonempty),
  };
}

Error BadKey(const std::string& key, const std::string& source) {
  Error e = Error::Invalid(key, "invalid");
  e.message = "invalid configuration value for '" + key + "' (from " + source + ")";
  return e;
}

std::string EnvName(const std::string& key) {
  std::string out = "KENES_";
  for (char c : key) out.push_back(c == '.' ? '_' : static_cast<char>(std::toupper(c)));
  return out;
}

}  // namespace

Result<Config> LoadConfig(const std::string& path, bool path_required,
                          const std::map<std::string, std::string>& overrides) {
  Config config;
  std::vector<Key> keys = Keys(config);
  if (!path.empty() && std::filesystem::exists(path)) {
    toml::table table;
    try {
      table = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
      Error err = Error::Invalid("config", "invalid");
      err.message = "cannot parse " + path + ": " + std::string(e.description());
      return err;
    }
    // Every key in the file must be known: a typo should not be silently ignored.
    for (auto& [section, node] : table) {
      auto* sub = node.as_table();
      if (!sub) return BadKey(std::string(section.str()), path);
      for (auto& [name, value] : *sub) {
        std::string key = std::string(section.str()) + "." + std::string(name.str());
        bool found = false;
        for (auto& k : keys) {
          if (k.name != key) continue;
          found = true;
          if (!k.set_toml(value)) return BadKey(key, path);
        }
        if (!found) {
          Error err = Error::Invalid(key, "unknown");
          err.message = "unknown configuration key '";
          err.message += key;
          err.message += "' in ";
          err.message += path;
          return err;
        }
      }
    }
  } else if (path_required) {
    Error err = Error::Invalid("config", "missing");
    err.message = "configuration file " + path + " does not exist";
    return err;
  }
  for (auto& k : keys) {
    std::string env = EnvName(k.name);
    if (const char* v = std::getenv(env.c_str())) {
      if (!k.set_text(v)) return BadKey(k.name, env);
    }
  }
  for (const auto& [name, value] : overrides) {
    bool found = false;
    for (auto& k : keys) {
      if (k.name != name) continue;
      found = true;
      if (!k.set_text(value)) return BadKey(name, "command line");
    }
    if (!found) return BadKey(name, "command line");
  }
  return config;
}

}  // namespace kenes
