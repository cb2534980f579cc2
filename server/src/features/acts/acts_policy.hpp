#pragma once
// Who may do what with the registry of legal acts: it is public, everybody reads it; the
// maslikhat's staff (and an administrator) keep their maslikhat's acts, nobody else's.

#include <cstdint>

#include "core/actor.hpp"

namespace kenes::acts {

struct ActsPolicy {
  static bool MayEdit(const Actor& actor, int64_t maslikhat_id);
};

}  // namespace kenes::acts
