#pragma once

#include <memory>
#include <string>

#include "platform/db/database.hpp"

namespace kenes::db {

std::unique_ptr<Database> OpenSqlite(const std::string& path, const DatabaseOptions& options);

}  // namespace kenes::db
