#pragma once
// Who is acting: built by authentication middleware, checked by policies.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes {

struct RoleGrant {
  int64_t id = 0;
  std::string role;        // citizen, deputy, staff, chair, commission_chair, ...
  std::string scope_type;  // global, maslikhat, okrug, commission, body
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
  bool HasRole(std::string_view role) const {
    for (const auto& r : roles) {
      if (r.role == role) return true;
    }
    return false;
  }
  bool IsAdmin() const { return HasRole("admin"); }
};

}  // namespace kenes
