#pragma once

#include <memory>

#include "features/notifications/notification_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::notifications {

std::shared_ptr<NotificationService> RegisterModule(ModuleContext& ctx);

}  // namespace kenes::notifications
