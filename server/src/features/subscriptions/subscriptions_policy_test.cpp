// SubscriptionsPolicy as a table: who × whose follow → may change; and what a link covers.
#include "features/subscriptions/subscriptions_policy.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "core/table_actor.hpp"

namespace kenes::subscriptions {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;
  int64_t user_id;
  bool follows, changes_11s;
};

TEST(SubscriptionsPolicyTable, EveryoneSignedInFollowsForThemselvesOnlyTheOwnerChanges) {
  const std::vector<Row> rows = {
      {"anonymous", false, "", 11, false, false},
      {"the owner, a citizen", true, "citizen", 11, true, true},
      {"another citizen", true, "citizen", 12, true, false},
      {"staff of the maslikhat", true, "staff", 13, true, false},
      {"a deputy", true, "deputy", 14, true, false},
      {"the administrator", true, "admin", 15, true, false},
  };
  Subscription s;
  s.id = 5;
  s.user_id = 11;
  for (const Row& r : rows) {
    const Actor a = TableActor(r.signed_in, r.role, std::nullopt, r.user_id);
    EXPECT_EQ(SubscriptionsPolicy::FollowerOf(a).has_value(), r.follows) << r.who;
    if (r.follows) {
      EXPECT_EQ(*SubscriptionsPolicy::FollowerOf(a), r.user_id) << r.who;
    }
    EXPECT_EQ(SubscriptionsPolicy::MayChange(a, s), r.changes_11s) << r.who;
  }
}

TEST(SubscriptionsPolicyTable, ALinkCoversItsFollowOrItsDigestOfItsPersonOnly) {
  Subscription daily;
  daily.id = 5;
  daily.user_id = 11;
  daily.delivery = Delivery::kDaily;
  Subscription weekly = daily;
  weekly.id = 6;
  weekly.delivery = Delivery::kWeekly;
  struct LinkRow {
    const char* what;
    UnsubscribeScope link;
    bool covers_daily, covers_weekly;
  };
  const std::vector<LinkRow> rows = {
      {"follow 5's link", {.user_id = 11, .subscription_id = 5}, true, false},
      {"follow 5 named with another person", {.user_id = 12, .subscription_id = 5}, false, false},
      {"the daily digest's link", {.user_id = 11, .digest = Delivery::kDaily}, true, false},
      {"the weekly digest's link", {.user_id = 11, .digest = Delivery::kWeekly}, false, true},
      {"another person's daily digest", {.user_id = 12, .digest = Delivery::kDaily}, false, false},
  };
  for (const LinkRow& r : rows) {
    EXPECT_EQ(SubscriptionsPolicy::LinkCovers(r.link, daily), r.covers_daily) << r.what;
    EXPECT_EQ(SubscriptionsPolicy::LinkCovers(r.link, weekly), r.covers_weekly) << r.what;
  }
}

}  // namespace
}  // namespace kenes::subscriptions
