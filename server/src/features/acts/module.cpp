#include "features/acts/module.hpp"

#include "features/acts/acts_http.hpp"

namespace kenes::acts {

std::shared_ptr<ActsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory) {
  auto service = std::make_shared<ActsService>(ctx.db, ctx.clock, directory);
  RegisterActRoutes(ctx.routes, service);
  RegisterActImportRoute(ctx.routes, std::make_shared<ActsImport>(ctx.db, ctx.clock, directory));
  return service;
}

}  // namespace kenes::acts
