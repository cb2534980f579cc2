#include "features/notifications/module.hpp"

#include "features/notifications/notification_http.hpp"

namespace kenes::notifications {

std::shared_ptr<NotificationService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<NotificationService>(ctx.db, ctx.clock, ctx.live);
  RegisterNotificationRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::notifications
