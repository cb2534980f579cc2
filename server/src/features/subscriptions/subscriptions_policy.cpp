#include "features/subscriptions/subscriptions_policy.hpp"

namespace kenes::subscriptions {

std::optional<int64_t> SubscriptionsPolicy::FollowerOf(const Actor& actor) { return actor.user_id; }

bool SubscriptionsPolicy::MayChange(const Actor& actor, const Subscription& s) {
  return actor.user_id && *actor.user_id == s.user_id;
}

bool SubscriptionsPolicy::LinkCovers(const UnsubscribeScope& link, const Subscription& s) {
  if (link.user_id != s.user_id) return false;
  if (link.subscription_id) return *link.subscription_id == s.id;
  return link.digest && *link.digest == s.delivery;
}

}  // namespace kenes::subscriptions
