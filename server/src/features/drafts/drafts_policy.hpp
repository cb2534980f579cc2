#pragma once
// Who may do what with draft discussions: everybody reads them; any signed-in person comments
// while a discussion is open; the maslikhat's staff (and an administrator) open its discussions,
// correct, extend and withdraw them, decide on the comments and link the adopted act, nobody
// else's. (Whether a discussion may still change — not closed, not withdrawn — is the service's
// check of its state, not a question of who.)

#include <cstdint>

#include "core/actor.hpp"

namespace kenes::drafts {

struct DraftsPolicy {
  static bool MayKeep(const Actor& actor, int64_t maslikhat_id);
  static bool MayComment(const Actor& actor);
};

}  // namespace kenes::drafts
