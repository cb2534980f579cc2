// NotificationPolicy as a table: who × whose inbox → may read. An inbox is its owner's alone,
// whatever roles anyone holds. A failing row names itself.
#include "features/notifications/notification_policy.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace kenes::notifications {
namespace {

struct Who {
  const char* name;
  std::optional<int64_t> user_id;
  const char* role;  // the one grant, or "" for none
  const char* scope_type;
};

const Who kAnonymous{"anonymous", std::nullopt, "", ""};
const Who kAdminSignedOut{"admin grant, no session", std::nullopt, "admin", "global"};
const Who kCitizen{"citizen 20", 20, "citizen", "global"};
const Who kStaff{"staff 30", 30, "staff", "maslikhat"};
const Who kDeputy{"deputy 40", 40, "deputy", "okrug"};
const Who kChair{"chair 31", 31, "chair", "maslikhat"};
const Who kLiaison{"liaison 50", 50, "liaison", "body"};
const Who kAdmin{"admin 60", 60, "admin", "global"};
const Who kCommissionChair{"commission_chair 70", 70, "commission_chair", "commission"};

struct Row {
  const Who& who;
  int64_t inbox_of;  // the account the notification is addressed to
  bool allowed;
};

TEST(NotificationPolicyTable, EachReadsTheirOwnInboxOnly) {
  const std::vector<Row> rows = {
      {kCitizen, 20, true},         {kCitizen, 30, false},
      {kStaff, 30, true},           {kStaff, 20, false},
      {kDeputy, 40, true},          {kDeputy, 20, false},
      {kChair, 31, true},           {kChair, 30, false},
      {kLiaison, 50, true},         {kLiaison, 40, false},
      {kAdmin, 60, true},           {kAdmin, 20, false},
      {kCommissionChair, 70, true}, {kCommissionChair, 40, false},
      {kAnonymous, 20, false},      {kAdminSignedOut, 60, false},
  };
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    Actor a;
    a.user_id = r.who.user_id;
    if (*r.who.role)
      a.roles.push_back(
          {0, *ParseRole(r.who.role), *ParseScopeType(r.who.scope_type), std::nullopt, ""});
    const auto inbox = NotificationPolicy::InboxOf(a);
    EXPECT_EQ(inbox == r.inbox_of, r.allowed)
        << "row " << i << ": [" << r.who.name << "] × inbox of user " << r.inbox_of << " should be "
        << (r.allowed ? "allowed" : "refused");
  }
  EXPECT_FALSE(NotificationPolicy::InboxOf(Actor{}).has_value());
}

}  // namespace
}  // namespace kenes::notifications
