#pragma once
// Numbered SQL migrations with checksums. Applied files must never change: editing one stops
// `kenes migrate` with an error naming the file.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::db {

struct Migration {
  int version = 0;
  std::string name;  // file name, e.g. 0001_create_users.sql
  std::string sql;
};

// Migrations compiled into the binary (generated from server/migrations at build time).
const std::vector<Migration>& EmbeddedMigrations();

struct MigrateReport {
  std::vector<std::string> applied;
};

// Applies pending migrations, each with its version row in one transaction.
Result<MigrateReport> Migrate(Database& db, const std::vector<Migration>& migrations);

}  // namespace kenes::db
