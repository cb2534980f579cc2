#pragma once
// `kenes bench-data posts --count N`: N published posts of a maslikhat (kk and ru, Markdown of a
// few paragraphs, some tagged), one a minute back from now, for the post list and page benchmark.

#include <cstdint>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "platform/db/database.hpp"

namespace kenes::posts {

// Inserts in transactions of 1,000; returns how many were made.
Result<int> GenerateBenchPosts(db::Database& db, const Clock& clock, int64_t maslikhat_id,
                               int count);

}  // namespace kenes::posts
