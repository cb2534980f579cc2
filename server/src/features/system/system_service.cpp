#include "features/system/system_service.hpp"

#include <nlohmann/json.hpp>

namespace kenes::system {

Result<Info> SystemService::GetInfo() {
  return db_.Read([&](db::Tx& tx) -> Result<Info> {
    Info info{config_.installation_name, kVersion, config_.security.consent_version};
    if (auto v = repo_.Setting(tx, "installation")) {
      auto j = nlohmann::json::parse(*v, nullptr, false);
      if (j.is_object() && j.contains("name") && j["name"].is_string()) info.name = j["name"];
    }
    return info;
  });
}

Status SystemService::SetInstallationName(const std::string& name) {
  return db_.Write([&](db::Tx& tx) -> Status {
    repo_.PutSetting(tx, "installation", nlohmann::json{{"name", name}}.dump(),
                     FormatIsoUtc(clock_.NowMs()));
    return Ok();
  });
}

}  // namespace kenes::system
