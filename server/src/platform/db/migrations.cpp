#include "platform/db/migrations.hpp"

#include <map>

#include "core/clock.hpp"
#include "platform/crypto/crypto.hpp"

namespace kenes::db {

Result<MigrateReport> Migrate(Database& db, const std::vector<Migration>& migrations) {
  db.RunInTx(TxMode::kWrite, [](Tx& tx) {
    tx.ExecScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
        "NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
    return true;
  });
  MigrateReport report;
  for (const auto& m : migrations) {
    const std::string checksum = crypto::Sha256Hex(m.sql);
    Status status = db.Write([&](Tx& tx) -> Status {
      if (db.Dialect() == "postgresql") {
        // Two nodes starting together: the second waits, then sees the version applied.
        tx.Query("SELECT pg_advisory_xact_lock(7331001)");
      }
      auto row = tx.QueryOne("SELECT name, checksum FROM schema_migrations WHERE version = $1",
                             {m.version});
      if (row) {
        if (row->Str("checksum") != checksum) {
          return Error::Of(ErrorCode::kFailedPrecondition,
                           "migration " + m.name + " was edited after it was applied");
        }
        return Ok();
      }
      tx.ExecScript(m.sql);
      tx.Exec(
          "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, "
          "$4)",
          // When the schema really changed, an operations fact: the machine's clock, not the app's.
          {m.version, m.name, checksum, FormatIsoUtc(SystemClock().NowMs())});
      report.applied.push_back(m.name);
      return Ok();
    });
    if (!status.ok()) return status.error();
  }
  return report;
}

}  // namespace kenes::db
