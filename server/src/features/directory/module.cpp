#include "features/directory/module.hpp"

#include "features/directory/directory_http.hpp"
#include "features/directory/directory_repository.hpp"
#include "platform/files/store_sweep.hpp"

namespace kenes::directory {

std::shared_ptr<DirectoryService> RegisterModule(ModuleContext& ctx) {
  DirectoryDeps deps;
  deps.service = std::make_shared<DirectoryService>(ctx.db, ctx.clock);
  deps.find = std::make_shared<FindDeputyService>(ctx.db);
  deps.imports = std::make_shared<DirectoryImport>(ctx.db, ctx.clock);
  deps.store = std::make_shared<files::FileStore>(ctx.config.files.dir);
  deps.config = &ctx.config;
  RegisterDirectoryRoutes(ctx.routes, deps);
  ctx.store_owners.Add([](db::Tx& tx, std::unordered_set<std::string>& names) {
    DirectoryRepository().PhotoFiles(tx, names);
  });
  return deps.service;
}

}  // namespace kenes::directory
