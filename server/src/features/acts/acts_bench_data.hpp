#pragma once
// Synthetic acts for benchmarks (`kenes bench-data acts --count N`): kk and ru titles and short
// texts from a few dozen topics and places, statuses and adoption dates spread over 26 years,
// indexed for search like acts recorded through the API.

#include <cstdint>

#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::acts {

Result<int> GenerateBenchActs(db::Database& db, int64_t maslikhat_id, int count, uint32_t seed);

}  // namespace kenes::acts
