#pragma once
// Who keeps a maslikhat's sittings: its staff (staff, chair) and administrators. Everybody reads
// them: sittings are open to the public, and a closed one is still announced. The documents of a
// closed sitting's agenda are not public: only those who keep its sittings read them.

#include <cstdint>

#include "core/actor.hpp"

namespace kenes::sittings {

struct SittingsPolicy {
  static bool MayEdit(const Actor& actor, int64_t maslikhat_id);
  static bool MayReadDocuments(const Actor& actor, int64_t maslikhat_id, bool closed);
};

}  // namespace kenes::sittings
