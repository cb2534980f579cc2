#include "features/sittings/module.hpp"

#include "features/sittings/sittings_http.hpp"

namespace kenes::sittings {

std::shared_ptr<SittingsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<acts::ActsService>& acts,
    const std::shared_ptr<posts::PostService>& posts) {
  auto service = std::make_shared<SittingsService>(ctx.db, ctx.clock, directory, acts, posts);
  RegisterSittingRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::sittings
