#pragma once
// Who may do what with draft discussions: everybody reads them; any signed-in person comments
// while a discussion is open; the maslikhat's staff (and an administrator) open its discussions,
// decide on the comments and link the adopted act, nobody else's.

#include <cstdint>

#include "core/actor.hpp"

namespace kenes::drafts {

struct DraftsPolicy {
  static bool MayKeep(const Actor& actor, int64_t maslikhat_id);
  static bool MayComment(const Actor& actor);
};

}  // namespace kenes::drafts
