#include "features/notifications/notification_service.hpp"

namespace kenes::notifications {

Result<NotificationPage> NotificationService::List(const Actor& actor, bool unread_only, int page,
                                                   int page_size) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (page < 1) return Error::Invalid("page", "invalid");
  if (page_size < 1 || page_size > kMaxPageSize) return Error::Invalid("page_size", "invalid");
  return db_.Read([&](db::Tx& tx) -> Result<NotificationPage> {
    NotificationPage p;
    p.page = page;
    p.page_size = page_size;
    p.items = repo_.Page(tx, *actor.user_id, unread_only, page_size,
                         int64_t{page - 1} * int64_t{page_size});
    p.total = repo_.Count(tx, *actor.user_id, unread_only);
    p.unread = unread_only ? p.total : repo_.Count(tx, *actor.user_id, true);
    return p;
  });
}

Result<int64_t> NotificationService::MarkRead(const Actor& actor, const std::vector<int64_t>& ids) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (ids.size() > kMaxMarkIds) return Error::Invalid("ids", "too_many");
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    repo_.MarkRead(tx, *actor.user_id, ids, now);
    return repo_.Count(tx, *actor.user_id, true);
  });
}

Result<int64_t> NotificationService::MarkAllRead(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    repo_.MarkAllRead(tx, *actor.user_id, now);
    return int64_t{0};
  });
}

}  // namespace kenes::notifications
