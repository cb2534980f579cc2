#pragma once

#include "platform/db/database.hpp"

namespace kenes::db {

// True when the database answers a trivial query.
inline bool Ping(Database& db) {
  try {
    return db.Read([](Tx& tx) { return Result<bool>(!tx.Query("SELECT 1").empty()); }).value();
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace kenes::db
