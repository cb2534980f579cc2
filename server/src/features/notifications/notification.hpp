#pragma once
// A notification in a person's account: an event on an appeal they filed or handle, or on a
// reception booking of theirs.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::notifications {

struct Notification {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string kind;  // one of kKinds
  std::optional<int64_t> appeal_id;
  std::string appeal_number;
  std::optional<int64_t> booking_id;  // reception kinds name a booking instead of an appeal
  std::optional<int64_t> event_id;    // event kinds name an event
  std::optional<int64_t> post_id;     // followed_post names a post
  std::optional<int64_t> draft_id;    // the draft kinds name the draft's discussion
  std::string detail;  // reception kinds: the booking's "YYYY-MM-DD HH:MM"; left: its ground
  std::string created_at;
  std::optional<std::string> read_at;
};

// For the applicant: registered, forwarded, forwarded_part, extended, answered, feedback_asked,
// left. For the
// handling deputy: assigned, reopened, request_answered, due_soon, forward_due_soon. For staff:
// overdue, forward_overdue.
inline constexpr std::string_view kKinds[] = {
    "registered", "forwarded",        "extended",        "answered",         "feedback_asked",
    "left",       "assigned",         "reopened",        "request_answered", "due_soon",
    "overdue",    "forward_due_soon", "forward_overdue", "forwarded_part"};
// For the person who booked a reception: promoted from the waitlist, the session cancelled or
// moved, the reminder of tomorrow's visit.
inline constexpr std::string_view kBookingKinds[] = {"reception_promoted", "reception_cancelled",
                                                     "reception_moved", "reception_reminder"};
bool IsBookingKind(std::string_view kind);
// For a person registered for an event: the reminder the day before, the event cancelled or moved.
// For a follower of the event's deputy, okrug, commission or maslikhat: a new event announced, a
// followed event cancelled.
inline constexpr std::string_view kEventKinds[] = {"event_reminder", "event_cancelled",
                                                   "event_moved", "event_announced",
                                                   "followed_event_cancelled"};
bool IsEventKind(std::string_view kind);
// For a follower of the post's deputy, okrug, commission, maslikhat or a tag of it.
inline constexpr std::string_view kFollowedPostKind = "followed_post";
// For the author of a comment on a draft act: the maslikhat decided on it (detail: the decision,
// "accepted", "partly" or "rejected").
inline constexpr std::string_view kDraftCommentDecidedKind = "draft_comment_decided";
// For everyone who commented on a draft: the maslikhat withdrew the discussion (the reason is on
// the draft's page, not in the notice).
inline constexpr std::string_view kDraftWithdrawnKind = "draft_withdrawn";
// For everyone who commented on a draft: the period ended (detail: "published" when every comment
// shown has its decision, so the summary table is complete; "pending" when it will follow).
inline constexpr std::string_view kDraftClosedKind = "draft_discussion_closed";

bool IsKind(std::string_view kind);

// Live events on the person's stream (GET /api/v1/me/events): a new notification ({"id": N}),
// and the unread count after they read some on another tab or device ({"unread": N}).
inline constexpr std::string_view kNotificationEvent = "notification";
inline constexpr std::string_view kReadEvent = "notifications_read";

struct NotificationPage {
  std::vector<Notification> items;
  int64_t total = 0;   // matching the filter
  int64_t unread = 0;  // of all the person's notifications
  int page = 1;
  int page_size = 20;
};

}  // namespace kenes::notifications
