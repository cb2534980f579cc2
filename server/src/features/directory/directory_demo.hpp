#pragma once
// The demo maslikhats for `kenes seed --demo`: Akmola oblast, the city of Kokshetau with 25 okrugs,
// and Burabay district. Real structure, clearly fictional people.

#include <cstdint>
#include <optional>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::directory {

struct DemoIds {
  int64_t oblast_maslikhat = 0;
  int64_t city_maslikhat = 0;
  int64_t district_maslikhat = 0;
  int64_t city_okrug_1 = 0;
  int64_t city_deputy_1 = 0;
};

// Creates the demo directory unless a maslikhat already exists (then returns nullopt).
Result<std::optional<DemoIds>> SeedDemoDirectory(db::Database& db, const Clock& clock);

// Links a deputy record to the account that acts as them.
Status LinkDeputyAccount(db::Database& db, const Clock& clock, int64_t deputy_id, int64_t user_id);

}  // namespace kenes::directory
