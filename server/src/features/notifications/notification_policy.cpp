#include "features/notifications/notification_policy.hpp"

namespace kenes::notifications {

std::optional<int64_t> NotificationPolicy::InboxOf(const Actor& actor) {
  if (!actor.IsAuthenticated()) return std::nullopt;
  return actor.user_id;
}

}  // namespace kenes::notifications
