#include "features/sittings/module.hpp"

#include "features/sittings/sitting_documents_http.hpp"
#include "features/sittings/sitting_documents_repository.hpp"
#include "features/sittings/sittings_http.hpp"
#include "platform/files/store_sweep.hpp"

namespace kenes::sittings {

std::shared_ptr<SittingsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<acts::ActsService>& acts,
    const std::shared_ptr<posts::PostService>& posts) {
  auto service = std::make_shared<SittingsService>(ctx.db, ctx.clock, directory, acts, posts);
  RegisterSittingRoutes(ctx.routes, service);
  RegisterSittingDocumentRoutes(
      ctx.routes, std::make_shared<SittingDocumentsService>(
                      ctx.db, ctx.clock, std::make_shared<files::FileStore>(ctx.config.files.dir)));
  ctx.store_owners.Add([](db::Tx& tx, std::unordered_set<std::string>& names) {
    SittingDocumentsRepository().StoredNames(tx, names);
  });
  return service;
}

}  // namespace kenes::sittings
