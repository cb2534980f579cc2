#include "features/notifications/notification_service.hpp"

#include "features/notifications/notification_policy.hpp"

namespace kenes::notifications {
namespace {

void TellRead(db::Tx& tx, int64_t user_id, int64_t unread) {
  tx.Notify(
      live::EventHub::Note(user_id, kReadEvent, "{\"unread\":" + std::to_string(unread) + "}"));
}

}  // namespace

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
    const int64_t unread = repo_.Count(tx, *owner, true);
    TellRead(tx, *owner, unread);
    return unread;
  });
}

Result<int64_t> NotificationService::MarkAllRead(const Actor& actor) {
  const auto owner = NotificationPolicy::InboxOf(actor);
  if (!owner) return Error::Unauthenticated();
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    repo_.MarkAllRead(tx, *owner, now);
    TellRead(tx, *owner, 0);
    return int64_t{0};
  });
}

Result<std::shared_ptr<http::EventStream>> NotificationService::OpenStream(const Actor& actor) {
  const auto owner = NotificationPolicy::InboxOf(actor);
  if (!owner) return Error::Unauthenticated();
  auto stream = hub_.Open(*owner, live::EventHub::SessionKey(actor.session_id_hash));
  if (!stream) {
    Error e = Error::Of(ErrorCode::kResourceExhausted, "too many open event streams");
    e.retry_after_s = 30;
    return e;
  }
  return stream;
}

}  // namespace kenes::notifications
