#pragma once
// Follows for `kenes seed --demo`, made through the real use case: the demo citizen follows the
// demo deputy with a daily digest and the tag «бюджет» with a weekly one. Seeded before the demo
// posts, so the posts' fan-out (run by `kenes serve`) reaches them.

#include "core/actor.hpp"
#include "core/error.hpp"
#include "features/subscriptions/subscriptions_service.hpp"

namespace kenes::subscriptions {

Status SeedDemoSubscriptions(SubscriptionService& subscriptions, const Actor& citizen,
                             int64_t deputy_id);

}  // namespace kenes::subscriptions
