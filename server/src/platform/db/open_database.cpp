#include "platform/db/database.hpp"
#include "platform/db/postgres/postgres_database.hpp"
#include "platform/db/sqlite/sqlite_database.hpp"

namespace kenes::db {

std::unique_ptr<Database> OpenDatabase(const std::string& url, const DatabaseOptions& options) {
  if (url.rfind("sqlite:", 0) == 0) return OpenSqlite(url.substr(7), options);
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgres(url, options);
  }
  throw std::invalid_argument("database.url must start with sqlite: or postgresql://");
}

}  // namespace kenes::db
