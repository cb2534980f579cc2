#include "features/drafts/module.hpp"

#include "features/drafts/drafts_http.hpp"

namespace kenes::drafts {

std::shared_ptr<DraftsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<acts::ActsService>& acts,
    const std::shared_ptr<posts::PostService>& posts) {
  auto service = std::make_shared<DraftsService>(ctx.db, ctx.clock, directory, acts, posts);
  RegisterDraftRoutes(ctx.routes, service, acts);
  return service;
}

}  // namespace kenes::drafts
