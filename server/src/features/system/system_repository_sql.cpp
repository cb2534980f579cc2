#include "features/system/system_repository.hpp"

namespace kenes::system {

std::optional<std::string> SystemRepository::Setting(db::Tx& tx, const std::string& key) {
  auto row = tx.QueryOne("SELECT value FROM settings WHERE key = $1", {key});
  if (!row) return std::nullopt;
  return row->Str("value");
}

void SystemRepository::PutSetting(db::Tx& tx, const std::string& key, const std::string& value,
                                  const std::string& at) {
  tx.Exec(
      "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO "
      "UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
      {key, value, at});
}

}  // namespace kenes::system
