#pragma once
// `kenes migrate-db --from sqlite:PATH --to postgresql://…`: a maslikhat that started on one
// machine with SQLite moves to PostgreSQL. Both schemas are brought to this version's migrations,
// every table is copied in one target transaction (parents before children), identity sequences
// are set past the copied ids, and each table's row count and digest (table_digest.hpp) are
// compared on both sides before the transaction commits: a copy is whole and equal, or nothing.

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "platform/db/table_digest.hpp"

namespace kenes::db {

struct MigrateDbTable {
  std::string table;
  int64_t rows = 0;
  std::string source_digest;
  std::string target_digest;
};

struct MigrateDbReport {
  std::vector<MigrateDbTable> tables;  // in copy order
  int64_t rows = 0;
  double copy_seconds = 0;   // reading, inserting and verifying, up to the commit
  double total_seconds = 0;  // with migrations and the statistics refresh
};

// Refuses (kAlreadyExists, "… is not empty") a target that holds anything beyond what the
// migrations themselves insert; fails (kInternal, "… differs") and leaves the target empty when a
// table's copy differs from its source.
Result<MigrateDbReport> MigrateDb(const std::string& from_url, const std::string& to_url);

// Tables in an order where each comes after the tables its foreign keys point to; `references`
// holds (table, referenced table) pairs. Self-references are ignored (rowid order keeps a parent
// before its children); a cycle fails with kFailedPrecondition.
Result<std::vector<std::string>> DependencyOrder(
    const std::vector<std::string>& tables,
    const std::vector<std::pair<std::string, std::string>>& references);

}  // namespace kenes::db
