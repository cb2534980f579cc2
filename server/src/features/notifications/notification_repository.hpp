#pragma once
// The notifications table. The only code that runs its SQL (notification_repository_sql.cpp).

#include <vector>

#include "features/notifications/notification.hpp"
#include "platform/db/database.hpp"

namespace kenes::notifications {

class NotificationRepository {
 public:
  int64_t Insert(db::Tx& tx, const Notification& n);
  std::vector<Notification> Page(db::Tx& tx, int64_t user_id, bool unread_only, int limit,
                                 int64_t offset);
  int64_t Count(db::Tx& tx, int64_t user_id, bool unread_only);
  void MarkRead(db::Tx& tx, int64_t user_id, const std::vector<int64_t>& ids,
                const std::string& at);
  void MarkAllRead(db::Tx& tx, int64_t user_id, const std::string& at);
};

}  // namespace kenes::notifications
