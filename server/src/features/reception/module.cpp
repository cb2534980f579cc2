#include "features/reception/module.hpp"

#include "features/reception/reception_feed_http.hpp"
#include "features/reception/reception_http.hpp"
#include "features/reception/reception_stats_http.hpp"

namespace kenes::reception {

std::shared_ptr<ReceptionService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<identity::IdentityService>& identity,
    const std::shared_ptr<appeals::AppealService>& appeals) {
  auto service =
      std::make_shared<ReceptionService>(ctx.db, ctx.clock, directory, identity, appeals);
  RegisterReceptionRoutes(ctx.routes, service);
  RegisterReceptionStatsRoutes(
      ctx.routes, std::make_shared<ReceptionStatsService>(ctx.db, ctx.clock, directory, appeals));
  RegisterReceptionFeeds(ctx, service, directory);
  return service;
}

}  // namespace kenes::reception
