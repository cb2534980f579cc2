#include "features/subscriptions/subscriptions_demo.hpp"

namespace kenes::subscriptions {

Status SeedDemoSubscriptions(SubscriptionService& subscriptions, const Actor& citizen,
                             int64_t deputy_id) {
  auto deputy = subscriptions.Follow(citizen, {.kind = TargetKind::kDeputy, .id = deputy_id},
                                     Delivery::kDaily, "kk");
  if (!deputy.ok() && deputy.error().code != ErrorCode::kAlreadyExists) return deputy.error();
  auto tag = subscriptions.Follow(citizen, {.kind = TargetKind::kTag, .tag = "бюджет"},
                                  Delivery::kWeekly, "kk");
  if (!tag.ok() && tag.error().code != ErrorCode::kAlreadyExists) return tag.error();
  return Ok();
}

}  // namespace kenes::subscriptions
