#include "features/notifications/inbox_service.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/clock.hpp"
#include "features/notifications/notification_repository.hpp"

namespace kenes::notifications {

bool IsKind(std::string_view kind) {
  return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

void Post(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t appeal_id,
          const std::string& appeal_number, int64_t now_ms) {
  if (!IsKind(kind)) throw std::invalid_argument("unknown notification kind");
  NotificationRepository repo;
  repo.Insert(tx, Notification{0, user_id, std::string(kind), appeal_id, appeal_number,
                               FormatIsoUtc(now_ms), std::nullopt});
}

}  // namespace kenes::notifications
