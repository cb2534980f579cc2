#pragma once
// Who follows and whose follows one changes: any signed-in person follows for themselves, and only
// they see or change their follows (an administrator neither). An unsubscribe link acts for the
// person it was signed for, without a session. Table tests: subscriptions_policy_test.cpp.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"
#include "features/subscriptions/subscriptions.hpp"

namespace kenes::subscriptions {

class SubscriptionsPolicy {
 public:
  // The person whose follows the actor lists and makes; none when signed out.
  static std::optional<int64_t> FollowerOf(const Actor& actor);
  // Change or remove this follow: its owner only (others get 404, not 403).
  static bool MayChange(const Actor& actor, const Subscription& s);
  // A link's scope acts on this follow: the person it was signed for, the follow named (or, for
  // a digest link, any of theirs with that digest).
  static bool LinkCovers(const UnsubscribeScope& link, const Subscription& s);
};

}  // namespace kenes::subscriptions
