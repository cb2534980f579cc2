#pragma once
// After a bulk load (bench-data, imports, a restore) PostgreSQL's planner still sees the tables as
// they were: with 100,000 new appeals and stale statistics, a filtered list took 2 s until
// someone ran ANALYZE by hand (issue 16). Bulk loaders call this when they finish. SQLite plans
// without collected statistics here on purpose: its id-order walks are what we measured.

#include "platform/db/database.hpp"

namespace kenes::db {

inline void RefreshStatistics(Database& db) {
  if (db.Dialect() != "postgresql") return;
  db.RunInTx(TxMode::kWrite, [](Tx& tx) {
    tx.Exec("ANALYZE");
    return true;
  });
}

}  // namespace kenes::db
