#include "features/tasks/module.hpp"

#include "features/tasks/tasks_http.hpp"

namespace kenes::tasks {

std::shared_ptr<TaskService> RegisterModule(ModuleContext& ctx,
                                            std::shared_ptr<directory::DirectoryService> directory,
                                            std::shared_ptr<identity::IdentityService> identity) {
  auto service =
      std::make_shared<TaskService>(ctx.db, ctx.clock, std::move(directory), std::move(identity));
  RegisterTaskRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::tasks
