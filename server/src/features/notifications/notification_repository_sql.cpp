#include <string>

#include "features/notifications/notification_repository.hpp"

namespace kenes::notifications {
namespace {

Notification FromRow(const db::Row& r) {
  Notification n;
  n.id = r.Int("id");
  n.user_id = r.Int("user_id");
  n.kind = r.Str("kind");
  n.appeal_id = r.OptInt("appeal_id");
  n.appeal_number = r.Str("appeal_number");
  n.booking_id = r.OptInt("booking_id");
  n.event_id = r.OptInt("event_id");
  n.post_id = r.OptInt("post_id");
  n.draft_id = r.OptInt("draft_id");
  n.detail = r.Str("detail");
  n.created_at = r.Str("created_at");
  n.read_at = r.OptStr("read_at");
  return n;
}

constexpr const char* kColumns =
    "id, user_id, kind, appeal_id, appeal_number, booking_id, event_id, post_id, draft_id, "
    "detail, created_at, read_at FROM notifications ";

}  // namespace

int64_t NotificationRepository::Insert(db::Tx& tx, const Notification& n) {
  return tx
      .QueryOne(
          "INSERT INTO notifications (user_id, kind, appeal_id, appeal_number, booking_id, "
          "event_id, post_id, draft_id, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
          "$8, $9, $10) RETURNING id",
          {n.user_id, n.kind, n.appeal_id, n.appeal_number, n.booking_id, n.event_id, n.post_id,
           n.draft_id, n.detail, n.created_at})
      ->Int("id");
}

std::vector<Notification> NotificationRepository::Page(db::Tx& tx, int64_t user_id,
                                                       bool unread_only, int limit,
                                                       int64_t offset) {
  std::string sql = std::string("SELECT ") + kColumns + "WHERE user_id = $1" +
                    (unread_only ? " AND read_at IS NULL" : "") +
                    " ORDER BY id DESC LIMIT $2 OFFSET $3";
  std::vector<Notification> out;
  for (const auto& r : tx.Query(sql, {user_id, int64_t{limit}, offset})) out.push_back(FromRow(r));
  return out;
}

int64_t NotificationRepository::Count(db::Tx& tx, int64_t user_id, bool unread_only) {
  return tx
      .QueryOne(
          unread_only
              ? "SELECT COUNT(*) AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL"
              : "SELECT COUNT(*) AS n FROM notifications WHERE user_id = $1",
          {user_id})
      ->Int("n");
}

void NotificationRepository::MarkRead(db::Tx& tx, int64_t user_id, const std::vector<int64_t>& ids,
                                      const std::string& at) {
  // One statement per id keeps the SQL text fixed (cached statement); at most 100 ids a call.
  for (int64_t id : ids) {
    tx.Exec(
        "UPDATE notifications SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL",
        {id, user_id, at});
  }
}

void NotificationRepository::MarkAllRead(db::Tx& tx, int64_t user_id, const std::string& at) {
  tx.Exec("UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL",
          {user_id, at});
}

}  // namespace kenes::notifications
