#include "features/directory/module.hpp"

#include "features/directory/directory_http.hpp"

namespace kenes::directory {

std::shared_ptr<DirectoryService> RegisterModule(ModuleContext& ctx) {
  DirectoryDeps deps;
  deps.service = std::make_shared<DirectoryService>(ctx.db, ctx.clock);
  deps.find = std::make_shared<FindDeputyService>(ctx.db);
  deps.imports = std::make_shared<DirectoryImport>(ctx.db, ctx.clock);
  deps.store = std::make_shared<files::FileStore>(ctx.config.files.dir);
  deps.config = &ctx.config;
  RegisterDirectoryRoutes(ctx.routes, deps);
  return deps.service;
}

}  // namespace kenes::directory
