#pragma once
// Who may change the directory and read its non-public fields.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"

namespace kenes::directory {

class DirectoryPolicy {
 public:
  static bool IsAdmin(const Actor& a) { return a.IsAdmin(); }
  // Admins, and staff or the chair scoped to this maslikhat.
  static bool CanEdit(const Actor& a, int64_t maslikhat_id);
  // Editors, plus staff of the parent (oblast) maslikhat.
  // Linking an account to a deputy record gives that account the deputy's access to appeals: a
  // grant of rights, so only an administrator may make or change it.
  static bool CanLinkAccount(const Actor& a) { return a.IsAuthenticated() && a.IsAdmin(); }
  static bool CanReadPrivate(const Actor& a, int64_t maslikhat_id,
                             std::optional<int64_t> parent_maslikhat_id);
};

}  // namespace kenes::directory
