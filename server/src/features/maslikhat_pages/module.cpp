#include "features/maslikhat_pages/module.hpp"

#include "features/maslikhat_pages/maslikhat_pages_http.hpp"

namespace kenes::maslikhat_pages {

std::shared_ptr<MaslikhatPagesService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory) {
  auto service = std::make_shared<MaslikhatPagesService>(ctx.db, ctx.clock, directory);
  RegisterMaslikhatPagesRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::maslikhat_pages
