#pragma once
// Who keeps a maslikhat's sittings: its staff (staff, chair) and administrators. Everybody reads
// them: sittings are open to the public, and a closed one is still announced.

#include <cstdint>

#include "core/actor.hpp"

namespace kenes::sittings {

struct SittingsPolicy {
  static bool MayEdit(const Actor& actor, int64_t maslikhat_id);
};

}  // namespace kenes::sittings
