#pragma once
// A notification in a person's account: an event on an appeal they filed or handle.

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
  int64_t appeal_id = 0;
  std::string appeal_number;
  std::string created_at;
  std::optional<std::string> read_at;
};

// For the applicant: registered, forwarded, extended, answered, feedback_asked, left. For the
// handling deputy: assigned, reopened, request_answered, due_soon. For staff: overdue.
inline constexpr std::string_view kKinds[] = {
    "registered", "forwarded", "extended",         "answered", "feedback_asked", "left",
    "assigned",   "reopened",  "request_answered", "due_soon", "overdue"};

bool IsKind(std::string_view kind);

struct NotificationPage {
  std::vector<Notification> items;
  int64_t total = 0;   // matching the filter
  int64_t unread = 0;  // of all the person's notifications
  int page = 1;
  int page_size = 20;
};

}  // namespace kenes::notifications
