#pragma once
// After a bulk load (bench-data, imports, a restore) PostgreSQL's planner still sees the tables as
// they were: with 100,000 new appeals and stale statistics, a filtered list took 2 s until
// someone ran ANALYZE by hand (issue 16). Bulk loaders call this when they finish. SQLite plans
// without collected statistics here on purpose: its id-order walks are what we measured.

#include <string>

#include "platform/db/database.hpp"

namespace kenes::db {

// The tables of Kenes' own schema only: a bare ANALYZE in a transaction takes a lock on every
// table of the database until it ends, and a database that holds other schemas (the API tests
// keep one per test) ran out of lock space ("out of shared memory").
inline void RefreshStatistics(Database& db) {
  if (db.Dialect() != "postgresql") return;
  db.RunInTx(TxMode::kWrite, [](Tx& tx) {
    std::string tables;
    for (const auto& r :
         tx.Query("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM "
                  "pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
                  {})) {
      tables += tables.empty() ? "" : ", ";
      tables += r.Str("name");
    }
    if (!tables.empty()) tx.Exec("ANALYZE " + tables);
    return true;
  });
}

}  // namespace kenes::db
