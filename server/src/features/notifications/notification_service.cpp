#include "features/notifications/notification_service.hpp"

#include "features/notifications/notification_policy.hpp"

namespace kenes::notifications {

Result<NotificationPage> NotificationService::List(const Actor& actor, bool unread_only, int page,
                                                   int page_size) {
  const auto owner = NotificationPolicy::InboxOf(actor);
  if (!owner) return Error::Unauthenticated();
  if (page < 1) return Error::Invalid("page", "invalid");
  if (page_size < 1 || page_size > kMaxPageSize) return Error::Invalid("page_size", "invalid");
  return db_.Read([&](db::Tx& tx) -> Result<NotificationPage> {
    NotificationPage p;
    p.page = page;
    p.page_size = page_size;
    p.items =
        repo_.Page(tx, *owner, unread_only, page_size, int64_t{page - 1} * int64_t{page_size});
    p.total = repo_.Count(tx, *owner, unread_only);
    p.unread = unread_only ? p.total : repo_.Count(tx, *owner, true);
    return p;
  });
}

Result<int64_t> NotificationService::MarkRead(const Actor& actor, const std::vector<int64_t>& ids) {
  const auto owner = NotificationPolicy::InboxOf(actor);
  if (!owner) return Error::Unauthenticated();
  if (ids.size() > kMaxMarkIds) return Error::Invalid("ids", "too_many");
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    repo_.MarkRead(tx, *owner, ids, now);  // only the owner's rows: others' ids are ignored
    return repo_.Count(tx, *owner, true);
  });
}

Result<int64_t> NotificationService::MarkAllRead(const Actor& actor) {
  const auto owner = NotificationPolicy::InboxOf(actor);
  if (!owner) return Error::Unauthenticated();
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    repo_.MarkAllRead(tx, *owner, now);
    return int64_t{0};
  });
}

}  // namespace kenes::notifications
