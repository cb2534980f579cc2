#pragma once

#include "core/config.hpp"
#include "platform/db/database.hpp"

namespace kenes {

// Demo data for a first run (`kenes seed --demo`): idempotent; prints credentials it created.
int SeedDemo(const Config& config, db::Database& db);

}  // namespace kenes
