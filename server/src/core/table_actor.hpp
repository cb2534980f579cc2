#pragma once
// Policy tables in tests name each row's actor in a few words: signed in or not, and one grant
// (a role, global or scoped to a maslikhat). This builds that actor, once for every table.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"
#include "core/role.hpp"

namespace kenes {

// role: a role's word, or "" for no grant; maslikhat: the grant's scope, or none for global.
inline Actor TableActor(bool signed_in, const char* role, std::optional<int64_t> maslikhat,
                        int64_t user_id = 11) {
  Actor a;
  if (signed_in) a.user_id = user_id;
  if (*role) {
    a.roles.push_back({0, *ParseRole(role), maslikhat ? ScopeType::kMaslikhat : ScopeType::kGlobal,
                       maslikhat, ""});
  }
  return a;
}

}  // namespace kenes
