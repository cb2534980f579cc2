#pragma once
// `kenes backup` and `kenes restore`: a whole database to one file and back, while Kenes serves.
// SQLite copies its pages through the online backup API (a consistent snapshot even while the
// writer commits); PostgreSQL uses its own tools, pg_dump and pg_restore (custom format).

#include <string>

#include "core/error.hpp"

namespace kenes::db {

// Writes a copy of the database at `url` to `file` (replaced if present).
Result<Unit> Backup(const std::string& url, const std::string& file);

// Loads `file`, made by Backup from a database of the same kind, into the database at `url`,
// which must be empty: a restore never mixes with or overwrites data (kAlreadyExists otherwise).
Result<Unit> Restore(const std::string& file, const std::string& url);

}  // namespace kenes::db
