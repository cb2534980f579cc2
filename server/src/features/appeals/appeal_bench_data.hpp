#pragma once
// Synthetic appeals for benchmarks (`kenes bench-data appeals --count N`): realistic Russian and
// Kazakh subjects and texts, statuses and dates spread over two years, indexed for search.

#include <cstdint>
#include <vector>

#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

Result<int> GenerateBenchAppeals(db::Database& db, int64_t maslikhat_id,
                                 const std::vector<int64_t>& deputy_ids, int count, uint32_t seed);

}  // namespace kenes::appeals
