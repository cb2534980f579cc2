#include "features/notifications/inbox_service.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/clock.hpp"
#include "features/notifications/notification_repository.hpp"
#include "platform/live/event_hub.hpp"

namespace kenes::notifications {

namespace {

// The open bells of the person hear of it once the transaction commits (on any node).
void Insert(db::Tx& tx, const Notification& n) {
  const int64_t id = NotificationRepository().Insert(tx, n);
  tx.Notify(
      live::EventHub::Note(n.user_id, kNotificationEvent, "{\"id\":" + std::to_string(id) + "}"));
}

}  // namespace

bool IsKind(std::string_view kind) {
  return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

bool IsBookingKind(std::string_view kind) {
  return std::find(std::begin(kBookingKinds), std::end(kBookingKinds), kind) !=
         std::end(kBookingKinds);
}

bool IsEventKind(std::string_view kind) {
  return std::find(std::begin(kEventKinds), std::end(kEventKinds), kind) != std::end(kEventKinds);
}

namespace {

// What every notification has; each Post names what it is about.
Notification About(int64_t user_id, std::string_view kind, const std::string& detail,
                   int64_t now_ms) {
  Notification n;
  n.user_id = user_id;
  n.kind = kind;
  n.detail = detail;
  n.created_at = FormatIsoUtc(now_ms);
  return n;
}

}  // namespace

void Post(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t appeal_id,
          const std::string& appeal_number, int64_t now_ms, const std::string& detail) {
  if (!IsKind(kind)) throw std::invalid_argument("unknown notification kind");
  Notification n = About(user_id, kind, detail, now_ms);
  n.appeal_id = appeal_id;
  n.appeal_number = appeal_number;
  Insert(tx, n);
}

void PostAboutBooking(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t booking_id,
                      const std::string& detail, int64_t now_ms) {
  if (!IsBookingKind(kind)) throw std::invalid_argument("unknown notification kind");
  Notification n = About(user_id, kind, detail, now_ms);
  n.booking_id = booking_id;
  Insert(tx, n);
}

void PostAboutEvent(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t event_id,
                    const std::string& detail, int64_t now_ms) {
  if (!IsEventKind(kind)) throw std::invalid_argument("unknown notification kind");
  Notification n = About(user_id, kind, detail, now_ms);
  n.event_id = event_id;
  Insert(tx, n);
}

void PostAboutPost(db::Tx& tx, int64_t user_id, int64_t post_id, const std::string& detail,
                   int64_t now_ms) {
  Notification n = About(user_id, kFollowedPostKind, detail, now_ms);
  n.post_id = post_id;
  Insert(tx, n);
}

void PostAboutDraftComment(db::Tx& tx, int64_t user_id, int64_t draft_id,
                           const std::string& decision, int64_t now_ms) {
  Notification n = About(user_id, kDraftCommentDecidedKind, decision, now_ms);
  n.draft_id = draft_id;
  Insert(tx, n);
}

namespace {

void PostAboutDraft(db::Tx& tx, int64_t user_id, std::string_view kind, int64_t draft_id,
                    const std::string& detail, int64_t now_ms) {
  Notification n = About(user_id, kind, detail, now_ms);
  n.draft_id = draft_id;
  Insert(tx, n);
}

}  // namespace

void PostDraftWithdrawn(db::Tx& tx, int64_t user_id, int64_t draft_id, int64_t now_ms) {
  PostAboutDraft(tx, user_id, kDraftWithdrawnKind, draft_id, "", now_ms);
}

void PostDraftClosed(db::Tx& tx, int64_t user_id, int64_t draft_id, const std::string& summary,
                     int64_t now_ms) {
  PostAboutDraft(tx, user_id, kDraftClosedKind, draft_id, summary, now_ms);
}

}  // namespace kenes::notifications
