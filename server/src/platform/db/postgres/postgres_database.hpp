#pragma once

#include <memory>
#include <string>

#include "platform/db/database.hpp"

namespace kenes::db {

std::unique_ptr<Database> OpenPostgres(const std::string& url, const DatabaseOptions& options);

}  // namespace kenes::db
