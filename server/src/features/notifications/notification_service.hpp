#pragma once
// A person reads and clears their own notifications; nobody reads anyone else's.

#include <memory>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/notifications/notification.hpp"
#include "features/notifications/notification_repository.hpp"
#include "platform/db/database.hpp"
#include "platform/live/event_hub.hpp"

namespace kenes::notifications {

class NotificationService {
 public:
  NotificationService(db::Database& db, const Clock& clock, live::EventHub& hub)
      : db_(db), clock_(clock), hub_(hub) {}

  Result<NotificationPage> List(const Actor& actor, bool unread_only, int page, int page_size);
  // ids: at most kMaxMarkIds; others' ids are ignored. Returns the unread count after.
  Result<int64_t> MarkRead(const Actor& actor, const std::vector<int64_t>& ids);
  Result<int64_t> MarkAllRead(const Actor& actor);
  // The person's live stream of events; resource_exhausted when they have too many open.
  Result<std::shared_ptr<http::EventStream>> OpenStream(const Actor& actor);

  static constexpr size_t kMaxMarkIds = 100;
  static constexpr int kMaxPageSize = 100;

 private:
  db::Database& db_;
  const Clock& clock_;
  live::EventHub& hub_;
  NotificationRepository repo_;
};

}  // namespace kenes::notifications
