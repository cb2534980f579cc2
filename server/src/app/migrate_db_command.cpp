#include "app/migrate_db_command.hpp"

#include <cstdio>

#include "platform/db/migrate_db.hpp"

namespace kenes {

int RunMigrateDb(const std::string& from_url, const std::string& to_url) {
  auto report = db::MigrateDb(from_url, to_url);
  if (!report.ok()) {
    std::fprintf(stderr, "kenes: %s\n", report.error().message.c_str());
    return 1;
  }
  std::printf("%-28s %10s  %-32s  %-32s\n", "table", "rows", "source digest", "target digest");
  for (const auto& t : report->tables) {
    std::printf("%-28s %10lld  %-32s  %-32s\n", t.table.c_str(), static_cast<long long>(t.rows),
                t.source_digest.c_str(), t.target_digest.c_str());
  }
  const double rate =
      report->copy_seconds > 0 ? static_cast<double>(report->rows) / report->copy_seconds : 0;
  std::printf(
      "migrate-db: %zu tables, %lld rows copied and verified in %.1f s (%.0f rows/s), %.1f s in "
      "all; row counts and digests equal\n",
      report->tables.size(), static_cast<long long>(report->rows), report->copy_seconds, rate,
      report->total_seconds);
  return 0;
}

}  // namespace kenes
