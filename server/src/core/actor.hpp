#pragma once
// Who is acting: built by authentication middleware, checked by policies.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/role.hpp"

namespace kenes {

struct RoleGrant {
  int64_t id = 0;
  Role role = Role::kCitizen;
  ScopeType scope_type = ScopeType::kGlobal;
  std::optional<int64_t> scope_id;
  std::string granted_at;
};

struct Actor {
  std::optional<int64_t> user_id;
  std::string session_id_hash;
  std::vector<RoleGrant> roles;
  std::string ip;
  std::string request_id;

  bool IsAuthenticated() const { return user_id.has_value(); }
  bool HasRole(Role role) const {
    for (const auto& r : roles) {
      if (r.role == role) return true;
    }
    return false;
  }
  bool IsAdmin() const { return HasRole(Role::kAdmin); }
};

}  // namespace kenes
