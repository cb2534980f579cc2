#pragma once
// Installation settings (key -> JSON text).

#include <optional>
#include <string>

#include "platform/db/database.hpp"

namespace kenes::system {

class SystemRepository {
 public:
  std::optional<std::string> Setting(db::Tx& tx, const std::string& key);
  void PutSetting(db::Tx& tx, const std::string& key, const std::string& value,
                  const std::string& at);
};

}  // namespace kenes::system
