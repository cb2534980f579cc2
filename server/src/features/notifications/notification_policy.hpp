#pragma once
// Whose notifications an actor reads: their own, and nobody else's. The inbox has no roles: an
// administrator reads no one else's inbox either. Table tests: notification_policy_test.cpp.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"

namespace kenes::notifications {

class NotificationPolicy {
 public:
  // The account whose inbox the actor reads and clears; none when signed out.
  static std::optional<int64_t> InboxOf(const Actor& actor);
};

}  // namespace kenes::notifications
