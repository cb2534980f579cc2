#pragma once

#include <string>

#include "core/config.hpp"
#include "platform/db/database.hpp"

namespace kenes {

// Demo data for a first run (`kenes seed --demo`): idempotent; prints credentials it created.
int SeedDemo(const Config& config, db::Database& db);

// `kenes bench-data appeals --count N`: the demo plus N synthetic appeals in its city maslikhat;
// `posts`: N published posts there instead.
int BenchData(const Config& config, db::Database& db, const std::string& kind, int count);

}  // namespace kenes
