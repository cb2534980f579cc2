#pragma once

#include <memory>

#include "features/notifications/notification_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::notifications {

void RegisterNotificationRoutes(http::Routes& routes,
                                const std::shared_ptr<NotificationService>& svc);

}  // namespace kenes::notifications
