#pragma once

#include <memory>

#include "features/subscriptions/subscriptions_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::subscriptions {

void RegisterSubscriptionRoutes(http::Routes& routes,
                                const std::shared_ptr<SubscriptionService>& svc);

}  // namespace kenes::subscriptions
