#include "features/catalog/module.hpp"

#include "features/catalog/catalog_http.hpp"

namespace kenes::catalog {

std::shared_ptr<CatalogService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory) {
  auto service = std::make_shared<CatalogService>(ctx.db, ctx.clock, directory);
  RegisterCatalogRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::catalog
