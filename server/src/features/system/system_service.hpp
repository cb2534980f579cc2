#pragma once
// What this installation is: its name, version and languages (public).

#include <string>

#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/error.hpp"
#include "features/system/system_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::system {

inline constexpr const char* kVersion = "0.1.0";

struct Info {
  std::string name;
  std::string version;
  std::string consent_version;
};

class SystemService {
 public:
  SystemService(db::Database& db, const Clock& clock, const Config& config)
      : db_(db), clock_(clock), config_(config) {}

  Result<Info> GetInfo();
  Status SetInstallationName(const std::string& name);

 private:
  db::Database& db_;
  const Clock& clock_;
  const Config& config_;
  SystemRepository repo_;
};

}  // namespace kenes::system
