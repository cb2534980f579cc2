#pragma once
// The demo registry for `kenes seed --demo`: 22 fictional normative decisions of the demo city
// maslikhat in Kazakh and Russian, marked as fictional in their titles and notes, in every status,
// some with editions. Made through the real use cases.

#include "core/actor.hpp"
#include "core/error.hpp"
#include "features/acts/acts_service.hpp"

namespace kenes::acts {

// Returns how many acts it recorded.
Result<int> SeedDemoActs(ActsService& acts, const Actor& staff, int64_t maslikhat_id);

}  // namespace kenes::acts
